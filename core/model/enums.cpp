#include "model/enums.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

template<typename Enum, std::size_t N>
struct Vocabulary
{
    std::array<QLatin1StringView, N> names;

    QString name(Enum value) const { return QString(names.at(static_cast<std::size_t>(value))); }

    std::optional<Enum> parse(const QString &text) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (text.compare(names[i], Qt::CaseInsensitive) == 0)
                return static_cast<Enum>(i);
        }
        return std::nullopt;
    }

    QStringList all() const
    {
        QStringList list;
        for (const auto &n : names)
            list.append(QString(n));
        return list;
    }
};

constexpr Vocabulary<LifecycleStatus, 5> statusNames{
    {"draft"_L1, "proposed"_L1, "published"_L1, "deprecated"_L1, "retired"_L1}};
constexpr Vocabulary<Classification, 4> classificationNamesV{
    {"public"_L1, "internal"_L1, "confidential"_L1, "restricted"_L1}};
constexpr Vocabulary<PortType, 5> portTypeNamesV{
    {"table"_L1, "view"_L1, "topic"_L1, "api"_L1, "file"_L1}};
constexpr Vocabulary<Role, 3> roleNamesV{{"owner"_L1, "steward"_L1, "consumer"_L1}};

} // namespace

QString toString(LifecycleStatus status) { return statusNames.name(status); }
QString toString(Classification classification) { return classificationNamesV.name(classification); }
QString toString(PortType type) { return portTypeNamesV.name(type); }
QString toString(Role role) { return roleNamesV.name(role); }

std::optional<LifecycleStatus> lifecycleStatusFromString(const QString &text)
{
    return statusNames.parse(text);
}
std::optional<Classification> classificationFromString(const QString &text)
{
    return classificationNamesV.parse(text);
}
std::optional<PortType> portTypeFromString(const QString &text)
{
    return portTypeNamesV.parse(text);
}
std::optional<Role> roleFromString(const QString &text) { return roleNamesV.parse(text); }

QStringList lifecycleStatusNames() { return statusNames.all(); }
QStringList classificationNames() { return classificationNamesV.all(); }
QStringList portTypeNames() { return portTypeNamesV.all(); }
QStringList roleNames() { return roleNamesV.all(); }

QString displayName(LifecycleStatus status)
{
    switch (status) {
    case LifecycleStatus::Draft: return QCoreApplication::translate("Tessera", "Draft");
    case LifecycleStatus::Proposed: return QCoreApplication::translate("Tessera", "Proposed");
    case LifecycleStatus::Published: return QCoreApplication::translate("Tessera", "Published");
    case LifecycleStatus::Deprecated: return QCoreApplication::translate("Tessera", "Deprecated");
    case LifecycleStatus::Retired: return QCoreApplication::translate("Tessera", "Retired");
    }
    return {};
}

QString displayName(Classification classification)
{
    switch (classification) {
    case Classification::Public: return QCoreApplication::translate("Tessera", "Public");
    case Classification::Internal: return QCoreApplication::translate("Tessera", "Internal");
    case Classification::Confidential:
        return QCoreApplication::translate("Tessera", "Confidential");
    case Classification::Restricted: return QCoreApplication::translate("Tessera", "Restricted");
    }
    return {};
}

QString displayName(PortType type)
{
    switch (type) {
    case PortType::Table: return QCoreApplication::translate("Tessera", "Table");
    case PortType::View: return QCoreApplication::translate("Tessera", "View");
    case PortType::Topic: return QCoreApplication::translate("Tessera", "Topic");
    case PortType::Api: return QCoreApplication::translate("Tessera", "API");
    case PortType::File: return QCoreApplication::translate("Tessera", "File");
    }
    return {};
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Owner: return QCoreApplication::translate("Tessera", "Owner");
    case Role::Steward: return QCoreApplication::translate("Tessera", "Steward");
    case Role::Consumer: return QCoreApplication::translate("Tessera", "Consumer");
    }
    return {};
}

} // namespace Tessera
