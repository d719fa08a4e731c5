#pragma once

#include "model/policy.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace Tessera::Gui {

class CatalogSession;
class PolicyEditor;
class PolicyTreeModel;

// The stewards' workspace: the catalog's policies in a tree (global, then per domain) and
// the editor of the selected one. Saving, deleting, activating and importing go through the
// window's undo stack. A policy with unsaved changes or errors cannot be activated.
class PoliciesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoliciesView)

public:
    PoliciesView(CatalogSession *session, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PoliciesView() override;

    PolicyEditor *editor() const { return m_editor; }
    PolicyTreeModel *model() const { return m_model; }

    QAction *newAction() const { return m_newAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *activateAction() const { return m_activateAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Shows a stored policy in the editor; false when there is none with that id.
    bool showPolicy(const QString &policyId);
    // Asks what to do with unsaved changes; false when the user wants to stay.
    bool maybeSave();

public slots:
    void newPolicy();
    bool save();
    void revert();
    void deletePolicy();
    void toggleActive();
    void importPolicies();
    void exportPolicies();
    // The product selected in the studio, to see the draft's outcome for it alone.
    void setSelectedProduct(const QString &productId);
    // Whether the view is visible to act on: the actions on the policy in the editor are
    // enabled only then (the main window's menus and shortcuts reach them from anywhere).
    void setInFront(bool inFront);

signals:
    void productActivated(const QString &productId);

private:
    void reload();
    void currentChanged(const QModelIndex &current);
    void updateActions();
    void push(std::unique_ptr<QUndoCommand> command);
    std::optional<Tessera::Policy> stored(const QString &id) const;

    CatalogSession *m_session = nullptr;
    QUndoStack *m_undoStack = nullptr;
    PolicyTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    PolicyEditor *m_editor = nullptr;
    QList<Tessera::Policy> m_policies;
    QString m_shownId; // the policy in the editor; empty for a new, unsaved one
    bool m_reverting = false;

    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    bool m_inFront = true;
};

} // namespace Tessera::Gui
