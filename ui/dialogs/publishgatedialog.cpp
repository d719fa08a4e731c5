#include "dialogs/publishgatedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

QString severityText(Policy::Severity severity)
{
    switch (severity) {
    case Policy::Severity::Error: return PublishGateDialog::tr("error");
    case Policy::Severity::Warning: return PublishGateDialog::tr("warning");
    case Policy::Severity::Info: return PublishGateDialog::tr("info");
    }
    return {};
}

QString findingsHtml(const QString &heading, const QList<PublishReport::Finding> &findings)
{
    if (findings.isEmpty())
        return {};
    QString html = u"<h4>%1</h4>"_s.arg(heading.toHtmlEscaped());
    const QString monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    for (const PublishReport::Finding &finding : findings) {
        const QString what = finding.outcome == PolicyOutcome::Error
            ? PublishGateDialog::tr("cannot be evaluated")
            : PublishGateDialog::tr("fails");
        html += u"<p><b>%1</b> — %2 <span style=\"color:#6b6b6b;\">(%3 · %4)</span></p>"_s.arg(
            finding.title.toHtmlEscaped(), what.toHtmlEscaped(), finding.policyId.toHtmlEscaped(),
            severityText(finding.severity).toHtmlEscaped());
        // The power-assert explanation aligns values under the source: keep its spacing.
        if (!finding.detail.isEmpty())
            html += u"<pre style=\"font-family:'%1'; margin-left:16px;\">%2</pre>"_s.arg(
                monospace, finding.detail.toHtmlEscaped());
    }
    return html;
}

} // namespace

PublishGateDialog::PublishGateDialog(const PublishReport &report, const QString &productTitle,
                                     QWidget *parent)
    : QDialog(parent)
    , m_report(report)
{
    const QString name = productTitle.isEmpty() ? report.productId : productTitle;
    const bool blocked = report.isBlocked();
    setObjectName(u"publishGateDialog"_s);
    setWindowTitle(blocked ? tr("Cannot publish") : tr("Publish with warnings?"));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(blocked ? QStyle::SP_MessageBoxCritical
                                               : QStyle::SP_MessageBoxWarning,
                                       nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"headingLabel"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setText(blocked ? tr("Cannot publish “%1”").arg(name)
                               : tr("Publish “%1” with warnings?").arg(name));
    texts->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"introLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(
        blocked ? tr("%n policy(ies) of severity error fail for this product. Fix the product, "
                     "or have the policy's owner grant an exemption, before publishing it.",
                     nullptr, int(report.blocking.size()))
                : tr("%n policy(ies) of severity warning fail for this product. You can publish "
                     "it anyway, or cancel and fix it first.",
                     nullptr, int(report.warnings.size())));
    texts->addWidget(m_intro);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    m_findings = new QTextBrowser(this);
    m_findings->setObjectName(u"findingsView"_s);
    m_findings->setOpenLinks(false);
    QString html = findingsHtml(tr("Blocking"), report.blocking);
    html += findingsHtml(tr("Warnings"), report.warnings);
    html += findingsHtml(tr("Notes"), report.notes);
    m_findings->setHtml(html);
    layout->addWidget(m_findings, 1);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(u"buttonBox"_s);
    if (blocked) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    } else {
        m_publishButton
            = m_buttons->addButton(tr("&Publish anyway"), QDialogButtonBox::AcceptRole);
        m_publishButton->setObjectName(u"publishAnywayButton"_s);
        m_publishButton->setAutoDefault(false);
        QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
        // Return must not publish by accident: the safe answer is the default.
        cancel->setDefault(true);
        cancel->setFocus();
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Explanations keep their alignment and do not wrap: leave them room.
    resize(760, 440);
}

PublishGateDialog::~PublishGateDialog() = default;

bool PublishGateDialog::isBlocked() const
{
    return m_report.isBlocked();
}

bool PublishGateDialog::needsDialog(const PublishReport &report)
{
    return report.isBlocked() || report.needsConfirmation();
}

bool PublishGateDialog::confirmPublish(QWidget *parent, const PublishReport &report,
                                       const QString &productTitle)
{
    if (!needsDialog(report))
        return true;
    PublishGateDialog dialog(report, productTitle, parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    return accepted && !report.isBlocked();
}

} // namespace Tessera::Gui
