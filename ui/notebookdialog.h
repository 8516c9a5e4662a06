#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;

namespace Attache {

class AnnotationStore;
struct Annotation;

// Every highlight of the library, filterable by tag, article and creation date, with an export
// of what is shown as one Markdown brief.
class NotebookDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NotebookDialog(AnnotationStore &store, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *articleFilter() const { return m_article; }
    // The annotations the filters let through, as shown.
    QList<Annotation> shown() const;
    QString brief() const;

private:
    void reload();
    void exportBrief();

    AnnotationStore &m_store;
    QComboBox *m_tag;
    QComboBox *m_article;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTreeWidget *m_list;
    QLabel *m_count;
};

} // namespace Attache
