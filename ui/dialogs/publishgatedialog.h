#pragma once

#include "governance/publishreport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Tessera::Gui {

// What the publish gate found when a product is about to become `published`: either the
// failures that block it (with Close only), or the warnings that need the user's consent
// (with "Publish anyway" and Cancel). Notes (info policies) are listed with either, but
// never open the dialog on their own.
class PublishGateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishGateDialog)

public:
    // `productTitle` names the product in the heading; its id when empty.
    explicit PublishGateDialog(const PublishReport &report, const QString &productTitle = {},
                               QWidget *parent = nullptr);
    ~PublishGateDialog() override;

    bool isBlocked() const;
    // Whether the report has anything to ask or refuse: blocked, or warnings to confirm.
    static bool needsDialog(const PublishReport &report);
    // Whether to go ahead with publishing: shows the dialog modally when the report blocks or
    // warns; true at once when it does neither. False when blocked or cancelled.
    static bool confirmPublish(QWidget *parent, const PublishReport &report,
                               const QString &productTitle = {});

private:
    PublishReport m_report;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QTextBrowser *m_findings = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publishButton = nullptr;
};

} // namespace Tessera::Gui
