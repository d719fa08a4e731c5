#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Tessera {

// A field-level difference between two JSON documents.
struct DocumentChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString path;    // readable path; array items named by their "name"/"id" when they have one
    QString before;  // compact JSON of the old value (empty when added)
    QString after;   // compact JSON of the new value (empty when removed)

    friend bool operator==(const DocumentChange &, const DocumentChange &) = default;
};

class DocumentDiff
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::DocumentDiff)

public:
    // Changes from `before` to `after`, in document order. Invalid JSON on either side
    // compares as a single change of the whole document.
    static QList<DocumentChange> compare(const QString &before, const QString &after);
};

} // namespace Tessera
