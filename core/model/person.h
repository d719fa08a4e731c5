#pragma once

#include <QString>

namespace Tessera {

struct Person
{
    QString id;
    QString name;
    QString email;
    QString teamId;

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace Tessera
