#include "views/overviewpage.h"

#include "models/custompropertymodel.h"
#include "models/outputportmodel.h"
#include "models/slomodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

QLabel *makeText(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

QString statusColour(LifecycleStatus status)
{
    switch (status) {
    case LifecycleStatus::Draft:
        return u"#6b7280"_s;
    case LifecycleStatus::Proposed:
        return u"#1d4ed8"_s;
    case LifecycleStatus::Published:
        return u"#15803d"_s;
    case LifecycleStatus::Deprecated:
        return u"#b45309"_s;
    case LifecycleStatus::Retired:
        return u"#991b1b"_s;
    }
    return {};
}

QString classificationColour(Classification classification)
{
    switch (classification) {
    case Classification::Public:
        return u"#15803d"_s;
    case Classification::Internal:
        return u"#1d4ed8"_s;
    case Classification::Confidential:
        return u"#b45309"_s;
    case Classification::Restricted:
        return u"#991b1b"_s;
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
{
    // Long descriptions and many ports must scroll rather than squeeze the other tabs.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);

    auto *content = new QWidget(m_scroll);
    m_scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(10);

    m_title = makeText(content, u"overviewTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_subtitle = makeText(content, u"overviewId"_s);
    layout->addWidget(m_subtitle);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns);

    auto *facts = new QGroupBox(tr("Facts"), content);
    auto *factsForm = new QFormLayout(facts);
    factsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_status = addRow(factsForm, tr("Status:"), u"overviewStatus"_s);
    m_classification = addRow(factsForm, tr("Classification:"), u"overviewClassification"_s);
    m_version = addRow(factsForm, tr("Version:"), u"overviewVersion"_s);
    m_domain = addRow(factsForm, tr("Domain:"), u"overviewDomain"_s);
    m_owner = addRow(factsForm, tr("Owner team:"), u"overviewOwner"_s);
    m_tags = addRow(factsForm, tr("Tags:"), u"overviewTags"_s);
    m_support = addRow(factsForm, tr("Support:"), u"overviewSupport"_s);
    m_support->setOpenExternalLinks(true);
    m_updated = addRow(factsForm, tr("Updated:"), u"overviewUpdated"_s);
    columns->addWidget(facts, 1);

    auto *description = new QGroupBox(tr("Description"), content);
    auto *descriptionForm = new QFormLayout(description);
    descriptionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_purpose = addRow(descriptionForm, tr("Purpose:"), u"overviewPurpose"_s);
    m_limitations = addRow(descriptionForm, tr("Limitations:"), u"overviewLimitations"_s);
    m_usage = addRow(descriptionForm, tr("Usage:"), u"overviewUsage"_s);
    m_properties = addRow(descriptionForm, tr("Properties:"), u"overviewProperties"_s);
    columns->addWidget(description, 2);

    auto *levels = new QGroupBox(tr("Service levels"), content);
    auto *levelsLayout = new QVBoxLayout(levels);
    m_noSlos = makeText(levels, u"overviewNoSlos"_s);
    m_noSlos->setText(u"<i>%1</i>"_s.arg(tr("No service-level objectives.")));
    levelsLayout->addWidget(m_noSlos);
    m_slos = new SloModel(this);
    m_sloView = new QTableView(levels);
    m_sloView->setObjectName(u"overviewSlos"_s);
    m_sloView->setModel(m_slos);
    // Compact: what is promised on which element and why; the description is the tool tip.
    for (int column : {SloModel::ValueColumn, SloModel::UnitColumn, SloModel::DescriptionColumn,
                       SloModel::IdColumn}) {
        m_sloView->hideColumn(column);
    }
    m_sloView->verticalHeader()->hide();
    m_sloView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sloView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sloView->horizontalHeader()->setStretchLastSection(true);
    m_sloView->setWordWrap(false);
    levelsLayout->addWidget(m_sloView);
    layout->addWidget(levels);

    auto *ports = new QGroupBox(tr("Output ports"), content);
    auto *portsLayout = new QVBoxLayout(ports);
    m_ports = new OutputPortModel(this);
    m_portView = new QTableView(ports);
    m_portView->setObjectName(u"overviewPorts"_s);
    m_portView->setModel(m_ports);
    m_portView->verticalHeader()->hide();
    m_portView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_portView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_portView->horizontalHeader()->setStretchLastSection(true);
    m_portView->setWordWrap(false);
    portsLayout->addWidget(m_portView);
    layout->addWidget(ports);

    auto *inputs = new QGroupBox(tr("Inputs"), content);
    auto *inputsLayout = new QVBoxLayout(inputs);
    m_inputs = makeText(inputs, u"overviewInputs"_s);
    connect(m_inputs, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == "tessera"_L1 && url.host() == "product"_L1)
            emit productActivated(url.path().mid(1));
    });
    inputsLayout->addWidget(m_inputs);
    layout->addWidget(inputs);
    layout->addStretch(1);
}

OverviewPage::~OverviewPage() = default;

QLabel *OverviewPage::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    QLabel *value = makeText(form->parentWidget(), objectName);
    form->addRow(label, value);
    return value;
}

QString OverviewPage::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void OverviewPage::fitHeight(QTableView *view)
{
    const int rows = view->model()->rowCount();
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += view->rowHeight(row);
    view->setFixedHeight(std::max(height, view->horizontalHeader()->height() * 2));
}

void OverviewPage::setProduct(const DataProduct &product, const QString &domainName,
                              const QString &teamName, const QSet<QString> &missingInputs)
{
    const QString none = u"<i>%1</i>"_s.arg(tr("not set"));
    m_title->setText(product.title.isEmpty() ? product.id : product.title);
    m_subtitle->setText(product.id);

    QString status = u"<b style=\"color:%1\">%2</b>"_s.arg(statusColour(product.status),
                                                           escaped(displayName(product.status)));
    if (product.sunsetDate.isValid()) {
        status = tr("%1, sunset on %2")
                     .arg(status, QLocale().toString(product.sunsetDate, QLocale::LongFormat));
    }
    m_status->setText(status);
    m_classification->setText(
        u"<b style=\"color:%1\">%2</b>"_s.arg(classificationColour(product.classification),
                                              escaped(displayName(product.classification))));
    m_version->setText(product.version);
    m_domain->setText(domainName.isEmpty() ? product.domainId
                                           : tr("%1 (%2)").arg(domainName, product.domainId));
    if (product.ownerTeamId.isEmpty())
        m_owner->setText(none);
    else
        m_owner->setText(teamName.isEmpty() ? product.ownerTeamId : teamName);
    m_tags->setText(product.tags.isEmpty() ? none : product.tags.join(u", "_s).toHtmlEscaped());

    QStringList channels;
    for (const SupportChannel &channel : product.supportChannels) {
        const QUrl url(channel.url);
        // A mail link reads better as the bare address.
        const QString shown = url.scheme() == "mailto"_L1 ? url.path() : channel.url;
        const QString target = url.isValid() && !url.scheme().isEmpty()
            ? u"<a href=\"%1\">%2</a>"_s.arg(escaped(channel.url), escaped(shown))
            : escaped(channel.url);
        channels.append(u"%1: %2"_s.arg(escaped(channel.channel), target));
    }
    m_support->setText(channels.isEmpty() ? none : channels.join(u"<br>"_s));

    const QLocale locale;
    m_updated->setText(
        product.updatedAt.isValid()
            ? tr("%1 (created %2)")
                  .arg(locale.toString(product.updatedAt.toLocalTime(), QLocale::ShortFormat),
                       locale.toString(product.createdAt.toLocalTime(), QLocale::ShortFormat))
            : none);

    auto paragraph = [&none](const QString &text) {
        return text.trimmed().isEmpty() ? none : escaped(text).replace(u'\n', u"<br>"_s);
    };
    m_purpose->setText(paragraph(product.purpose));
    m_limitations->setText(paragraph(product.limitations));
    m_usage->setText(paragraph(product.usage));

    QStringList properties;
    for (auto it = product.customProperties.cbegin(); it != product.customProperties.cend(); ++it) {
        // Custom properties are any JSON values; show scalars as they are and the rest as JSON.
        const QString text = CustomPropertyModel::displayText(it.value());
        properties.append(u"<b>%1</b>: %2"_s.arg(escaped(it.key()), escaped(text)));
    }
    m_properties->setText(properties.isEmpty() ? none : properties.join(u"<br>"_s));

    m_ports->setPorts(product.outputPorts);
    m_portView->resizeColumnsToContents();
    fitHeight(m_portView);

    m_slos->setObjectives(product.slos);
    m_noSlos->setVisible(product.slos.isEmpty());
    m_sloView->setVisible(!product.slos.isEmpty());
    m_sloView->resizeColumnsToContents();
    fitHeight(m_sloView);

    QStringList inputs;
    for (const InputPort &input : product.inputPorts) {
        if (missingInputs.contains(input.productId)) {
            inputs.append(
                tr("<span style=\"color:#b01c1c\">%1 › %2 (missing from the catalog)</span>")
                    .arg(escaped(input.productId), escaped(input.portName)));
        } else {
            inputs.append(u"<a href=\"tessera://product/%1\">%2</a> › %3"_s.arg(
                escaped(input.productId), escaped(input.productId), escaped(input.portName)));
        }
    }
    m_inputs->setText(inputs.isEmpty() ? tr("<i>This product reads no other product.</i>")
                                       : inputs.join(u"<br>"_s));
    // Another product starts at its title, not where the previous one was scrolled to.
    m_scroll->verticalScrollBar()->setValue(0);
}

void OverviewPage::clear()
{
    setProduct(DataProduct {}, {}, {}, {});
}

} // namespace Tessera::Gui
