#include "policy/celexplanation.h"

namespace Tessera {

QString CelExplanation::render(const QString &source) const
{
    // FIXME(engine): power-assert layout.
    QString text = source;
    for (const Step &step : steps)
        text += u'\n' + step.text + QStringLiteral(" = ") + step.value.debugString();
    return text;
}

} // namespace Tessera
