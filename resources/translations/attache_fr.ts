<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Attache::ActionRegistry</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>Attache::AnnotationController</name>
    <message>
        <source>Annotations unavailable</source>
        <translation>Annotations indisponibles</translation>
    </message>
    <message>
        <source>Your highlights and notes could not be opened (%1): %2
Highlighting is disabled for this session.</source>
        <translation>Vos surlignages et vos notes n’ont pas pu être ouverts (%1)&#xa0;: %2
Le surlignage est désactivé pour cette session.</translation>
    </message>
    <message>
        <source>Annotations restored from a backup</source>
        <translation>Annotations restaurées à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Surligner la sélection</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Surligner avec une &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>Change &amp;Colour</source>
        <translation>Changer la &amp;couleur</translation>
    </message>
    <message>
        <source>&amp;Article Note…</source>
        <translation>Note sur l’&amp;article…</translation>
    </message>
    <message>
        <source>Select &amp;Sentence</source>
        <translation>Sélectionner la &amp;phrase</translation>
    </message>
    <message>
        <source>&amp;Previous Highlight</source>
        <translation>Surlignage &amp;précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt Highlight</source>
        <translation>Surlignage &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>Supprimer le surli&amp;gnage</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <source>Note&amp;book…</source>
        <translation>&amp;Carnet…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be found in this version of the text; see Orphans in the Notes panel</source>
        <translation>
            <numerusform>%n surlignage introuvable dans cette version du texte&#xa0;; voir «&#xa0;Orphelins&#xa0;» dans le panneau Notes</numerusform>
            <numerusform>%n surlignages introuvables dans cette version du texte&#xa0;; voir «&#xa0;Orphelins&#xa0;» dans le panneau Notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage first: Shift+arrows, or v for the sentence at the caret</source>
        <translation>Sélectionnez d’abord un passage&#xa0;: Maj+flèches, ou v pour la phrase au curseur</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <source>New highlight</source>
        <translation>Nouveau surlignage</translation>
    </message>
    <message>
        <source>Highlight with note</source>
        <translation>Surlignage avec note</translation>
    </message>
    <message>
        <source>Select a highlight first ([ and ] go through them)</source>
        <translation>Sélectionnez d’abord un surlignage ([ et ] les parcourent)</translation>
    </message>
    <message>
        <source>Note on the highlight</source>
        <translation>Note sur le surlignage</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Note sur l’article</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Note sur l’article</translation>
    </message>
    <message>
        <source>Select a passage or a highlight to tag</source>
        <translation>Sélectionnez un passage ou un surlignage à étiqueter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>comma-separated, e.g. trade, sanctions</source>
        <translation>séparées par des virgules, par ex. commerce, sanctions</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Highlight with tags</source>
        <translation>Surlignage avec étiquettes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Delete article note</source>
        <translation>Supprimer la note sur l’article</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Deleted; Ctrl+Z brings it back</source>
        <translation>Supprimé&#xa0;; Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <source>Select the passage the highlight belongs to, then re-attach</source>
        <translation>Sélectionnez le passage auquel appartient le surlignage, puis rattachez-le</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>Rattacher le surlignage</translation>
    </message>
    <message>
        <source>No highlights in this article</source>
        <translation>Aucun surlignage dans cet article</translation>
    </message>
    <message>
        <source>No more highlights below</source>
        <translation>Plus de surlignage plus bas</translation>
    </message>
    <message>
        <source>No more highlights above</source>
        <translation>Plus de surlignage plus haut</translation>
    </message>
    <message>
        <source>Highlight %1 of %2</source>
        <translation>Surlignage %1 sur %2</translation>
    </message>
    <message>
        <source>This article has no highlights or notes to export</source>
        <translation>Cet article n’a ni surlignage ni note à exporter</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message numerus="yes">
        <source>Export %n annotation(s) of “%1” as Markdown.</source>
        <translation>
            <numerusform>Exporter %n annotation de «&#xa0;%1&#xa0;» en Markdown.</numerusform>
            <numerusform>Exporter %n annotations de «&#xa0;%1&#xa0;» en Markdown.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Notes copied as Markdown</source>
        <translation>Notes copiées en Markdown</translation>
    </message>
    <message>
        <source>Save Notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Notes saved to %1</source>
        <translation>Notes enregistrées dans %1</translation>
    </message>
</context>
<context>
    <name>Attache::ArticleItemDelegate</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>Attache::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation>Tapez une commande…</translation>
    </message>
</context>
<context>
    <name>Attache::EntitiesDock</name>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <source>List the entities of every article instead of the current one</source>
        <translation>Lister les entités de tous les articles au lieu de l’article courant</translation>
    </message>
    <message>
        <source>Filter library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <source>Show only the articles that mention the selected entity</source>
        <translation>N’afficher que les articles qui mentionnent l’entité choisie</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show all articles again</source>
        <translation>Afficher de nouveau tous les articles</translation>
    </message>
    <message>
        <source>Library filtered by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bibliothèque filtrée par &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Attache::EntityModel</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Countries and cities</source>
        <translation>Pays et villes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
</context>
<context>
    <name>Attache::HandbookDialog</name>
    <message>
        <source>Attaché Handbook</source>
        <translation>Manuel d’Attaché</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Attache::KeymapOverlay</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Esc, ? or a click closes this sheet</source>
        <translation>Échap, ? ou un clic ferment cette fiche</translation>
    </message>
</context>
<context>
    <name>Attache::MainWindow</name>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop indexing after the files being read now</source>
        <translation>Arrêter l’indexation après les fichiers en cours de lecture</translation>
    </message>
    <message>
        <source>&amp;Notes Panel</source>
        <translation>Panneau &amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Library Index Rebuilt</source>
        <translation>Index de la bibliothèque reconstruit</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot; and filters: entity:&quot;Li Qiang&quot; country:CN tag:trade is:unread|starred|annotated in:inbox|later|archive priority:1 source:reuters lang:ru published:2025-01-01..2025-03-31; - negates</source>
        <translation>Mots, &quot;expressions&quot; et filtres&#xa0;: entity:&quot;Li Qiang&quot; country:CN tag:commerce is:unread|starred|annotated in:inbox|later|archive priority:1 source:reuters lang:ru published:2025-01-01..2025-03-31&#xa0;; - exclut</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 files</source>
        <translation>Indexation&#xa0;: %1 fichiers sur %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Ignoré %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped; hover over the article count for the reasons</source>
        <translation>
            <numerusform>%n fichier ignoré&#xa0;; survolez le nombre d’articles pour en voir la raison</numerusform>
            <numerusform>%n fichiers ignorés&#xa0;; survolez le nombre d’articles pour en voir les raisons</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Remove Folder from Library…</source>
        <translation>&amp;Retirer un dossier de la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <source>Show &amp;Removed Text</source>
        <translation>Afficher le texte &amp;retiré</translation>
    </message>
    <message>
        <source>View &amp;Original Page</source>
        <translation>Voir la page &amp;originale</translation>
    </message>
    <message>
        <source>Highlight &amp;Entities</source>
        <translation>Mettre en évidence les &amp;entités</translation>
    </message>
    <message>
        <source>Next &amp;Mention</source>
        <translation>&amp;Mention suivante</translation>
    </message>
    <message>
        <source>Previous Mention</source>
        <translation>Mention précédente</translation>
    </message>
    <message>
        <source>&amp;Filter Library by Entity</source>
        <translation>&amp;Filtrer la bibliothèque par entité</translation>
    </message>
    <message>
        <source>&amp;Clear Entity Filter</source>
        <translation>&amp;Effacer le filtre d’entité</translation>
    </message>
    <message>
        <source>&amp;Entities Panel</source>
        <translation>Panneau &amp;Entités</translation>
    </message>
    <message>
        <source>&amp;Timeline Panel</source>
        <translation>Panneau &amp;Chronologie</translation>
    </message>
    <message>
        <source>Go to Entities</source>
        <translation>Aller aux entités</translation>
    </message>
    <message>
        <source>Go to Timeline</source>
        <translation>Aller à la chronologie</translation>
    </message>
    <message>
        <source>Go to Article List</source>
        <translation>Aller à la liste des articles</translation>
    </message>
    <message>
        <source>Go to Article Text</source>
        <translation>Aller au texte de l’article</translation>
    </message>
    <message>
        <source>Copy Timeline as Markdown Table</source>
        <translation>Copier la chronologie en tableau Markdown</translation>
    </message>
    <message>
        <source>Timeline copied as a Markdown table</source>
        <translation>Chronologie copiée en tableau Markdown</translation>
    </message>
    <message>
        <source>Save Timeline as Markdown…</source>
        <translation>Enregistrer la chronologie en Markdown…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save Timeline as TimelineJS JSON…</source>
        <translation>Enregistrer la chronologie en JSON TimelineJS…</translation>
    </message>
    <message>
        <source>Attaché timeline</source>
        <translation>Chronologie Attaché</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json)</source>
        <translation>JSON TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>Timeline of the Whole Library</source>
        <translation>Chronologie de toute la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Tri</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Configure &amp;Shortcuts…</source>
        <translation>Configurer les &amp;raccourcis…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>The article is no longer in the library index</source>
        <translation>L’article n’est plus dans l’index de la bibliothèque</translation>
    </message>
    <message>
        <source>%1 — Attaché</source>
        <translation>%1 — Attaché</translation>
    </message>
    <message>
        <source>Add to Library</source>
        <translation>Ajouter à la bibliothèque</translation>
    </message>
    <message>
        <source>Add Articles to the Library</source>
        <translation>Ajouter des articles à la bibliothèque</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml *.rdf *.json *.jsonl *.pdf *.eml *.mbox *.mhtml *.mht);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml *.rdf *.json *.jsonl *.pdf *.eml *.mbox *.mhtml *.mht);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a Folder to the Library</source>
        <translation>Ajouter un dossier à la bibliothèque</translation>
    </message>
    <message>
        <source>The library has no folders</source>
        <translation>La bibliothèque ne contient aucun dossier</translation>
    </message>
    <message>
        <source>Remove Folder from Library</source>
        <translation>Retirer un dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>Forget this folder and what was indexed from it, triage included (the files stay on disk):</source>
        <translation>Oublier ce dossier et tout ce qui en a été indexé, tri compris (les fichiers restent sur le disque)&#xa0;:</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>The timeline could not be written to %1: %2</source>
        <translation>La chronologie n’a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Timeline saved to %1</source>
        <translation>Chronologie enregistrée dans %1</translation>
    </message>
    <message>
        <source>%1 is not mentioned in this article</source>
        <translation>%1 n’est pas mentionné dans cet article</translation>
    </message>
    <message>
        <source>%1: mention %2 of %3</source>
        <translation>%1&#xa0;: mention %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) mention %1</source>
        <translation>
            <numerusform>%n article mentionne %1</numerusform>
            <numerusform>%n articles mentionnent %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No article to act on</source>
        <translation>Aucun article sur lequel agir</translation>
    </message>
    <message>
        <source>  (Ctrl+Z undoes)</source>
        <translation>  (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Read &amp;Later</source>
        <translation>&amp;Lire plus tard</translation>
    </message>
    <message>
        <source>Back to &amp;Inbox</source>
        <translation>Remettre en &amp;réception</translation>
    </message>
    <message>
        <source>Priority &amp;%1</source>
        <translation>Priorité &amp;%1</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Marquer &amp;lu ou non lu</translation>
    </message>
    <message>
        <source>&amp;Mark for Bulk Action</source>
        <translation>&amp;Marquer pour une action groupée</translation>
    </message>
    <message>
        <source>C&amp;lear Marks</source>
        <translation>&amp;Effacer les marques</translation>
    </message>
    <message>
        <source>Next &amp;Unread</source>
        <translation>&amp;Non lu suivant</translation>
    </message>
    <message>
        <source>Previous Unread</source>
        <translation>Non lu précédent</translation>
    </message>
    <message>
        <source>Scroll Down, then Next Unread</source>
        <translation>Défiler, puis non lu suivant</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Save Search as &amp;View…</source>
        <translation>Enregistrer la recherche comme &amp;vue…</translation>
    </message>
    <message>
        <source>Remove Saved &amp;View…</source>
        <translation>Supprimer une &amp;vue enregistrée…</translation>
    </message>
    <message>
        <source>Go to Views</source>
        <translation>Aller aux vues</translation>
    </message>
    <message>
        <source>Sort by &amp;Date</source>
        <translation>Trier par &amp;date</translation>
    </message>
    <message>
        <source>Sort by &amp;Priority</source>
        <translation>Trier par &amp;priorité</translation>
    </message>
    <message>
        <source>Sort by S&amp;ource</source>
        <translation>Trier par s&amp;ource</translation>
    </message>
    <message>
        <source>&amp;Two Lines per Article</source>
        <translation>&amp;Deux lignes par article</translation>
    </message>
    <message>
        <source>&amp;Group by Day</source>
        <translation>&amp;Grouper par jour</translation>
    </message>
    <message>
        <source>Mark as Read when &amp;Leaving</source>
        <translation>Marquer comme lu en &amp;quittant</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation>&amp;Annuler l’indexation</translation>
    </message>
    <message>
        <source>&amp;Rescan Folders</source>
        <translation>Ré&amp;examiner les dossiers</translation>
    </message>
    <message>
        <source>No unread article below</source>
        <translation>Aucun article non lu plus bas</translation>
    </message>
    <message>
        <source>No unread article above</source>
        <translation>Aucun article non lu plus haut</translation>
    </message>
    <message>
        <source>Search %1  ( / )</source>
        <translation>Rechercher dans %1  ( / )</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first (/), then save it as a view</source>
        <translation>Tapez d’abord une recherche (/), puis enregistrez-la comme vue</translation>
    </message>
    <message>
        <source>Save Search as View</source>
        <translation>Enregistrer la recherche comme vue</translation>
    </message>
    <message>
        <source>Name of the view for “%1”:</source>
        <translation>Nom de la vue pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is a built-in view; choose another name</source>
        <translation>«&#xa0;%1&#xa0;» est une vue intégrée&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>The search could not be saved: %1</source>
        <translation>La recherche n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Vue «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>%1 is a built-in view and stays</source>
        <translation>%1 est une vue intégrée et reste en place</translation>
    </message>
    <message>
        <source>Remove View</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Remove the saved search “%1”? The articles stay.</source>
        <translation>Supprimer la recherche enregistrée «&#xa0;%1&#xa0;»&#xa0;? Les articles restent.</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Manuel</translation>
    </message>
</context>
<context>
    <name>Attache::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Markdown: *emphasis*, **strong**, - lists, [links](…)</source>
        <translation>Markdown&#xa0;: *italique*, **gras**, - listes, [liens](…)</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Enregistrer la note (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Attache::NotebookDialog</name>
    <message>
        <source>Notebook</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export Brief…</source>
        <translation>&amp;Exporter la note de synthèse…</translation>
    </message>
    <message>
        <source>(note on the article)</source>
        <translation>(note sur l’article)</translation>
    </message>
    <message>
        <source>Orphan: the passage is no longer in the article&apos;s text</source>
        <translation>Orphelin&#xa0;: le passage ne figure plus dans le texte de l’article</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Note de synthèse</translation>
    </message>
    <message>
        <source>Brief: %1</source>
        <translation>Note de synthèse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>Note de synthèse enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>Attache::NotesDock</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>Éti&amp;quettes…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>&amp;Rattacher à la sélection</translation>
    </message>
    <message>
        <source>No highlights yet.
Select a passage (Shift+arrows, or v for a sentence) and press h, or n to add a note.</source>
        <translation>Aucun surlignage pour l’instant.
Sélectionnez un passage (Maj+flèches, ou v pour une phrase) et appuyez sur h, ou sur n pour ajouter une note.</translation>
    </message>
    <message>
        <source>Attach the orphan to the passage selected in the article</source>
        <translation>Rattacher l’orphelin au passage sélectionné dans l’article</translation>
    </message>
    <message>
        <source>Note&amp;book…</source>
        <translation>&amp;Carnet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orphans (%1)&lt;/b&gt;: passages not found in this version of the text. Select where one belongs in the article, then re-attach it.</source>
        <translation>&lt;b&gt;Orphelins (%1)&lt;/b&gt;&#xa0;: passages introuvables dans cette version du texte. Sélectionnez l’endroit de l’article où l’un d’eux se rapporte, puis rattachez-le.</translation>
    </message>
</context>
<context>
    <name>Attache::OriginalPageView</name>
    <message>
        <source>The original file is no longer at %1: it has been moved, renamed or deleted. The cleaned text is still in the library.</source>
        <translation>Le fichier original n’est plus à l’emplacement %1&#xa0;: il a été déplacé, renommé ou supprimé. Le texte nettoyé reste dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The original file %1 cannot be read: %2.</source>
        <translation>Le fichier original %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file at %1 is no longer a PDF: it has been replaced since it was read.</source>
        <translation>Le fichier %1 n’est plus un PDF&#xa0;: il a été remplacé depuis sa lecture.</translation>
    </message>
    <message>
        <source>The original file %1 is encrypted: its pages cannot be shown without its password.</source>
        <translation>Le fichier original %1 est chiffré&#xa0;: ses pages ne peuvent pas être affichées sans son mot de passe.</translation>
    </message>
    <message>
        <source>The original file %1 is damaged: its pages cannot be shown.</source>
        <translation>Le fichier original %1 est endommagé&#xa0;: ses pages ne peuvent pas être affichées.</translation>
    </message>
    <message>
        <source>No PDF article is shown.</source>
        <translation>Aucun article PDF n’est affiché.</translation>
    </message>
    <message>
        <source>Opening the original file…</source>
        <translation>Ouverture du fichier original…</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown</source>
        <translation>La page %1 ne peut pas être affichée</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>Attache::ReadingView</name>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>country, state or city</source>
        <translation>pays, État ou ville</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an office held on a date</comment>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>%1 (file date; no publication date found)</source>
        <translation>%1 (date du fichier&#xa0;; aucune date de publication trouvée)</translation>
    </message>
    <message>
        <source>Choose an article from the list, or open files with Ctrl+O.</source>
        <translation>Choisissez un article dans la liste, ou ouvrez des fichiers avec Ctrl+O.</translation>
    </message>
    <message>
        <source>Removed (%1): </source>
        <translation>Retiré (%1)&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Attache::ShortcutEditor</name>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>&amp;Tout réinitialiser</translation>
    </message>
    <message>
        <source>&amp;Take Key</source>
        <translation>&amp;Prendre la touche</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter commands or keys…</source>
        <translation>Filtrer les commandes ou les touches…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Click here and press the new key</source>
        <translation>Cliquez ici et appuyez sur la nouvelle touche</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Nouvelle touche&#xa0;:</translation>
    </message>
    <message>
        <source>Another command uses this key too</source>
        <translation>Une autre commande utilise aussi cette touche</translation>
    </message>
    <message>
        <source>Changed from the default</source>
        <translation>Modifié par rapport au réglage par défaut</translation>
    </message>
    <message>
        <source>%1 is already the key of “%2” (%3).</source>
        <translation>%1 est déjà la touche de «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
</context>
<context>
    <name>Attache::TimelineDock</name>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Consultations (calls, visits, meetings)</source>
        <translation>Consultations (appels, visites, rencontres)</translation>
    </message>
    <message>
        <source>Cooperation and agreements</source>
        <translation>Coopération et accords</translation>
    </message>
    <message>
        <source>Demands and appeals</source>
        <translation>Demandes et appels</translation>
    </message>
    <message>
        <source>Criticism and accusations</source>
        <translation>Critiques et accusations</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Protests</source>
        <translation>Protestations</translation>
    </message>
    <message>
        <source>Sanctions and reduced relations</source>
        <translation>Sanctions et relations réduites</translation>
    </message>
    <message>
        <source>Expulsions</source>
        <translation>Expulsions</translation>
    </message>
    <message>
        <source>Arrests and legal action</source>
        <translation>Arrestations et poursuites</translation>
    </message>
    <message>
        <source>Military action</source>
        <translation>Action militaire</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Autres événements</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>depuis toujours</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <source>Show the events of every article in the list instead of the current one</source>
        <translation>Afficher les événements de tous les articles de la liste au lieu de l’article courant</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Show the events of every actor</source>
        <translation>Afficher les événements de tous les acteurs</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show every event (0)</source>
        <translation>Afficher tous les événements (0)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Acteur&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Attache::TimelineView</name>
    <message>
        <source>statement</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>coopération</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>criticism</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>menace</translation>
    </message>
    <message>
        <source>protest</source>
        <translation>protestation</translation>
    </message>
    <message>
        <source>sanctions</source>
        <translation>sanctions</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>expulsion</translation>
    </message>
    <message>
        <source>legal action</source>
        <translation>poursuites</translation>
    </message>
    <message>
        <source>military action</source>
        <translation>action militaire</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>No dated events here. Events appear when an article mentions a date or reports what happened on its publication day.</source>
        <translation>Aucun événement daté ici. Les événements apparaissent lorsqu’un article mentionne une date ou rapporte ce qui s’est passé le jour de sa publication.</translation>
    </message>
</context>
<context>
    <name>Attache::ViewsSidebar</name>
    <message>
        <source>Inbox</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the view of archived articles</comment>
        <translation>Archives</translation>
    </message>
    <message>
        <source>All</source>
        <comment>the view of every article</comment>
        <translation>Tout</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Recherche enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>Impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message numerus="yes">
        <source>+%n copies</source>
        <translation>
            <numerusform>+%n copie</numerusform>
            <numerusform>+%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Note sur l’article</translation>
    </message>
</context>
</TS>
