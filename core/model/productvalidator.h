#pragma once

#include "model/dataproduct.h"
#include "model/domain.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Tessera {

// Checks the rules every stored product must satisfy (not governance policies, which
// are the federation's choice). Used by the forms, by saveProduct and by import.
class ProductValidator
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ProductValidator)

public:
    struct Problem
    {
        QString field;   // document path, e.g. "version" or "outputPorts/0/name"
        QString message; // translated
        friend bool operator==(const Problem &, const Problem &) = default;
    };

    static QList<Problem> validate(const DataProduct &product);
    static QList<Problem> validate(const Domain &domain);

    static bool isSlug(const QString &text);
    static bool isSemanticVersion(const QString &text);
};

} // namespace Tessera
