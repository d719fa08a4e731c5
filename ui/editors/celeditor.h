#pragma once

#include "authoring/celcompletion.h"
#include "policy/celenvironment.h"
#include "policy/celsourceerror.h"

#include <QPlainTextEdit>

#include <optional>

class QCompleter;
class QTimer;

namespace Tessera::Gui {

class CelCompletionModel;
class CelHighlighter;

// A code editor for one CEL expression: highlighting, completion of document fields,
// functions and macros (after a dot, while typing a name, or on Ctrl+Space), and the
// compile error of the text, underlined where it is and explained in the tool tip. The
// text is compiled a moment after typing stops, against the policy environment.
class CelEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CelEditor)

public:
    explicit CelEditor(QWidget *parent = nullptr);
    ~CelEditor() override;

    // An empty text is valid when allowed (a `when` precondition that is left out).
    void setEmptyAllowed(bool allowed);
    bool isEmptyAllowed() const { return m_emptyAllowed; }

    // The error of the text as last compiled; empty when it compiles.
    QString errorMessage() const { return m_errorMessage; }
    std::optional<Tessera::CelSourceError> sourceError() const { return m_sourceError; }
    bool hasError() const { return !m_errorMessage.isEmpty(); }
    // What compiles but looks wrong, such as a field product documents cannot have (see
    // CelFieldCheck); underlined too, without blocking anything.
    QStringList warnings() const;

    QCompleter *completer() const { return m_completer; }

public slots:
    // Compiles the text now rather than after the pause (tests, saving).
    void compileNow();
    // Opens the completion popup for the word at the cursor.
    void showCompletions();

signals:
    // After each compilation: the message is empty when the text compiles.
    void compiled(const QString &errorMessage);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void insertCompletion(const QModelIndex &index);
    void updateErrorMarker();

    CelHighlighter *m_highlighter = nullptr;
    CelCompletionModel *m_completionModel = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_compileTimer = nullptr;
    Tessera::CelCompletion m_completion;
    Tessera::CelEnvironment m_environment;
    qsizetype m_replaceFrom = 0;
    bool m_emptyAllowed = false;
    QString m_errorMessage;
    std::optional<Tessera::CelSourceError> m_sourceError;
    QList<Tessera::CelSourceError> m_warnings;
};

} // namespace Tessera::Gui
