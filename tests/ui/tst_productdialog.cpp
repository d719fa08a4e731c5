#include "dialogs/productdialog.h"
#include "editors/outputportseditor.h"
#include "models/catalogsession.h"
#include "models/custompropertymodel.h"
#include "models/outputportmodel.h"
#include "models/roleassignmentmodel.h"
#include "models/slomodel.h"
#include "models/supportchannelmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_ProductDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void editKeepsWhatItDoesNotShow();
    void invalidInput_data();
    void invalidInput();
    void newProductNeedsUniqueId();
    void deprecatedNeedsSunset();
    void nameFollowsTitle();
    void editsTablesOfTheProduct();
    void sloWithoutPropertyBlocksOk();
    void duplicateRowsBlockOk();

private:
    QPushButton *okButton(ProductDialog &dialog);
    // Edits a cell as a user does: click it, press F2, replace the text, press Return.
    QTemporaryDir m_dir;
    CatalogSession m_session;
};

void tst_ProductDialog::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
    m_session.setCatalog(TestSupport::openOrFail(TestSupport::installSample(m_dir)));
    QVERIFY(m_session.isOpen());
}

QPushButton *tst_ProductDialog::okButton(ProductDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void tst_ProductDialog::editKeepsWhatItDoesNotShow()
{
    const DataProduct orders = m_session.catalog()->product(u"orders.orders"_s).value().value();
    ProductDialog dialog(&m_session, orders);
    QVERIFY(!dialog.isNew());
    QVERIFY(okButton(dialog)->isEnabled());
    // Unchanged form, unchanged product: support channels, roles, SLOs and custom
    // properties survive although the form does not show them.
    QCOMPARE(dialog.product(), orders);
    // The id is the product's address; it cannot change here.
    QVERIFY(!dialog.findChild<QLineEdit *>(u"nameEdit"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QComboBox *>(u"domainCombo"_s)->isEnabled());

    auto *tags = dialog.findChild<QLineEdit *>(u"tagsEdit"_s);
    tags->clear();
    QTest::keyClicks(tags, u"sales, gold,  sales ,new"_s);
    QCOMPARE(dialog.product().tags, (QStringList {u"sales"_s, u"gold"_s, u"new"_s}));
}

void tst_ProductDialog::invalidInput_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::newRow("empty title") << u"titleEdit"_s << QString() << u"titleError"_s;
    QTest::newRow("bad version") << u"versionEdit"_s << u"v2"_s << u"versionError"_s;
}

void tst_ProductDialog::invalidInput()
{
    QFETCH(QString, editor);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);

    const DataProduct orders = m_session.catalog()->product(u"orders.orders"_s).value().value();
    ProductDialog dialog(&m_session, orders);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(editor);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);

    auto *error = dialog.findChild<QLabel *>(errorLabel);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.problems().isEmpty());

    // Fixing the field clears the message and enables OK again.
    edit->selectAll();
    QTest::keyClicks(edit, editor == u"titleEdit"_s ? u"Orders"_s : u"2.4.0"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_ProductDialog::newProductNeedsUniqueId()
{
    ProductDialog dialog(&m_session, std::nullopt, u"orders"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isNew());
    QVERIFY(!okButton(dialog)->isEnabled()); // no name, no title yet
    auto *domain = dialog.findChild<QComboBox *>(u"domainCombo"_s);
    QCOMPARE(domain->currentData(Qt::UserRole + 1).toString(), u"orders"_s);

    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"orders"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"titleEdit"_s), u"Orders again"_s);
    auto *nameError = dialog.findChild<QLabel *>(u"nameError"_s);
    QVERIFY(nameError->isVisible());
    QVERIFY(nameError->text().contains(u"orders.orders"_s));
    QVERIFY(!okButton(dialog)->isEnabled());

    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"-archive"_s);
    QVERIFY(!nameError->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"idLabel"_s)->text(), u"orders.orders-archive"_s);
    const DataProduct product = dialog.product();
    QCOMPARE(product.id, u"orders.orders-archive"_s);
    QCOMPARE(product.domainId, u"orders"_s);
    QCOMPARE(product.title, u"Orders again"_s);
    QCOMPARE(product.version, u"0.1.0"_s);

    // A port without a name is an error shown on the ports page.
    dialog.outputPortsEditor()->findChild<QPushButton *>(u"addPortButton"_s)->click();
    QCOMPARE(dialog.outputPortsEditor()->portModel()->rowCount(), 1);
    QVERIFY(okButton(dialog)->isEnabled());
    auto *ports = dialog.outputPortsEditor()->portModel();
    ports->setData(ports->index(0, OutputPortModel::NameColumn), QString());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(u"outputPortsError"_s)->text().isEmpty());
}

void tst_ProductDialog::deprecatedNeedsSunset()
{
    const DataProduct orders = m_session.catalog()->product(u"orders.orders"_s).value().value();
    ProductDialog dialog(&m_session, orders);
    auto *status = dialog.findChild<QComboBox *>(u"statusCombo"_s);
    auto *sunset = dialog.findChild<QDateEdit *>(u"sunsetDateEdit"_s);
    QVERIFY(!sunset->isEnabled());
    QVERIFY(!dialog.product().sunsetDate.isValid());
    status->setCurrentIndex(status->findData(u"deprecated"_s));
    QVERIFY(sunset->isEnabled());
    sunset->setDate(QDate(2030, 1, 31));
    QVERIFY(dialog.product().status == LifecycleStatus::Deprecated);
    QCOMPARE(dialog.product().sunsetDate, QDate(2030, 1, 31));
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_ProductDialog::nameFollowsTitle()
{
    ProductDialog dialog(&m_session, std::nullopt, u"finance"_s);
    auto *title = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
    auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
    QTest::keyClicks(title, u"Daily Orders (EU)"_s);
    QCOMPARE(name->text(), u"daily-orders-eu"_s);
    QCOMPARE(dialog.product().id, u"finance.daily-orders-eu"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    // Once the user types a name, the title no longer changes it.
    name->selectAll();
    QTest::keyClicks(name, u"orders-eu"_s);
    QTest::keyClicks(title, u" v2"_s);
    QCOMPARE(name->text(), u"orders-eu"_s);
}

void tst_ProductDialog::editsTablesOfTheProduct()
{
    const DataProduct orders = m_session.catalog()->product(u"orders.orders"_s).value().value();
    ProductDialog dialog(&m_session, orders);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             dialog.sloModel(), dialog.supportChannelModel(), dialog.roleModel(),
             dialog.customPropertyModel()}) {
        // The testers watch every change below.
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
    }
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"productDialogTabs"_s);

    tabs->setCurrentIndex(ProductDialog::ServiceLevelsPage);
    auto *slos = dialog.findChild<QTableView *>(u"sloTable"_s);
    QVERIFY(slos && slos->isVisible());
    QCOMPARE(slos->model()->rowCount(), orders.slos.size());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"sloAddButton"_s), Qt::LeftButton);
    const int row = int(orders.slos.size());
    QCOMPARE(slos->model()->rowCount(), row + 1);
    // Adding opens the property for typing; leave it and fill the row cell by cell.
    QTest::keyClick(slos->indexWidget(slos->model()->index(row, SloModel::PropertyColumn)),
                    Qt::Key_Escape);
    TestSupport::typeIntoCell(slos, row, SloModel::PropertyColumn, u"throughput"_s);
    TestSupport::typeIntoCell(slos, row, SloModel::ValueColumn, u"1.5"_s);
    TestSupport::typeIntoCell(slos, row, SloModel::UnitColumn, u"GB/h"_s);
    TestSupport::typeIntoCell(slos, row, SloModel::DriverColumn, u"analytics"_s);
    TestSupport::typeIntoCell(slos, row, SloModel::IdColumn, u"volume"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    const ServiceLevelObjective added = dialog.product().slos.at(row);
    QCOMPARE(added.property, u"throughput"_s);
    QCOMPARE(added.value, QVariant(1.5));
    QCOMPARE(added.unit, u"GB/h"_s);
    QCOMPARE(added.driver, u"analytics"_s);
    QCOMPARE(added.id, u"volume"_s);
    // The rows already there are unchanged, value types included.
    QCOMPARE(dialog.product().slos.mid(0, row), orders.slos);

    tabs->setCurrentIndex(ProductDialog::SupportPage);
    auto *roles = dialog.findChild<QTableView *>(u"roleTable"_s);
    QVERIFY(roles && roles->isVisible());
    // People show by name.
    QCOMPARE(roles->model()->index(0, RoleAssignmentModel::PersonColumn).data().toString(),
             u"Ana Lima"_s);
    const QModelIndex steward = roles->model()->index(1, RoleAssignmentModel::RoleColumn);
    QTest::mouseClick(roles->viewport(), Qt::LeftButton, {}, roles->visualRect(steward).center());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"roleRemoveButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.product().roles.size(), orders.roles.size() - 1);

    tabs->setCurrentIndex(ProductDialog::DescriptionPage);
    auto *properties = dialog.findChild<QTableView *>(u"customPropertyTable"_s);
    QVERIFY(properties && properties->isVisible());
    const int costCenter = int(dialog.customPropertyModel()->keys().indexOf(u"costCenter"_s));
    TestSupport::typeIntoCell(properties, costCenter, CustomPropertyModel::ValueColumn, u"CC-2002"_s);
    QCOMPARE(dialog.product().customProperties.value(u"costCenter"_s), QVariant(u"CC-2002"_s));
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_ProductDialog::sloWithoutPropertyBlocksOk()
{
    const DataProduct orders = m_session.catalog()->product(u"orders.orders"_s).value().value();
    ProductDialog dialog(&m_session, orders);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"productDialogTabs"_s);
    tabs->setCurrentIndex(ProductDialog::ServiceLevelsPage);
    auto *slos = dialog.findChild<QTableView *>(u"sloTable"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"sloAddButton"_s), Qt::LeftButton);
    const int row = int(orders.slos.size());
    QWidget *editor = slos->indexWidget(slos->model()->index(row, SloModel::PropertyColumn));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    TestSupport::typeIntoCell(slos, row, SloModel::ValueColumn, u"4"_s);

    auto *error = dialog.findChild<QLabel *>(u"slosError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QString::number(row + 1)));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!tabs->tabIcon(ProductDialog::ServiceLevelsPage).isNull());

    TestSupport::typeIntoCell(slos, row, SloModel::PropertyColumn, u"latency"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(tabs->tabIcon(ProductDialog::ServiceLevelsPage).isNull());
}

void tst_ProductDialog::duplicateRowsBlockOk()
{
    const DataProduct orders = m_session.catalog()->product(u"orders.orders"_s).value().value();
    ProductDialog dialog(&m_session, orders);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"productDialogTabs"_s);

    // Two SLOs with one id.
    tabs->setCurrentIndex(ProductDialog::ServiceLevelsPage);
    auto *slos = dialog.findChild<QTableView *>(u"sloTable"_s);
    TestSupport::typeIntoCell(slos, 1, SloModel::IdColumn, orders.slos.at(0).id);
    auto *sloError = dialog.findChild<QLabel *>(u"slosError"_s);
    QVERIFY(sloError->isVisible());
    QVERIFY(sloError->text().contains(orders.slos.at(0).id));
    QVERIFY(!okButton(dialog)->isEnabled());
    TestSupport::typeIntoCell(slos, 1, SloModel::IdColumn, u"uptime"_s);
    QVERIFY(!sloError->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());

    // Two custom properties with one key.
    tabs->setCurrentIndex(ProductDialog::DescriptionPage);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"customPropertyAddButton"_s),
                      Qt::LeftButton);
    auto *properties = dialog.findChild<QTableView *>(u"customPropertyTable"_s);
    const int row = properties->model()->rowCount() - 1;
    QWidget *editor
        = properties->indexWidget(properties->model()->index(row, CustomPropertyModel::KeyColumn));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(okButton(dialog)->isEnabled()); // a new row has a key of its own
    TestSupport::typeIntoCell(properties, row, CustomPropertyModel::KeyColumn, u"tier"_s);
    auto *propertyError = dialog.findChild<QLabel *>(u"customPropertiesError"_s);
    QVERIFY(propertyError->isVisible());
    QVERIFY(propertyError->text().contains(u"tier"_s));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"customPropertyRemoveButton"_s),
                      Qt::LeftButton);
    QVERIFY(!propertyError->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.product().customProperties, orders.customProperties);
}

QTEST_MAIN(tst_ProductDialog)
#include "tst_productdialog.moc"
