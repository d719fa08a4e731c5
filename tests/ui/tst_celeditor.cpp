#include "editors/celeditor.h"
#include "models/celcompletionmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_CelEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void errorsAreShownAndClearedAsYouType();
    void emptyText();
    void completesFieldsAfterADot();
    void completesMacroVariables();
    void completionModel();
    void highlightsVariablesAndStrings();
};

void tst_CelEditor::errorsAreShownAndClearedAsYouType()
{
    CelEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy compiled(&editor, &CelEditor::compiled);
    QTest::keyClicks(&editor, u"product.owner != "_s);
    // Compiled once typing pauses, not at every keystroke.
    QVERIFY(compiled.wait(2000));
    QCOMPARE(compiled.size(), 1);
    QVERIFY(editor.hasError());
    QVERIFY2(editor.errorMessage().contains(u"Syntax error"_s), qPrintable(editor.errorMessage()));
    QCOMPARE(editor.extraSelections().size(), 1);
    QCOMPARE(editor.extraSelections().first().format.underlineStyle(),
             QTextCharFormat::WaveUnderline);

    QTest::keyClicks(&editor, u"\"\""_s);
    QVERIFY(compiled.wait(2000));
    QVERIFY2(!editor.hasError(), qPrintable(editor.errorMessage()));
    QVERIFY(editor.extraSelections().isEmpty());
    QCOMPARE(compiled.last().first().toString(), QString());
}

void tst_CelEditor::emptyText()
{
    CelEditor editor;
    editor.compileNow();
    QVERIFY(editor.hasError()); // a rule must say something
    editor.setEmptyAllowed(true);
    QVERIFY(!editor.hasError()); // a `when` may be left out
}

void tst_CelEditor::completesFieldsAfterADot()
{
    CelEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, u"product."_s);
    QAbstractItemView *popup = editor.completer()->popup();
    QVERIFY(popup->isVisible());
    const QAbstractItemModel *model = popup->model();
    QStringList offered;
    for (int row = 0; row < model->rowCount(); ++row)
        offered += model->index(row, 0).data(CelCompletionModel::InsertTextRole).toString();
    QVERIFY(offered.contains(u"owner"_s));
    QVERIFY(offered.contains(u"outputPorts"_s));

    // Typing narrows the list; Return takes the current suggestion.
    QTest::keyClicks(&editor, u"ow"_s);
    QVERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"product.owner"_s);
    QVERIFY(!popup->isVisible());
}

void tst_CelEditor::completesMacroVariables()
{
    CelEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setPlainText(u"product.outputPorts.all(p, p"_s);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier); // nothing after "p" but p
    QTest::keyClick(&editor, Qt::Key_Period);
    QAbstractItemView *popup = editor.completer()->popup();
    QVERIFY(popup->isVisible());
    QStringList offered;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        offered += popup->model()->index(row, 0).data(CelCompletionModel::InsertTextRole).toString();
    QVERIFY(offered.contains(u"schema"_s));
    QVERIFY(offered.contains(u"contractId"_s));
    QTest::keyClick(popup, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(editor.toPlainText(), u"product.outputPorts.all(p, p."_s);
}

void tst_CelEditor::completionModel()
{
    CelCompletionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({{CelCompletionItem::Kind::Field, u"owner"_s, u"owner"_s, u"string"_s,
                     u"Owning team."_s},
                    {CelCompletionItem::Kind::Macro, u"all"_s, u"all("_s, u"all(x, p)"_s, {}}});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, 0).data().toString().startsWith(u"owner"_s));
    QVERIFY(model.index(0, 0).data().toString().contains(u"string"_s));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"Owning team."_s);
    QCOMPARE(model.index(1, 0).data(CelCompletionModel::InsertTextRole).toString(), u"all("_s);
}

void tst_CelEditor::highlightsVariablesAndStrings()
{
    CelEditor editor;
    editor.setPlainText(u"product.owner != \"x\" // who"_s);
    const QTextBlock block = editor.document()->firstBlock();
    const auto formats = block.layout()->formats();
    const auto formatAt = [&](int position) {
        for (const QTextLayout::FormatRange &range : formats) {
            if (position >= range.start && position < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    const QColor plain = formatAt(8).foreground().color(); // "owner": not coloured
    QVERIFY(formatAt(0).foreground().color() != plain); // product
    QVERIFY(formatAt(18).foreground().color() != plain); // the string
    QVERIFY(formatAt(18).foreground().color() != formatAt(0).foreground().color());
    QVERIFY(formatAt(24).fontItalic()); // the comment
    QVERIFY(!formatAt(8).fontItalic());
}

QTEST_MAIN(tst_CelEditor)
#include "tst_celeditor.moc"
