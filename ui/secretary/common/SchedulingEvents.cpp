#include "secretary/common/SchedulingEvents.h"

namespace forlop {

SchedulingEvents& SchedulingEvents::instance()
{
    static SchedulingEvents events;
    return events;
}

} // namespace forlop
