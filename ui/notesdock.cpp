#include "notesdock.h"

#include "annotationcontroller.h"

#include "annotate/annotationlistmodel.h"
#include "annotate/annotationstore.h"
#include "core/plural.h"
#include "export/notesmarkdown.h"
#include "core/itemdatarole.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr int BarWidth = 4;
constexpr int Margin = 8;
constexpr int Gap = 3;
constexpr int QuoteLines = 4;
constexpr int NoteLines = 6;

// `text` wrapped to `width`, cut to `maxLines` lines with an ellipsis on the last one.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0)
        return lines;
    const QFontMetrics metrics(font);
    for (const auto &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font);
        layout.beginLayout();
        for (auto line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (lines.size() + 1 == maxLines) {
                lines << metrics.elidedText(paragraph.mid(line.textStart()), Qt::ElideRight, width);
                layout.endLayout();
                return lines;
            }
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

struct CardText
{
    QFont quoteFont;
    QFont noteFont;
    QFont tagFont;
    QStringList quote;
    QStringList note;
    QString tags;

    int height() const
    {
        const int quoteHeight = int(quote.size()) * QFontMetrics(quoteFont).lineSpacing();
        const int noteHeight = int(note.size()) * QFontMetrics(noteFont).lineSpacing();
        const int tagHeight = tags.isEmpty() ? 0 : QFontMetrics(tagFont).lineSpacing();
        const int parts = (quote.isEmpty() ? 0 : 1) + (note.isEmpty() ? 0 : 1) + (tags.isEmpty() ? 0 : 1);
        return 2 * Margin + quoteHeight + noteHeight + tagHeight + std::max(0, parts - 1) * Gap;
    }
};

// A card per annotation: a bar in the highlight's colour, the quote in italics, the note, the
// tags in a smaller, quieter face.
class NoteDelegate final : public QStyledItemDelegate
{
public:
    NoteDelegate(const AnnotationController *controller, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_controller(controller)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = {};
        const auto *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

        const bool isArticleNote = index.data(IsArticleNoteRole).toBool();
        const bool isOrphan = index.data(IsOrphanRole).toBool();
        const auto card = layout(option, index);
        painter->save();
        auto bar = option.rect.adjusted(Margin / 2, Margin, 0, -Margin);
        bar.setWidth(BarWidth);
        auto barColour = isArticleNote ? option.palette.color(QPalette::Mid)
                                       : m_controller->colors().highlight(index.data(ColourIndexRole).toInt());
        if (isOrphan)
            barColour.setAlphaF(0.4f);
        painter->fillRect(bar, barColour);

        const bool isSelected = option.state & QStyle::State_Selected;
        const auto text = option.palette.color(isSelected ? QPalette::HighlightedText : QPalette::Text);
        auto quiet = isSelected ? text : option.palette.color(QPalette::PlaceholderText);
        int y = option.rect.top() + Margin;
        const int x = option.rect.left() + Margin / 2 + BarWidth + Margin;
        auto drawLines = [&](const QStringList &lines, const QFont &font, const QColor &colour) {
            if (lines.isEmpty())
                return;
            painter->setFont(font);
            painter->setPen(colour);
            const QFontMetrics metrics(font);
            for (const auto &line : lines) {
                painter->drawText(x, y + metrics.ascent(), line);
                y += metrics.lineSpacing();
            }
            y += Gap;
        };
        drawLines(card.quote, card.quoteFont, isArticleNote ? text : text);
        drawLines(card.note, card.noteFont, text);
        drawLines(card.tags.isEmpty() ? QStringList{} : QStringList{card.tags}, card.tagFont, quiet);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {textWidth(option) + Margin, layout(option, index).height()};
    }

private:
    static int textWidth(const QStyleOptionViewItem &option)
    {
        int width = option.rect.width();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            width = view->viewport()->width();
        return std::max(80, width - Margin / 2 - BarWidth - 2 * Margin);
    }

    CardText layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        CardText card;
        const int width = textWidth(option);
        card.quoteFont = option.font;
        card.noteFont = option.font;
        card.tagFont = option.font;
        card.tagFont.setPointSizeF(option.font.pointSizeF() * 0.9);
        const auto note = plainNote(index.data(NoteRole).toString());
        if (index.data(IsArticleNoteRole).toBool()) {
            card.quoteFont.setBold(true);
            card.quote = {QObject::tr("Note on the article")};
        } else {
            card.quoteFont.setItalic(true);
            card.quote = wrapped(u"“"_s + index.data(QuoteRole).toString().simplified() + u"”"_s, card.quoteFont, width,
                                 note.isEmpty() ? QuoteLines + 2 : QuoteLines);
        }
        card.note = wrapped(note, card.noteFont, width, NoteLines);
        QStringList tags;
        for (const auto &tag : index.data(TagsRole).toStringList())
            tags << NotesMarkdown::tagText(tag);
        card.tags = QFontMetrics(card.tagFont).elidedText(tags.join(u"  "_s), Qt::ElideRight, width);
        return card;
    }

    // The note as it reads, without Markdown's marks; cached because painting asks often.
    QString plainNote(const QString &markdown) const
    {
        if (markdown.isEmpty())
            return {};
        if (const auto cached = m_plainNotes.constFind(markdown); cached != m_plainNotes.cend())
            return *cached;
        QTextDocument document;
        document.setMarkdown(markdown);
        const auto plain = document.toPlainText().trimmed();
        if (m_plainNotes.size() > 500)
            m_plainNotes.clear();
        m_plainNotes.insert(markdown, plain);
        return plain;
    }

    const AnnotationController *m_controller;
    mutable QHash<QString, QString> m_plainNotes;
};

QListView *makeList(QAbstractItemModel *model, QAbstractItemDelegate *delegate, const QString &name)
{
    auto *list = new QListView;
    list->setObjectName(name);
    list->setModel(model);
    list->setItemDelegate(delegate);
    list->setResizeMode(QListView::Adjust);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setUniformItemSizes(false);
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return list;
}

} // namespace

NotesDock::NotesDock(AnnotationController *controller, QWidget *parent)
    : QDockWidget(tr("Notes"), parent)
    , m_controller(controller)
    , m_placed(new QSortFilterProxyModel(this))
    , m_orphaned(new QSortFilterProxyModel(this))
    , m_empty(new QLabel)
    , m_orphansLabel(new QLabel)
    , m_orphanBox(new QWidget)
    , m_edit(new QPushButton(tr("&Edit Note…")))
    , m_tags(new QPushButton(tr("Ta&gs…")))
    , m_delete(new QPushButton(tr("&Delete")))
    , m_reattach(new QPushButton(tr("&Re-attach to Selection")))
{
    setObjectName(u"notesDock"_s);
    for (auto *filter : {m_placed, m_orphaned}) {
        filter->setSourceModel(controller->model());
        filter->setFilterRole(IsOrphanRole);
    }
    m_placed->setFilterFixedString(u"false"_s);
    m_orphaned->setFilterFixedString(u"true"_s);

    auto *delegate = new NoteDelegate(controller, this);
    m_list = makeList(m_placed, delegate, u"notesList"_s);
    m_orphans = makeList(m_orphaned, delegate, u"orphansList"_s);
    m_orphans->setMaximumHeight(220);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No highlights yet.\nSelect a passage (Shift+arrows, or v for a sentence) and press h, "
                        "or n to add a note."));
    m_empty->setMargin(12);

    m_orphansLabel->setWordWrap(true);
    m_reattach->setToolTip(tr("Attach the orphan to the passage selected in the article"));
    auto *orphanLayout = new QVBoxLayout(m_orphanBox);
    orphanLayout->setContentsMargins(0, 6, 0, 0);
    orphanLayout->addWidget(m_orphansLabel);
    orphanLayout->addWidget(m_orphans);
    orphanLayout->addWidget(m_reattach);

    auto *notebook = new QPushButton(tr("Note&book…"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_tags);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(notebook);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_orphanBox);
    layout->addLayout(buttons);
    setWidget(content);

    auto onCurrent = [this](QListView *list, const QModelIndex &current) {
        if (m_isSyncing || !current.isValid())
            return;
        // One selection across both lists.
        auto *other = list == m_list ? m_orphans : m_list;
        const QSignalBlocker blocker(other->selectionModel());
        other->clearSelection();
        other->setCurrentIndex({});
        m_controller->selectAnnotation(current.data(AnnotationIdRole).toString(), true);
        updateButtons();
    };
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, onCurrent](const QModelIndex &current) { onCurrent(m_list, current); });
    connect(m_orphans->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, onCurrent](const QModelIndex &current) { onCurrent(m_orphans, current); });
    connect(m_list, &QListView::activated, this, [this] { m_controller->editNote(currentId()); });
    connect(m_orphans, &QListView::activated, this, [this] { m_controller->editNote(currentId()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { m_controller->editNote(currentId()); });
    connect(m_tags, &QPushButton::clicked, this, [this] { m_controller->editTags(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { m_controller->removeAnnotation(currentId()); });
    connect(m_reattach, &QPushButton::clicked, this, [this] { m_controller->reattachToSelection(currentId()); });
    connect(notebook, &QPushButton::clicked, m_controller, &AnnotationController::openNotebook);
    connect(m_controller, &AnnotationController::selectionChanged, this, &NotesDock::selectRow);

    auto *model = controller->model();
    connect(model, &QAbstractItemModel::modelReset, this, &NotesDock::updateOrphans);
    connect(model, &QAbstractItemModel::layoutChanged, this, &NotesDock::updateOrphans);
    connect(model, &QAbstractItemModel::rowsInserted, this, &NotesDock::updateOrphans);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NotesDock::updateOrphans);
    connect(model, &QAbstractItemModel::dataChanged, this, &NotesDock::updateOrphans);
    updateOrphans();
}

QString NotesDock::currentId() const
{
    if (!m_controller->selectedId().isEmpty())
        return m_controller->selectedId();
    for (auto *list : {m_list, m_orphans})
        if (list->currentIndex().isValid() && list->selectionModel()->isSelected(list->currentIndex()))
            return list->currentIndex().data(AnnotationIdRole).toString();
    return {};
}

void NotesDock::updateOrphans()
{
    const int orphans = m_orphaned->rowCount();
    m_orphanBox->setVisible(orphans > 0);
    m_orphansLabel->setText(tr("<b>Orphans (%1)</b>: passages not found in this version of the text. Select "
                               "where one belongs in the article, then re-attach it.")
                                .arg(orphans));
    m_empty->setVisible(m_placed->rowCount() == 0);
    m_list->setVisible(m_placed->rowCount() > 0);
    // Heights depend on the text: let the view ask the delegate again.
    m_list->doItemsLayout();
    updateButtons();
}

void NotesDock::selectRow(const QString &annotationId)
{
    const QScopedValueRollback<bool> syncing(m_isSyncing, true);
    const auto source = m_controller->model()->indexOf(annotationId);
    for (auto *list : {m_list, m_orphans}) {
        auto *filter = static_cast<QSortFilterProxyModel *>(list->model());
        const auto index = source.isValid() ? filter->mapFromSource(source) : QModelIndex();
        if (index.isValid()) {
            list->setCurrentIndex(index);
            list->scrollTo(index);
        } else {
            list->clearSelection();
        }
    }
    updateButtons();
}

void NotesDock::updateButtons()
{
    const bool hasCurrent = !currentId().isEmpty();
    m_edit->setEnabled(hasCurrent);
    m_tags->setEnabled(hasCurrent);
    m_delete->setEnabled(hasCurrent);
    const auto orphan = m_orphans->currentIndex();
    m_reattach->setEnabled(orphan.isValid() && m_orphans->selectionModel()->isSelected(orphan));
}

// --- Notebook ---

NotebookDialog::NotebookDialog(AnnotationStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tag(new QComboBox)
    , m_article(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_list(new QTreeWidget)
    , m_count(new QLabel)
{
    setObjectName(u"notebookDialog"_s);
    setWindowTitle(tr("Notebook"));
    resize(1000, 620);

    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->addItem(tr("All tags"));
    for (const auto &tag : store.allTags())
        m_tag->addItem(NotesMarkdown::tagText(tag), tag);
    m_article->setObjectName(u"articleFilter"_s);
    m_article->addItem(tr("All articles"));
    for (const auto &article : store.articles())
        m_article->addItem(article.title.isEmpty() ? article.path : article.title, article.id);
    m_article->setMaximumWidth(380);
    // The earliest date stands for "no limit".
    const QDate open(2000, 1, 1);
    for (auto *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(open);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(open);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }

    m_list->setObjectName(u"notebookList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("Date"), tr("Article"), tr("Quote"), tr("Note"), tr("Tags")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(0, 90);
    m_list->setColumnWidth(1, 200);
    m_list->setColumnWidth(2, 340);
    m_list->setColumnWidth(3, 220);
    m_list->setColumnWidth(4, 120);

    auto *filters = new QHBoxLayout;
    auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Tag:"), m_tag));
    filters->addWidget(m_tag);
    filters->addWidget(label(tr("&Article:"), m_article));
    filters->addWidget(m_article, 1);
    filters->addWidget(label(tr("&From:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("T&o:"), m_to));
    filters->addWidget(m_to);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *exportButton = buttons->addButton(tr("&Export Brief…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &NotebookDialog::exportBrief);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_tag, &QComboBox::currentIndexChanged, this, &NotebookDialog::reload);
    connect(m_article, &QComboBox::currentIndexChanged, this, &NotebookDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &NotebookDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &NotebookDialog::reload);
    reload();
}

QList<Annotation> NotebookDialog::shown() const
{
    AnnotationFilter filter;
    if (m_tag->currentIndex() > 0)
        filter.tags = {m_tag->currentData().toString()};
    if (m_article->currentIndex() > 0)
        filter.articleIds = {m_article->currentData().toString()};
    if (m_from->date() > m_from->minimumDate())
        filter.from = m_from->date();
    if (m_to->date() > m_to->minimumDate())
        filter.to = m_to->date();
    return m_store.select(filter);
}

void NotebookDialog::reload()
{
    m_list->clear();
    QHash<QString, QString> titles;
    for (int i = 1; i < m_article->count(); ++i)
        titles.insert(m_article->itemData(i).toString(), m_article->itemText(i));
    const auto annotations = shown();
    for (const auto &annotation : annotations) {
        QStringList tags;
        for (const auto &tag : annotation.tags)
            tags << NotesMarkdown::tagText(tag);
        auto *item = new QTreeWidgetItem(
            m_list, {QLocale().toString(annotation.created.toLocalTime().date(), QLocale::ShortFormat),
                     titles.value(annotation.articleId),
                     annotation.isArticleNote() ? tr("(note on the article)") : annotation.selector.exact.simplified(),
                     annotation.note.simplified(), tags.join(u' ')});
        item->setData(0, Qt::UserRole, annotation.id);
        item->setToolTip(2, annotation.selector.exact);
        item->setToolTip(3, annotation.note);
        if (annotation.isOrphan)
            item->setToolTip(0, tr("Orphan: the passage is no longer in the article's text"));
    }
    m_count->setText(countOf(int(annotations.size()), tr("annotation"), tr("annotations")));
}

QString NotebookDialog::brief() const
{
    const auto annotations = shown();
    QList<ArticleNotes> articles;
    // In the order of the article list (by title).
    for (int i = 1; i < m_article->count(); ++i) {
        ArticleNotes notes;
        const auto id = m_article->itemData(i).toString();
        for (const auto &annotation : annotations)
            if (annotation.articleId == id)
                notes.annotations << annotation;
        if (notes.annotations.isEmpty())
            continue;
        if (const auto record = m_store.articleById(id))
            notes.article = *record;
        articles << notes;
    }
    QString title = tr("Brief");
    if (m_tag->currentIndex() > 0)
        title = tr("Brief: %1").arg(m_tag->currentData().toString());
    return NotesMarkdown::brief(title, articles);
}

void NotebookDialog::exportBrief()
{
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto path = QFileDialog::getSaveFileName(this, tr("Export Brief"), folder + u"/brief.md"_s,
                                                   tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(brief().toUtf8()) < 0 || !file.commit()) {
        m_count->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_count->setText(tr("Brief saved to %1").arg(path));
}

} // namespace Attache
