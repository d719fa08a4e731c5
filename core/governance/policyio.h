#pragma once

#include "model/policy.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace Tessera {

// Reads and writes policy documents (docs/policy.schema.json): one policy, or a bundle of
// them, as YAML or JSON. Reading validates the shape fully (not the CEL, see
// PolicyValidator) and names the place of a problem: file:line:column for YAML and JSON
// syntax, file:line:column and the JSON pointer for invalid YAML content, file and JSON
// pointer for invalid JSON content. Stateless and thread-safe.
class PolicyIo
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PolicyIo)

public:
    enum class Format { Json, Yaml };

    // Where a policy read from a file is defined, for reports that point at its source: the
    // file as it was named, and the line and column of its rule (YAML; in JSON, the file's
    // first line).
    struct Location
    {
        QString file;
        int line = 1;
        int column = 1;
    };
    using Locations = QHash<QString, Location>; // by policy id

    // A policy object, a bundle {"policies": [...]}, an array of policies, or (YAML) a stream
    // of documents each of which is any of those. `locations`, when given, receives where each
    // policy is, `sourceName` being the file.
    static Result<QList<Policy>> parse(const QByteArray &bytes, const QString &sourceName,
                                       Format format, Locations *locations = nullptr);
    // The format follows the suffix: .json is JSON, anything else YAML.
    static Result<QList<Policy>> readFile(const QString &path, Locations *locations = nullptr);
    // Every *.yaml, *.yml and *.json file directly in the folder, in file name order. Refuses
    // an id defined twice.
    static Result<QList<Policy>> readDirectory(const QString &path, Locations *locations = nullptr);

    // One policy as a single document, several as a bundle (YAML: one document each).
    static QByteArray serialize(const QList<Policy> &policies, Format format);
    // Writes atomically.
    static Result<void> writeFile(const QString &path, const QList<Policy> &policies,
                                  Format format);

    // The canonical JSON document of one policy (every key written, in schema order).
    static QByteArray toJson(const Policy &policy, bool indented = false);
    static Result<Policy> fromJson(const QByteArray &bytes, const QString &sourceName);

    // For readers of larger documents (the catalog file): reads one policy object. On error
    // the message is the bare reason and `errorPointer` receives the JSON pointer of the
    // offending value relative to `value`.
    static Result<Policy> fromJsonValue(const nlohmann::json &value, std::string *errorPointer);
    static nlohmann::ordered_json toJsonValue(const Policy &policy);
};

} // namespace Tessera
