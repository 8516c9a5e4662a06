#include "handbookdialog.h"

#include "actiongroups.h"
#include "actionregistry.h"
#include "translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

    // A table cell: pipes would end it early.
    QString cell(QString text)
    {
        return text.replace(u'|', u"\\|"_s);
    }

    QString handbookSource()
    {
        const auto translated = u":/handbook/handbook_%1.md"_s.arg(Translations::language());
        QFile file(QFile::exists(translated) ? translated : u":/handbook/handbook.md"_s);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

} // namespace

HandbookDialog::HandbookDialog(const ActionRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
{
    setObjectName(u"handbookDialog"_s);
    setWindowTitle(tr("Attaché Handbook"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(markdown(registry));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 680);
}

QString HandbookDialog::markdown(const ActionRegistry &registry)
{
    auto text = handbookSource();
    text.replace(u"{{keys}}"_s, keyTable(registry));
    return text;
}

QString HandbookDialog::keyTable(const ActionRegistry &registry)
{
    auto actions = registry.actions();
    std::stable_sort(actions.begin(), actions.end(),
        [&registry](const QAction *a, const QAction *b) { return registry.group(a) < registry.group(b); });
    QString table = u"| %1 | %2 | %3 |\n| --- | --- | --- |\n"_s.arg(tr("Menu"), tr("Command"), tr("Keys"));
    for (const auto *action : std::as_const(actions)) {
        const auto keys = ActionGroups::shortcutText(action->shortcuts());
        if (keys.isEmpty())
            continue;
        table += u"| %1 | %2 | %3 |\n"_s.arg(cell(ActionRegistry::groupTitle(registry.group(action))),
            cell(ActionGroups::plainText(action)), cell(keys));
    }
    return table;
}

} // namespace Attache
