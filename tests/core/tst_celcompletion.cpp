#include "authoring/celcompletion.h"
#include "authoring/documentschema.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_CelCompletion : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const QString &sourceWithCursor)
    {
        const qsizetype cursor = sourceWithCursor.indexOf(u'|');
        QString source = sourceWithCursor;
        source.remove(cursor, 1);
        QStringList result;
        for (const CelCompletionItem &item : CelCompletion().complete(source, cursor).items)
            result += item.name;
        return result;
    }

private slots:
    void productSchemaIsCompiledIn()
    {
        const DocumentSchema schema = DocumentSchema::product();
        QVERIFY(schema.isValid());
        const QList<SchemaProperty> top = schema.properties();
        QVERIFY(top.size() > 10);
        QCOMPARE(top.first().name, u"id"_s); // the schema's order, not alphabetical
        QCOMPARE(schema.typeAt({u"outputPorts"_s}), u"array"_s);
        QCOMPARE(schema.typeAt({u"outputPorts"_s, u"[]"_s, u"schema"_s, u"fields"_s, u"[]"_s,
                                u"pii"_s}),
                 u"boolean"_s);
        QVERIFY(schema.typeAt({u"nosuch"_s}).isEmpty());
        QVERIFY(DocumentSchema::domain().isValid());
        QVERIFY(!DocumentSchema::domain().properties().isEmpty());
    }

    void fieldsOfTheProduct()
    {
        const QStringList all = names(u"product.|"_s);
        QVERIFY(all.contains(u"owner"_s));
        QVERIFY(all.contains(u"outputPorts"_s));
        QVERIFY(!all.contains(u"all"_s)); // a document offers its fields, not macros over keys
        QCOMPARE(names(u"product.ow|"_s), QStringList {u"owner"_s});
        QCOMPARE(names(u"product.OUTP|"_s), QStringList {u"outputPorts"_s});
    }

    void nestedFieldsAndIndexing()
    {
        QVERIFY(names(u"product.description.|"_s).contains(u"purpose"_s));
        QVERIFY(names(u"product.outputPorts[0].|"_s).contains(u"contractId"_s));
        QVERIFY(names(u"product.outputPorts[0].schema.fields[1].|"_s).contains(u"pii"_s));
    }

    void macroVariablesTakeTheElementType()
    {
        QVERIFY(names(u"product.outputPorts.all(p, p.|"_s).contains(u"schema"_s));
        const QStringList fields = names(
            u"product.outputPorts.all(p, p.schema.fields.exists(f, f.pii && f.|"_s);
        QVERIFY(fields.contains(u"description"_s));
        QVERIFY(!fields.contains(u"schema"_s));
        QVERIFY(names(u"upstream.all(u, u.|"_s).contains(u"status"_s));
        QVERIFY(names(u"product.outputPorts.filter(p, p.type == 'table').all(t, t.|"_s)
                    .contains(u"location"_s));
    }

    void methodsByReceiverType()
    {
        const QStringList list = names(u"product.tags.|"_s);
        QVERIFY(list.contains(u"exists"_s));
        QVERIFY(list.contains(u"size"_s));
        QVERIFY(!list.contains(u"startsWith"_s));
        const QStringList text = names(u"product.owner.|"_s);
        QVERIFY(text.contains(u"startsWith"_s));
        QVERIFY(!text.contains(u"all"_s));
        QVERIFY(names(u"now.get|"_s).contains(u"getFullYear"_s));
    }

    void globalsAtTheStartOfATerm()
    {
        QVERIFY(names(u"|"_s).contains(u"product"_s));
        QCOMPARE(names(u"pro|"_s), QStringList {u"product"_s});
        QVERIFY(names(u"size(product.tags) > 0 && ti|"_s).contains(u"timestamp"_s));
        QVERIFY(names(u"product.outputPorts.all(port, po|"_s).contains(u"port"_s));
    }

    void nothingInsideLiteralsOrAfterNumbers()
    {
        QVERIFY(names(u"product.owner == \"pro|"_s).isEmpty());
        QVERIFY(names(u"'a.b' + product.owner == 'x.|"_s).isEmpty());
        QVERIFY(names(u"1.|"_s).isEmpty());
        QVERIFY(!names(u"'done' == product.|"_s).isEmpty());
    }

    void replacementRange()
    {
        const auto result = CelCompletion().complete(u"product.own"_s, 11);
        QCOMPARE(result.replaceFrom, 8);
        QCOMPARE(result.prefix, u"own"_s);
        QCOMPARE(result.items.size(), 1);
        QCOMPARE(result.items.first().insertText, u"owner"_s);
        QVERIFY(!result.items.first().description.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CelCompletion)
#include "tst_celcompletion.moc"
