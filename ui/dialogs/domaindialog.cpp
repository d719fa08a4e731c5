#include "dialogs/domaindialog.h"

#include "editors/slug.h"
#include "model/productvalidator.h"
#include "models/catalogsession.h"
#include "models/domainlistmodel.h"
#include "storage/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

DomainDialog::DomainDialog(CatalogSession *session, const std::optional<Domain> &domain,
                           const QString &defaultParentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_isNew(!domain.has_value())
    , m_parents(new DomainListModel(this))
{
    setObjectName(u"domainDialog"_s);
    if (domain)
        m_original = *domain;
    else
        m_original.parentId = defaultParentId;
    setWindowTitle(m_isNew ? tr("New Domain") : tr("Edit Domain %1").arg(m_original.name));
    resize(480, 360);

    if (Catalog *catalog = m_session->catalog()) {
        if (const Result<QList<Domain>> domains = catalog->domains())
            m_parents->setDomains(*domains, tr("(top level)"), m_isNew ? QString() : m_original.id);
    }

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"domainNameEdit"_s);
    m_nameEdit->setText(m_original.name);
    form->addRow(tr("&Name:"), withError(m_nameEdit, u"name"_s));

    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(u"domainIdEdit"_s);
    m_idEdit->setText(m_original.id);
    m_idEdit->setPlaceholderText(tr("lower-case identifier, e.g. marketing-analytics"));
    // Product ids start with the domain id, so it cannot change once products refer to it.
    m_idEdit->setReadOnly(!m_isNew);
    form->addRow(tr("&Id:"), withError(m_idEdit, u"id"_s));

    m_parentCombo = new QComboBox(this);
    m_parentCombo->setObjectName(u"parentCombo"_s);
    m_parentCombo->setModel(m_parents);
    const int parentRow = m_parents->rowOf(m_original.parentId);
    m_parentCombo->setCurrentIndex(parentRow >= 0 ? parentRow : 0);
    form->addRow(tr("&Parent domain:"), withError(m_parentCombo, u"parent"_s));

    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(u"domainDescriptionEdit"_s);
    m_descriptionEdit->setPlainText(m_original.description);
    m_descriptionEdit->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_descriptionEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_isNew ? tr("Create") : tr("Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_valid)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_isNew) {
        // Suggest the id from the name until the user types an id of their own.
        connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
            if (m_idEdit->isModified())
                return;
            m_idEdit->setText(Slug::suggest(name));
        });
    }
    connect(m_nameEdit, &QLineEdit::textChanged, this, &DomainDialog::validate);
    connect(m_idEdit, &QLineEdit::textChanged, this, &DomainDialog::validate);
    connect(m_parentCombo, &QComboBox::currentIndexChanged, this, &DomainDialog::validate);
    validate();
    m_nameEdit->setFocus();
}

DomainDialog::~DomainDialog()
{
    // Child models are destroyed before the views that show them, and a view may still
    // signal while it loses its model: nothing may reach this half-destroyed object.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

QWidget *DomainDialog::withError(QWidget *editor, const QString &key)
{
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(container);
    layout->addWidget(editor);
    auto *error = new QLabel(container);
    error->setObjectName(key + u"Error"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #b01c1c;"_s);
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(key, error);
    return container;
}

bool DomainDialog::isNew() const
{
    return m_isNew;
}

Domain DomainDialog::domain() const
{
    Domain domain = m_original;
    domain.id = m_isNew ? m_idEdit->text().trimmed() : m_original.id;
    domain.name = m_nameEdit->text().trimmed();
    domain.parentId = m_parents->domainId(m_parentCombo->currentIndex());
    domain.description = m_descriptionEdit->toPlainText();
    return domain;
}

bool DomainDialog::isValid() const
{
    return m_valid;
}

void DomainDialog::validate()
{
    const Domain candidate = domain();
    QList<ProductValidator::Problem> problems = ProductValidator::validate(candidate);
    if (m_isNew && ProductValidator::isSlug(candidate.id) && m_session->catalog()) {
        const Result<std::optional<Domain>> existing = m_session->catalog()->domain(candidate.id);
        if (existing && existing->has_value())
            problems.append(
                {u"id"_s, tr("A domain with the id \"%1\" already exists.").arg(candidate.id)});
    }
    QHash<QString, QStringList> messages;
    for (const ProductValidator::Problem &problem : std::as_const(problems))
        messages[m_errorLabels.contains(problem.field) ? problem.field : u"name"_s].append(
            problem.message);
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QStringList text = messages.value(it.key());
        it.value()->setText(text.join(u'\n'));
        it.value()->setVisible(!text.isEmpty());
    }
    m_valid = problems.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace Tessera::Gui
