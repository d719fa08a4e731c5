#include "dialogs/productdialog.h"

#include "editors/comboboxdelegate.h"
#include "editors/inputportseditor.h"
#include "editors/outputportseditor.h"
#include "editors/slug.h"
#include "editors/suggestiondelegate.h"
#include "editors/tableeditor.h"
#include "models/catalogsession.h"
#include "models/custompropertymodel.h"
#include "models/domainlistmodel.h"
#include "models/roleassignmentmodel.h"
#include "models/slomodel.h"
#include "models/supportchannelmodel.h"
#include "models/teamlistmodel.h"
#include "storage/catalog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

const auto ErrorStyle = "color: #b01c1c;"_L1;

// The inline label a validator problem belongs to: its first path segment, with the
// identity fields (id = domain + name) shown under the name.
QString problemKey(const QString &field)
{
    QString first = field.section(u'/', 0, 0);
    if (first == "id"_L1)
        return u"name"_s;
    return first;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

ProductDialog::ProductDialog(CatalogSession *session, const std::optional<DataProduct> &product,
                             const QString &defaultDomainId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_isNew(!product.has_value())
    , m_domains(new DomainListModel(this))
    , m_teams(new TeamListModel(this))
    , m_slos(new SloModel(this))
    , m_channels(new SupportChannelModel(this))
    , m_roles(new RoleAssignmentModel(this))
    , m_properties(new CustomPropertyModel(this))
{
    setObjectName(u"productDialog"_s);
    if (product)
        m_original = *product;
    else
        m_original.domainId = defaultDomainId;
    setWindowTitle(m_isNew ? tr("New Product") : tr("Edit Product %1").arg(m_original.id));
    resize(900, 640);
    m_slos->setEditable(true);

    if (Catalog *catalog = m_session->catalog()) {
        if (const Result<QList<Domain>> domains = catalog->domains())
            m_domains->setDomains(*domains);
        if (const Result<QList<Team>> teams = catalog->teams())
            m_teams->setTeams(*teams);
    }

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"productDialogTabs"_s);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(buildGeneralPage(), tr("General"));
    m_tabs->addTab(buildDescriptionPage(), tr("Description"));

    auto *outputsPage = new QWidget(m_tabs);
    auto *outputsLayout = new QVBoxLayout(outputsPage);
    m_outputs = new OutputPortsEditor(outputsPage);
    outputsLayout->addWidget(withError(m_outputs, u"outputPorts"_s));
    m_tabs->addTab(outputsPage, tr("Output Ports"));

    auto *inputsPage = new QWidget(m_tabs);
    auto *inputsLayout = new QVBoxLayout(inputsPage);
    m_inputs = new InputPortsEditor(m_session, inputsPage);
    m_inputs->setOwnProductId(m_original.id);
    inputsLayout->addWidget(withError(m_inputs, u"inputPorts"_s));
    m_tabs->addTab(inputsPage, tr("Inputs"));
    m_tabs->addTab(buildServiceLevelsPage(), tr("Service Levels"));
    m_tabs->addTab(buildSupportPage(), tr("Support && People"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"problemLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(ErrorStyle);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_isNew ? tr("Create") : tr("Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (!m_problems.isEmpty())
            return;
        const DataProduct edited = this->product();
        const bool publishing = edited.status == LifecycleStatus::Published
            && (m_isNew || m_original.status != LifecycleStatus::Published);
        if (publishing && m_publishCheck && !m_publishCheck(edited))
            return;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(m_original);

    // Validate on every edit so that OK is only enabled for a product the catalog accepts.
    for (QLineEdit *edit : {m_nameEdit, m_titleEdit, m_versionEdit, m_tagsEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProductDialog::validate);
    for (QComboBox *combo : {m_domainCombo, m_statusCombo, m_classificationCombo, m_ownerCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProductDialog::validate);
    connect(m_sunsetEdit, &QDateEdit::dateChanged, this, &ProductDialog::validate);
    for (QPlainTextEdit *edit : {m_purposeEdit, m_limitationsEdit, m_usageEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ProductDialog::validate);
    connect(m_outputs, &OutputPortsEditor::changed, this, &ProductDialog::validate);
    connect(m_inputs, &InputPortsEditor::changed, this, &ProductDialog::validate);
    for (TableEditor *editor : {m_sloEditor, m_channelEditor, m_roleEditor, m_propertyEditor})
        connect(editor, &TableEditor::changed, this, &ProductDialog::validate);
    validate();
    if (m_isNew) {
        // Suggest the name from the title until the user types a name of their own.
        connect(m_titleEdit, &QLineEdit::textEdited, this, [this](const QString &title) {
            if (m_nameEdit->isModified())
                return;
            m_nameEdit->setText(Slug::suggest(title));
        });
    }
    // Typing starts with the title; a new product's name follows it.
    m_titleEdit->setFocus();
}

ProductDialog::~ProductDialog()
{
    // Child models are destroyed before the views that show them, and a view may still
    // signal while it loses its model: nothing may reach this half-destroyed object.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

QWidget *ProductDialog::withError(QWidget *editor, const QString &key)
{
    auto *container = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(container);
    layout->addWidget(editor);
    auto *error = new QLabel(container);
    error->setObjectName(key + u"Error"_s);
    error->setWordWrap(true);
    error->setStyleSheet(ErrorStyle);
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(key, error);
    return container;
}

QWidget *ProductDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_domainCombo = new QComboBox(page);
    m_domainCombo->setObjectName(u"domainCombo"_s);
    m_domainCombo->setModel(m_domains);
    form->addRow(tr("&Domain:"), withError(m_domainCombo, u"domain"_s));

    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setPlaceholderText(tr("lower-case identifier, e.g. daily-revenue"));
    form->addRow(tr("&Name:"), withError(m_nameEdit, u"name"_s));

    m_idLabel = new QLabel(page);
    m_idLabel->setObjectName(u"idLabel"_s);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id:"), m_idLabel);

    m_titleEdit = new QLineEdit(page);
    m_titleEdit->setObjectName(u"titleEdit"_s);
    form->addRow(tr("&Title:"), withError(m_titleEdit, u"title"_s));

    m_versionEdit = new QLineEdit(page);
    m_versionEdit->setObjectName(u"versionEdit"_s);
    m_versionEdit->setPlaceholderText(tr("semantic version, e.g. 1.2.0"));
    form->addRow(tr("&Version:"), withError(m_versionEdit, u"version"_s));

    m_statusCombo = new QComboBox(page);
    m_statusCombo->setObjectName(u"statusCombo"_s);
    for (const QString &name : lifecycleStatusNames())
        m_statusCombo->addItem(displayName(*lifecycleStatusFromString(name)), name);
    form->addRow(tr("&Status:"), withError(m_statusCombo, u"status"_s));

    m_sunsetEdit = new QDateEdit(page);
    m_sunsetEdit->setObjectName(u"sunsetDateEdit"_s);
    m_sunsetEdit->setCalendarPopup(true);
    m_sunsetEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_sunsetEdit->setToolTip(tr("When a deprecated product stops being served"));
    form->addRow(tr("S&unset date:"), withError(m_sunsetEdit, u"sunsetDate"_s));

    m_classificationCombo = new QComboBox(page);
    m_classificationCombo->setObjectName(u"classificationCombo"_s);
    for (const QString &name : classificationNames())
        m_classificationCombo->addItem(displayName(*classificationFromString(name)), name);
    form->addRow(tr("&Classification:"), withError(m_classificationCombo, u"classification"_s));

    m_ownerCombo = new QComboBox(page);
    m_ownerCombo->setObjectName(u"ownerCombo"_s);
    m_ownerCombo->setModel(m_teams);
    form->addRow(tr("&Owner team:"), withError(m_ownerCombo, u"owner"_s));

    m_tagsEdit = new QLineEdit(page);
    m_tagsEdit->setObjectName(u"tagsEdit"_s);
    m_tagsEdit->setPlaceholderText(tr("comma separated, e.g. sales, core, gold"));
    form->addRow(tr("T&ags:"), withError(m_tagsEdit, u"tags"_s));

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Only a deprecated product has a sunset date; the date is kept while disabled in
        // case the user switches back.
        m_sunsetEdit->setEnabled(m_statusCombo->currentData().toString()
                                 == toString(LifecycleStatus::Deprecated));
    });
    auto updateId = [this] {
        m_idLabel->setText(DataProduct::makeId(m_domains->domainId(m_domainCombo->currentIndex()),
                                               m_nameEdit->text().trimmed()));
    };
    connect(m_domainCombo, &QComboBox::currentIndexChanged, this, updateId);
    connect(m_nameEdit, &QLineEdit::textChanged, this, updateId);
    return page;
}

QWidget *ProductDialog::buildDescriptionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto makeEdit = [page](const QString &objectName, const QString &placeholder) {
        auto *edit = new QPlainTextEdit(page);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_purposeEdit = makeEdit(u"purposeEdit"_s, tr("What the product is for and what it contains"));
    m_limitationsEdit = makeEdit(u"limitationsEdit"_s, tr("What it does not cover, known gaps"));
    m_usageEdit = makeEdit(u"usageEdit"_s, tr("How to read it, with an example"));
    form->addRow(tr("&Purpose:"), m_purposeEdit);
    form->addRow(tr("&Limitations:"), m_limitationsEdit);
    form->addRow(tr("&Usage:"), m_usageEdit);

    m_propertyEditor = new TableEditor(m_properties, u"customProperty"_s, tr("Add property"),
                                       tr("Remove property"), page);
    m_propertyEditor->view()->setColumnWidth(CustomPropertyModel::KeyColumn, 200);
    m_propertyEditor->setToolTip(
        tr("Facts of your own about the product, e.g. costCenter = CC-1001"));
    form->addRow(tr("Custom p&roperties:"), withError(m_propertyEditor, u"customProperties"_s));
    return page;
}

QWidget *ProductDialog::buildServiceLevelsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("Service-level objectives, e.g. latency 4 h on orders.order_ts "
                               "(ODCS slaProperties). A value that reads as a number is "
                               "stored as one."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_sloEditor
        = new TableEditor(m_slos, u"slo"_s, tr("Add objective"), tr("Remove objective"), page);
    m_sloEditor->setFirstEditColumn(SloModel::PropertyColumn);
    QTableView *view = m_sloEditor->view();
    view->hideColumn(SloModel::ObjectiveColumn);
    view->setItemDelegateForColumn(SloModel::PropertyColumn,
                                   new SuggestionDelegate(SloModel::propertyNames(), this));
    view->setItemDelegateForColumn(SloModel::DriverColumn,
                                   new SuggestionDelegate(SloModel::driverNames(), this));
    // Wide enough for "timeOfAvailability" and "orders.order_ts"; the description takes
    // the rest.
    const QList<QPair<int, int>> widths
        = {{SloModel::PropertyColumn, 150}, {SloModel::ValueColumn, 80},
           {SloModel::UnitColumn, 50},      {SloModel::ElementColumn, 150},
           {SloModel::DriverColumn, 100},   {SloModel::DescriptionColumn, 260}};
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, width);
    layout->addWidget(withError(m_sloEditor, u"slos"_s), 1);
    return page;
}

QWidget *ProductDialog::buildSupportPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *support = new QGroupBox(tr("Support channels"), page);
    auto *supportLayout = new QVBoxLayout(support);
    m_channelEditor = new TableEditor(m_channels, u"supportChannel"_s, tr("Add channel"),
                                      tr("Remove channel"), support);
    m_channelEditor->view()->setColumnWidth(SupportChannelModel::ChannelColumn, 150);
    m_channelEditor->setToolTip(tr("Where consumers ask for help, e.g. slack and a chat URL, "
                                   "or email and a mailto: address"));
    supportLayout->addWidget(withError(m_channelEditor, u"supportChannels"_s));
    layout->addWidget(support, 1);

    auto *roles = new QGroupBox(tr("Roles"), page);
    auto *rolesLayout = new QVBoxLayout(roles);
    m_roleEditor
        = new TableEditor(m_roles, u"role"_s, tr("Add person"), tr("Remove person"), roles);
    QStringList personIds;
    QStringList personNames;
    if (Catalog *catalog = m_session->catalog()) {
        if (const Result<QList<Person>> people = catalog->people()) {
            m_roles->setPeople(*people);
            for (const Person &person : *people) {
                personIds.append(person.id);
                personNames.append(person.name.isEmpty() ? person.id : person.name);
            }
        }
    }
    QStringList roleLabels;
    for (const QString &name : roleNames())
        roleLabels.append(displayName(*roleFromString(name)));
    QTableView *roleView = m_roleEditor->view();
    roleView->setItemDelegateForColumn(RoleAssignmentModel::PersonColumn,
                                       new ComboBoxDelegate(personIds, personNames, this));
    roleView->setItemDelegateForColumn(RoleAssignmentModel::RoleColumn,
                                       new ComboBoxDelegate(roleNames(), roleLabels, this));
    roleView->setColumnWidth(RoleAssignmentModel::PersonColumn, 250);
    rolesLayout->addWidget(withError(m_roleEditor, u"roles"_s));
    layout->addWidget(roles, 1);
    return page;
}

void ProductDialog::load(const DataProduct &product)
{
    int domainRow = m_domains->rowOf(product.domainId);
    m_domainCombo->setCurrentIndex(domainRow >= 0 ? domainRow : 0);
    m_nameEdit->setText(product.name);
    // The id is the product's stable address: other products and URLs refer to it.
    m_domainCombo->setEnabled(m_isNew);
    m_nameEdit->setEnabled(m_isNew);
    if (!m_isNew)
        m_nameEdit->setToolTip(tr("The name is part of the product's id and cannot change."));
    m_idLabel->setText(m_isNew ? DataProduct::makeId(product.domainId, product.name) : product.id);
    m_titleEdit->setText(product.title);
    m_versionEdit->setText(product.version);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(toString(product.status)));
    m_sunsetEdit->setDate(product.sunsetDate.isValid() ? product.sunsetDate
                                                       : QDate::currentDate().addMonths(6));
    m_sunsetEdit->setEnabled(product.status == LifecycleStatus::Deprecated);
    m_classificationCombo->setCurrentIndex(
        m_classificationCombo->findData(toString(product.classification)));
    const int ownerRow = m_teams->rowOf(product.ownerTeamId);
    m_ownerCombo->setCurrentIndex(ownerRow >= 0 ? ownerRow : 0);
    m_tagsEdit->setText(product.tags.join(u", "_s));
    m_purposeEdit->setPlainText(product.purpose);
    m_limitationsEdit->setPlainText(product.limitations);
    m_usageEdit->setPlainText(product.usage);
    m_outputs->setPorts(product.outputPorts);
    m_inputs->setInputPorts(product.inputPorts);
    m_slos->setObjectives(product.slos);
    m_channels->setChannels(product.supportChannels);
    m_roles->setAssignments(product.roles);
    m_properties->setProperties(product.customProperties);
}

void ProductDialog::setPublishCheck(PublishCheck check)
{
    m_publishCheck = std::move(check);
}

bool ProductDialog::isNew() const
{
    return m_isNew;
}

DataProduct ProductDialog::product() const
{
    DataProduct product = m_original;
    if (m_isNew) {
        product.domainId = m_domains->domainId(m_domainCombo->currentIndex());
        product.name = m_nameEdit->text().trimmed();
        product.id = DataProduct::makeId(product.domainId, product.name);
    }
    product.title = m_titleEdit->text().trimmed();
    product.version = m_versionEdit->text().trimmed();
    product.status = lifecycleStatusFromString(m_statusCombo->currentData().toString())
                         .value_or(LifecycleStatus::Draft);
    product.sunsetDate
        = product.status == LifecycleStatus::Deprecated ? m_sunsetEdit->date() : QDate();
    product.classification
        = classificationFromString(m_classificationCombo->currentData().toString())
              .value_or(Classification::Internal);
    product.ownerTeamId = m_teams->teamId(m_ownerCombo->currentIndex());
    product.tags = splitTags(m_tagsEdit->text());
    product.purpose = m_purposeEdit->toPlainText();
    product.limitations = m_limitationsEdit->toPlainText();
    product.usage = m_usageEdit->toPlainText();
    product.outputPorts = m_outputs->ports();
    product.inputPorts = m_inputs->inputPorts();
    product.slos = m_slos->objectives();
    product.supportChannels = m_channels->channels();
    product.roles = m_roles->assignments();
    product.customProperties = m_properties->properties();
    return product;
}

QList<ProductValidator::Problem> ProductDialog::problems() const
{
    return m_problems;
}

OutputPortsEditor *ProductDialog::outputPortsEditor() const
{
    return m_outputs;
}

InputPortsEditor *ProductDialog::inputPortsEditor() const
{
    return m_inputs;
}

SloModel *ProductDialog::sloModel() const
{
    return m_slos;
}

SupportChannelModel *ProductDialog::supportChannelModel() const
{
    return m_channels;
}

RoleAssignmentModel *ProductDialog::roleModel() const
{
    return m_roles;
}

CustomPropertyModel *ProductDialog::customPropertyModel() const
{
    return m_properties;
}

QList<ProductValidator::Problem> ProductDialog::tableProblems() const
{
    QList<ProductValidator::Problem> problems;
    // SLO ids are optional, but an id names one objective (observations refer to it).
    QSet<QString> ids;
    const QList<ServiceLevelObjective> slos = m_slos->objectives();
    for (qsizetype i = 0; i < slos.size(); ++i) {
        const QString &id = slos.at(i).id;
        if (id.isEmpty())
            continue;
        if (ids.contains(id)) {
            problems.append({u"slos/%1/id"_s.arg(i),
                             tr("Two service-level objectives have the id \"%1\".").arg(id)});
        }
        ids.insert(id);
    }
    // The properties are a map: an empty or repeated key would lose a row on saving.
    QSet<QString> keys;
    const QStringList propertyKeys = m_properties->keys();
    for (qsizetype i = 0; i < propertyKeys.size(); ++i) {
        const QString &key = propertyKeys.at(i);
        const QString field = u"customProperties/%1"_s.arg(i);
        if (key.isEmpty())
            problems.append({field, tr("Custom property %1 has no key.").arg(i + 1)});
        else if (keys.contains(key))
            problems.append({field, tr("Two custom properties have the key \"%1\".").arg(key)});
        keys.insert(key);
    }
    const QList<SupportChannel> channels = m_channels->channels();
    for (qsizetype i = 0; i < channels.size(); ++i) {
        if (channels.at(i).channel.isEmpty() && channels.at(i).url.isEmpty()) {
            problems.append(
                {u"supportChannels/%1"_s.arg(i), tr("Support channel %1 is empty.").arg(i + 1)});
        }
    }
    const QList<RoleAssignment> roles = m_roles->assignments();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (roles.at(i).personId.isEmpty())
            problems.append({u"roles/%1"_s.arg(i), tr("Role %1 names no person.").arg(i + 1)});
    }
    return problems;
}

void ProductDialog::validate()
{
    const DataProduct candidate = product();
    m_problems = ProductValidator::validate(candidate);
    m_problems.append(tableProblems());
    if (m_isNew && ProductValidator::isSlug(candidate.name) && m_session->catalog()) {
        // The validator checks one product; uniqueness needs the catalog.
        const Result<std::optional<DataProduct>> existing
            = m_session->catalog()->product(candidate.id);
        if (existing && existing->has_value()) {
            m_problems.append(
                {u"name"_s, tr("A product with the id \"%1\" already exists.").arg(candidate.id)});
        }
    }

    QHash<QString, QStringList> messages;
    QStringList unplaced;
    for (const ProductValidator::Problem &problem : std::as_const(m_problems)) {
        const QString key = problemKey(problem.field);
        if (m_errorLabels.contains(key))
            messages[key].append(problem.message);
        else
            unplaced.append(problem.message);
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QStringList text = messages.value(it.key());
        it.value()->setText(text.join(u'\n'));
        it.value()->setVisible(!text.isEmpty());
    }

    // Problems on a page that is not shown would go unnoticed: mark the page's tab.
    const QIcon warning(u":/icons/missing.svg"_s);
    auto pageHasProblem = [&messages](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            if (messages.contains(QLatin1StringView(key)))
                return true;
        }
        return false;
    };
    m_tabs->setTabIcon(GeneralPage,
                       pageHasProblem({"domain", "name", "title", "version", "status", "sunsetDate",
                                       "classification", "owner", "tags"})
                           ? warning
                           : QIcon());
    m_tabs->setTabIcon(OutputPortsPage, pageHasProblem({"outputPorts"}) ? warning : QIcon());
    m_tabs->setTabIcon(InputPortsPage, pageHasProblem({"inputPorts"}) ? warning : QIcon());
    m_tabs->setTabIcon(DescriptionPage, pageHasProblem({"customProperties"}) ? warning : QIcon());
    m_tabs->setTabIcon(ServiceLevelsPage, pageHasProblem({"slos"}) ? warning : QIcon());
    m_tabs->setTabIcon(SupportPage,
                       pageHasProblem({"supportChannels", "roles"}) ? warning : QIcon());

    if (m_problems.isEmpty())
        m_summary->clear();
    else if (!unplaced.isEmpty())
        m_summary->setText(unplaced.join(u'\n'));
    else
        m_summary->setText(tr("Fix %Ln problem(s) to continue.", nullptr, int(m_problems.size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace Tessera::Gui
