#include "model/documentdiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

Q_DECLARE_METATYPE(QList<Tessera::DocumentChange>)

namespace QTest {
template<>
char *toString(const QList<Tessera::DocumentChange> &changes)
{
    QByteArray text;
    for (const auto &c : changes)
        text += QByteArray::number(int(c.kind)) + ' ' + c.path.toUtf8() + ' ' + c.before.toUtf8() + " -> " + c.after.toUtf8() + "; ";
    return qstrdup(text.constData());
}
} // namespace QTest

class tst_DocumentDiff : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
};

void tst_DocumentDiff::compare_data()
{
    using Kind = DocumentChange::Kind;
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<DocumentChange>>("expected");

    QTest::newRow("identical") << u"{\"a\":1}"_s << u"{\"a\":1}"_s << QList<DocumentChange>{};
    QTest::newRow("scalar changed") << u"{\"title\":\"Orders\"}"_s << u"{\"title\":\"All orders\"}"_s
                                    << QList<DocumentChange>{{Kind::Changed, u"title"_s, u"\"Orders\""_s, u"\"All orders\""_s}};
    QTest::newRow("nested key added and removed")
        << u"{\"description\":{\"purpose\":\"x\",\"usage\":\"u\"}}"_s
        << u"{\"description\":{\"purpose\":\"x\",\"limitations\":\"l\"}}"_s
        << QList<DocumentChange>{{Kind::Removed, u"description.usage"_s, u"\"u\""_s, {}},
                                 {Kind::Added, u"description.limitations"_s, {}, u"\"l\""_s}};
    QTest::newRow("field by name")
        << u"{\"fields\":[{\"name\":\"id\",\"pii\":false},{\"name\":\"email\",\"pii\":false}]}"_s
        << u"{\"fields\":[{\"name\":\"email\",\"pii\":true},{\"name\":\"id\",\"pii\":false},{\"name\":\"phone\",\"pii\":true}]}"_s
        << QList<DocumentChange>{{Kind::Changed, u"fields[email].pii"_s, u"false"_s, u"true"_s},
                                 {Kind::Added, u"fields[phone]"_s, {}, u"{\"name\":\"phone\",\"pii\":true}"_s}};
    QTest::newRow("plain list") << u"{\"tags\":[\"a\",\"b\"]}"_s << u"{\"tags\":[\"a\",\"c\"]}"_s
                                << QList<DocumentChange>{{Kind::Changed, u"tags"_s, u"[\"a\",\"b\"]"_s, u"[\"a\",\"c\"]"_s}};
    QTest::newRow("invalid json") << u"{"_s << u"{}"_s
                                  << QList<DocumentChange>{{Kind::Changed, {}, u"{"_s, u"{}"_s}};
}

void tst_DocumentDiff::compare()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<DocumentChange>, expected);
    QCOMPARE(DocumentDiff::compare(before, after), expected);
}

QTEST_GUILESS_MAIN(tst_DocumentDiff)
#include "tst_documentdiff.moc"
