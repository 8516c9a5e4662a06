#pragma once

#include <QAbstractListModel>

namespace Attache {

class ArticleLibrary;

// A flat list of the library's articles in the order they arrived; views sort and filter with a
// proxy. Rows are appended as loading progresses and never move.
class ArticleListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ArticleListModel(const ArticleLibrary *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const ArticleLibrary *m_library;
    int m_rowCount = 0;
};

} // namespace Attache
