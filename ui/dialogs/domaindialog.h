#pragma once

#include "model/domain.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Tessera::Gui {

class CatalogSession;
class DomainListModel;

// The form that creates or edits a domain, validated like the product form.
class DomainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainDialog)

public:
    // Without `domain`, creates a new domain below `defaultParentId` when given.
    DomainDialog(CatalogSession *session, const std::optional<Domain> &domain,
                 const QString &defaultParentId = {}, QWidget *parent = nullptr);
    ~DomainDialog() override;

    bool isNew() const;
    Domain domain() const;
    bool isValid() const;

private:
    QWidget *withError(QWidget *editor, const QString &key);
    void validate();

    CatalogSession *m_session = nullptr;
    Domain m_original;
    bool m_isNew = true;
    bool m_valid = false;
    DomainListModel *m_parents = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_parentCombo = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
};

} // namespace Tessera::Gui
