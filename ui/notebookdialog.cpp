#include "notebookdialog.h"

#include "annotate/annotationstore.h"
#include "export/notesmarkdown.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Attache {

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
    m_count->setText(tr("%n annotation(s)", "", int(annotations.size())));
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
