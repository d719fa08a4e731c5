#include "editors/celeditor.h"

#include "authoring/celfieldcheck.h"

#include "editors/celhighlighter.h"
#include "models/celcompletionmodel.h"
#include "policy/celprogram.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

// Long enough not to flash errors at every keystroke, short enough to feel live.
constexpr int CompileDelayMs = 300;

bool isIdentifierChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

} // namespace

CelEditor::CelEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new CelHighlighter(document()))
    , m_completionModel(new CelCompletionModel(this))
    , m_completer(new QCompleter(m_completionModel, this))
    , m_compileTimer(new QTimer(this))
    , m_environment({u"product"_s, u"domain"_s, u"upstream"_s, u"now"_s})
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);

    // The list is already filtered and ordered by CelCompletion.
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CelEditor::insertCompletion);

    m_compileTimer->setSingleShot(true);
    m_compileTimer->setInterval(CompileDelayMs);
    connect(m_compileTimer, &QTimer::timeout, this, &CelEditor::compileNow);
    connect(this, &QPlainTextEdit::textChanged, m_compileTimer, qOverload<>(&QTimer::start));
}

CelEditor::~CelEditor() = default;

void CelEditor::setEmptyAllowed(bool allowed)
{
    m_emptyAllowed = allowed;
    compileNow();
}

void CelEditor::compileNow()
{
    m_compileTimer->stop();
    const QString source = toPlainText();
    m_sourceError.reset();
    m_errorMessage.clear();
    m_warnings.clear();
    if (source.trimmed().isEmpty()) {
        if (!m_emptyAllowed)
            m_errorMessage = tr("The expression is empty.");
    } else {
        CelSourceError where;
        const auto program = CelProgram::compile(source, m_environment, &where);
        if (!program) {
            m_errorMessage = program.error();
            m_sourceError = where;
        } else {
            static const DocumentSchema schema = DocumentSchema::product();
            m_warnings = CelFieldCheck::unknownFields(program->ast(), schema,
                                                      m_environment.indexOf(u"product"_s),
                                                      m_environment.indexOf(u"upstream"_s));
        }
    }
    updateErrorMarker();
    emit compiled(m_errorMessage);
}

void CelEditor::updateErrorMarker()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_sourceError) {
        QTextEdit::ExtraSelection selection;
        const qsizetype size = document()->characterCount() - 1;
        qsizetype from = std::clamp<qsizetype>(m_sourceError->offset, 0, size);
        qsizetype length = std::max<qsizetype>(m_sourceError->length, 1);
        // An error at the end of the text (a missing operand) marks the last character.
        if (from >= size && size > 0)
            from = size - 1;
        length = std::min(length, std::max<qsizetype>(size - from, 0));
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(from));
        selection.cursor.setPosition(int(from + length), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(Qt::red);
        selection.format.setToolTip(m_errorMessage);
        selections.append(selection);
    }
    for (const CelSourceError &warning : std::as_const(m_warnings)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(warning.offset));
        selection.cursor.setPosition(int(warning.offset + warning.length), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0xe0, 0x8a, 0x00));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QStringList CelEditor::warnings() const
{
    QStringList messages;
    for (const CelSourceError &warning : m_warnings)
        messages += warning.reason;
    return messages;
}

bool CelEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_sourceError && !m_warnings.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype position
            = cursorForPosition(viewport()->mapFromParent(help->pos())).position();
        for (const CelSourceError &warning : std::as_const(m_warnings)) {
            if (position >= warning.offset && position <= warning.offset + warning.length) {
                QToolTip::showText(help->globalPos(), warning.reason, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::ToolTip && m_sourceError) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(viewport()->mapFromParent(help->pos()));
        const qsizetype position = at.position();
        const qsizetype from = m_sourceError->offset;
        const qsizetype to = from + std::max<qsizetype>(m_sourceError->length, 1);
        if (position >= from - 1 && position <= to) {
            QToolTip::showText(help->globalPos(), m_errorMessage, this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CelEditor::showCompletions()
{
    const QString source = toPlainText();
    const qsizetype cursor = textCursor().position();
    const CelCompletion::Result result = m_completion.complete(source, cursor);
    m_replaceFrom = result.replaceFrom;
    m_completionModel->setItems(result.items);
    if (result.items.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    QAbstractItemView *popup = m_completer->popup();
    popup->setCurrentIndex(m_completionModel->index(0, 0));
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void CelEditor::insertCompletion(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(int(m_replaceFrom), QTextCursor::KeepAnchor);
    cursor.insertText(index.data(CelCompletionModel::InsertTextRole).toString());
    setTextCursor(cursor);
}

void CelEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore(); // the completer acts on these
            return;
        default:
            break;
        }
    }
    const bool explicitRequest = event->key() == Qt::Key_Space
        && (event->modifiers() & Qt::ControlModifier);
    if (!explicitRequest)
        QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    const QString source = toPlainText();
    const qsizetype cursor = textCursor().position();
    const bool afterDot = typed == u"."_s;
    const bool inWord = !typed.isEmpty() && isIdentifierChar(typed.back()) && cursor > 0
        && isIdentifierChar(source.at(cursor - 1));
    if (explicitRequest || afterDot || (inWord && m_completer->popup()->isVisible())
        || (inWord && cursor > 1 && isIdentifierChar(source.at(cursor - 2)))) {
        showCompletions();
    } else if (m_completer->popup()->isVisible()) {
        m_completer->popup()->hide();
    }
}

} // namespace Tessera::Gui
