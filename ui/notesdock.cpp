#include "notesdock.h"

#include "annotationcontroller.h"

#include "annotate/annotationlistmodel.h"
#include "annotate/annotationstore.h"
#include "core/itemdatarole.h"
#include "export/notesmarkdown.h"

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

} // namespace Attache
