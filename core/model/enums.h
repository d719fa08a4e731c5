#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The closed vocabularies of the model, with their canonical (document) spelling.
namespace Tessera {

enum class LifecycleStatus { Draft, Proposed, Published, Deprecated, Retired };
enum class Classification { Public, Internal, Confidential, Restricted };
enum class PortType { Table, View, Topic, Api, File };
enum class Role { Owner, Steward, Consumer };

QString toString(LifecycleStatus status);
QString toString(Classification classification);
QString toString(PortType type);
QString toString(Role role);

std::optional<LifecycleStatus> lifecycleStatusFromString(const QString &text);
std::optional<Classification> classificationFromString(const QString &text);
std::optional<PortType> portTypeFromString(const QString &text);
std::optional<Role> roleFromString(const QString &text);

// All canonical spellings, in declaration order (for validation messages and combo boxes).
QStringList lifecycleStatusNames();
QStringList classificationNames();
QStringList portTypeNames();
QStringList roleNames();

// Translated labels for display.
QString displayName(LifecycleStatus status);
QString displayName(Classification classification);
QString displayName(PortType type);
QString displayName(Role role);

} // namespace Tessera
