#include "clean/libxml2setup.h"

#include <libxml/parser.h>

namespace Attache::CleanDetail {

void setUpLibxml2()
{
    // A function-local static is initialised once; other threads wait until it is.
    [[maybe_unused]] static const bool isSetUp = [] {
        xmlInitParser();
        return true;
    }();
}

} // namespace Attache::CleanDetail
