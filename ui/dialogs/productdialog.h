#pragma once

#include "model/dataproduct.h"
#include "model/productvalidator.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace Tessera::Gui {

class CatalogSession;
class CustomPropertyModel;
class DomainListModel;
class InputPortsEditor;
class OutputPortsEditor;
class RoleAssignmentModel;
class SloModel;
class SupportChannelModel;
class TableEditor;
class TeamListModel;

// The form that creates or edits a product. Validates on every change with
// ProductValidator, shows each problem next to its field, and keeps OK disabled while
// anything is invalid. Every part of the product has an editor; values the editors do not
// show (an SLO's schedule, a custom property's JSON type until edited) are kept.
class ProductDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)

public:
    enum Page {
        GeneralPage,
        DescriptionPage,
        OutputPortsPage,
        InputPortsPage,
        ServiceLevelsPage,
        SupportPage
    };

    // Without `product`, creates a new product, in `defaultDomainId` when given.
    ProductDialog(CatalogSession *session, const std::optional<DataProduct> &product,
                  const QString &defaultDomainId = {}, QWidget *parent = nullptr);
    ~ProductDialog() override;

    // Asked before the dialog closes on a product that becomes published (new, or from
    // another status): false keeps the dialog open, so that nothing typed is lost when the
    // publish gate blocks or the user declines its warnings.
    using PublishCheck = std::function<bool(const DataProduct &product)>;
    void setPublishCheck(PublishCheck check);

    bool isNew() const;
    // The product as the form describes it.
    DataProduct product() const;
    // The problems currently shown; empty when OK is enabled.
    QList<ProductValidator::Problem> problems() const;
    OutputPortsEditor *outputPortsEditor() const;
    InputPortsEditor *inputPortsEditor() const;
    SloModel *sloModel() const;
    SupportChannelModel *supportChannelModel() const;
    RoleAssignmentModel *roleModel() const;
    CustomPropertyModel *customPropertyModel() const;

private:
    QWidget *buildGeneralPage();
    QWidget *buildDescriptionPage();
    QWidget *buildServiceLevelsPage();
    QWidget *buildSupportPage();
    // Problems the validator cannot see: rows that collide or would be lost on saving.
    QList<ProductValidator::Problem> tableProblems() const;
    QWidget *withError(QWidget *editor, const QString &key);
    void load(const DataProduct &product);
    void validate();

    CatalogSession *m_session = nullptr;
    DataProduct m_original;
    PublishCheck m_publishCheck;
    bool m_isNew = true;
    QList<ProductValidator::Problem> m_problems;

    DomainListModel *m_domains = nullptr;
    TeamListModel *m_teams = nullptr;
    SloModel *m_slos = nullptr;
    SupportChannelModel *m_channels = nullptr;
    RoleAssignmentModel *m_roles = nullptr;
    CustomPropertyModel *m_properties = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_domainCombo = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_versionEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QDateEdit *m_sunsetEdit = nullptr;
    QComboBox *m_classificationCombo = nullptr;
    QComboBox *m_ownerCombo = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QPlainTextEdit *m_purposeEdit = nullptr;
    QPlainTextEdit *m_limitationsEdit = nullptr;
    QPlainTextEdit *m_usageEdit = nullptr;
    OutputPortsEditor *m_outputs = nullptr;
    InputPortsEditor *m_inputs = nullptr;
    TableEditor *m_sloEditor = nullptr;
    TableEditor *m_channelEditor = nullptr;
    TableEditor *m_roleEditor = nullptr;
    TableEditor *m_propertyEditor = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // Inline error labels by problem key ("name", "title", "outputPorts", ...).
    QHash<QString, QLabel *> m_errorLabels;
};

} // namespace Tessera::Gui
