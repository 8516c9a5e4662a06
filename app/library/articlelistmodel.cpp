#include "library/articlelistmodel.h"

#include "library/articlelibrary.h"
#include "library/itemdatarole.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Attache {

ArticleListModel::ArticleListModel(const ArticleLibrary *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_rowCount(int(library->articles().size()))
{
    connect(library, &ArticleLibrary::articlesAdded, this, [this](qsizetype first, qsizetype last) {
        beginInsertRows({}, int(first), int(last));
        m_rowCount = int(last) + 1;
        endInsertRows();
    });
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &article = m_library->articles().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return article.title;
    case Qt::ToolTipRole: return article.path;
    case ArticleIdRole: return article.id;
    case ArticlePathRole: return article.path;
    case SourceRole: return article.source;
    case BylineRole: return article.byline;
    case PublishedRole: return article.published;
    case IsPublishedUncertainRole: return article.isPublishedUncertain();
    case FormatRole: return sourceFormatName(article.format);
    case WarningsRole: return article.warnings;
    default: return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ArticleIdRole, "articleId"},
                  {ArticlePathRole, "path"},
                  {TitleRole, "title"},
                  {SourceRole, "source"},
                  {BylineRole, "byline"},
                  {PublishedRole, "published"},
                  {IsPublishedUncertainRole, "isPublishedUncertain"},
                  {FormatRole, "format"},
                  {WarningsRole, "warnings"}});
    return names;
}

} // namespace Attache
