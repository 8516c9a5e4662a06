<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Attache::AnnotationController</name>
    <message numerus="yes">
        <source>%n highlight(s) could not be found in this version of the text; see Orphans in the Notes panel</source>
        <translation><numerusform>%n highlight could not be found in this version of the text; see Orphans in the Notes panel</numerusform><numerusform>%n highlights could not be found in this version of the text; see Orphans in the Notes panel</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Export %n annotation(s) of “%1” as Markdown.</source>
        <translation><numerusform>Export %n annotation of “%1” as Markdown.</numerusform><numerusform>Export %n annotations of “%1” as Markdown.</numerusform></translation>
    </message>
</context>
<context>
    <name>Attache::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) skipped; hover over the article count for the reasons</source>
        <translation><numerusform>%n file skipped; hover over the article count for the reasons</numerusform><numerusform>%n files skipped; hover over the article count for the reasons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) mention %1</source>
        <translation><numerusform>%n article mentions %1</numerusform><numerusform>%n articles mention %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation><numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
</context>
<context>
    <name>Attache::NotebookDialog</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
</context>
<context>
    <name>Attache::TimelineDock</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation><numerusform>%1 of %n event</numerusform><numerusform>%1 of %n events</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>+%n copies</source>
        <translation><numerusform>+%n copy</numerusform><numerusform>+%n copies</numerusform></translation>
    </message>
</context>
</TS>