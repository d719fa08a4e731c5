#include "models/conformancematrixmodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

qint64 pairKey(int row, int policy)
{
    return (qint64(row) << 32) | qint64(quint32(policy));
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text : text.left(end);
}

} // namespace

ConformanceMatrixModel::ConformanceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ConformanceMatrixModel::~ConformanceMatrixModel() = default;

void ConformanceMatrixModel::setReport(const CheckReport &report)
{
    beginResetModel();
    m_report = report;
    m_hasReport = true;
    m_findingAt.clear();
    for (qsizetype i = 0; i < m_report.findings.size(); ++i) {
        const CheckReport::Finding &finding = m_report.findings.at(i);
        m_findingAt.insert(pairKey(finding.product, finding.policy), i);
    }
    endResetModel();
}

void ConformanceMatrixModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    m_findingAt.clear();
    endResetModel();
}

void ConformanceMatrixModel::setDomainNames(const QHash<QString, QString> &names)
{
    m_domainNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, DomainColumn), index(rowCount() - 1, DomainColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int ConformanceMatrixModel::policyIndex(int column) const
{
    const int policy = column - FirstPolicyColumn;
    return policy >= 0 && policy < m_report.policies.size() ? policy : -1;
}

int ConformanceMatrixModel::columnOfPolicy(const QString &policyId) const
{
    const int policy = m_report.policyIndex(policyId);
    return policy < 0 ? -1 : FirstPolicyColumn + policy;
}

int ConformanceMatrixModel::rowOfProduct(const QString &productId) const
{
    return m_report.productIndex(productId);
}

QString ConformanceMatrixModel::symbol(PolicyOutcome outcome)
{
    switch (outcome) {
    case PolicyOutcome::Pass: return u"✓"_s;
    case PolicyOutcome::Fail: return u"✗"_s;
    case PolicyOutcome::NotApplicable: return u"–"_s;
    case PolicyOutcome::Exempt: return u"E"_s;
    case PolicyOutcome::Error: return u"!"_s;
    }
    return {};
}

QString ConformanceMatrixModel::outcomeText(PolicyOutcome outcome)
{
    switch (outcome) {
    case PolicyOutcome::Pass: return tr("Pass");
    case PolicyOutcome::Fail: return tr("Fail");
    case PolicyOutcome::NotApplicable: return tr("Not applicable");
    case PolicyOutcome::Exempt: return tr("Exempt");
    case PolicyOutcome::Error: return tr("Error");
    }
    return {};
}

QString ConformanceMatrixModel::severityText(Policy::Severity severity)
{
    switch (severity) {
    case Policy::Severity::Error: return tr("error");
    case Policy::Severity::Warning: return tr("warning");
    case Policy::Severity::Info: return tr("info");
    }
    return {};
}

// Soft backgrounds with dark text (both set, so they read on any palette), like the diff.
QColor ConformanceMatrixModel::foreground(PolicyOutcome outcome, Policy::Severity severity)
{
    switch (outcome) {
    case PolicyOutcome::Pass: return QColor(0x11, 0x5c, 0x2b);
    case PolicyOutcome::Fail:
        switch (severity) {
        case Policy::Severity::Error: return QColor(0x8c, 0x16, 0x16);
        case Policy::Severity::Warning: return QColor(0x8a, 0x48, 0x00);
        case Policy::Severity::Info: return QColor(0x4a, 0x4a, 0x4a);
        }
        break;
    case PolicyOutcome::NotApplicable: return QColor(0x8a, 0x8a, 0x8a);
    case PolicyOutcome::Exempt: return QColor(0x1a, 0x4f, 0x8f);
    case PolicyOutcome::Error: return QColor(0xff, 0xff, 0xff);
    }
    return {};
}

QColor ConformanceMatrixModel::background(PolicyOutcome outcome, Policy::Severity severity)
{
    switch (outcome) {
    case PolicyOutcome::Pass: return QColor(0xdf, 0xf5, 0xe3);
    case PolicyOutcome::Fail:
        switch (severity) {
        case Policy::Severity::Error: return QColor(0xfb, 0xd5, 0xd5);
        case Policy::Severity::Warning: return QColor(0xfd, 0xe6, 0xc4);
        case Policy::Severity::Info: return QColor(0xe6, 0xe6, 0xe6);
        }
        break;
    case PolicyOutcome::NotApplicable: return {}; // dim text on the view's own background
    case PolicyOutcome::Exempt: return QColor(0xdd, 0xea, 0xfa);
    // The one outcome nobody can act on without a fix to the policy: loud.
    case PolicyOutcome::Error: return QColor(0x8c, 0x16, 0x16);
    }
    return {};
}

QString ConformanceMatrixModel::scoreText(double score)
{
    return tr("%1 %").arg(QLocale().toString(score * 100.0, 'f', 0));
}

int ConformanceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.products.size());
}

int ConformanceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPolicyColumn + int(m_report.policies.size());
}

QString ConformanceMatrixModel::detailOf(int row, int policy) const
{
    const auto it = m_findingAt.constFind(pairKey(row, policy));
    return it == m_findingAt.cend() ? QString() : m_report.findings.at(*it).detail();
}

QVariant ConformanceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const CheckReport::ProductRow &product = m_report.products.at(row);
    const OutcomeCounts &counts = m_report.productCounts.at(std::size_t(row));
    switch (role) {
    case ProductIdRole: return product.id;
    case DomainIdRole: return product.domainId;
    case ScoreRole: return counts.score();
    default: break;
    }
    if (const int policy = policyIndex(index.column()); policy >= 0)
        return policyData(row, policy, role);

    switch (index.column()) {
    case ProductColumn:
        if (role == Qt::DisplayRole)
            return product.id;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(product.id, product.status);
        break;
    case DomainColumn:
        if (role == Qt::DisplayRole)
            return m_domainNames.value(product.domainId, product.domainId);
        if (role == Qt::ToolTipRole)
            return product.domainId;
        break;
    case ScoreColumn:
        if (role == Qt::DisplayRole)
            return scoreText(counts.score());
        if (role == Qt::ToolTipRole)
            return tr("%n of %1 applicable policies pass", nullptr, int(counts.passed))
                .arg(counts.applicable());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant ConformanceMatrixModel::policyData(int row, int policy, int role) const
{
    const CheckReport::PolicyColumn &column = m_report.policies.at(policy);
    const PolicyOutcome outcome = m_report.outcome(row, policy);
    switch (role) {
    case Qt::DisplayRole: return symbol(outcome);
    case Qt::TextAlignmentRole: return Qt::AlignCenter;
    case Qt::ForegroundRole: return foreground(outcome, column.severity);
    case Qt::BackgroundRole: {
        const QColor color = background(outcome, column.severity);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString detail = firstLine(detailOf(row, policy));
        const QString head = tr("%1 — %2").arg(outcomeText(outcome), column.title);
        return detail.isEmpty() ? head : tr("%1\n%2").arg(head, detail);
    }
    case PolicyIdRole: return column.id;
    case SeverityRole: return int(column.severity);
    case OutcomeRole: return int(outcome);
    case DetailRole: return detailOf(row, policy);
    default: return {};
    }
}

QVariant ConformanceMatrixModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation == Qt::Vertical) {
        // Views show the product here so that it stays in sight when scrolling sideways.
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole || role == ProductIdRole)
            return m_report.products.at(section).id;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (const int policy = policyIndex(section); policy >= 0) {
        const CheckReport::PolicyColumn &column = m_report.policies.at(policy);
        switch (role) {
        case Qt::DisplayRole: return column.title.isEmpty() ? column.id : column.title;
        case Qt::ToolTipRole: {
            QString tip = tr("%1 · %2").arg(column.id, severityText(column.severity));
            if (!column.title.isEmpty())
                tip = tr("%1\n%2").arg(column.title, tip);
            if (!column.message.isEmpty())
                tip = tr("%1\n%2").arg(tip, column.message);
            if (!column.compileError.isEmpty())
                tip = tr("%1\nDoes not compile: %2").arg(tip, column.compileError);
            return tip;
        }
        case PolicyIdRole: return column.id;
        case SeverityRole: return int(column.severity);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn: return tr("Product");
    case DomainColumn: return tr("Domain");
    case ScoreColumn: return tr("Score");
    default: return {};
    }
}

} // namespace Tessera::Gui
