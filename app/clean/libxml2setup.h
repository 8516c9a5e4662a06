#pragma once

// Internal to clean/: not for other layers.

namespace Attache::CleanDetail {

// Call before creating any libxml2 parser. libxml2 2.9 (Debian 13 ships 2.9.14) creates the lock of
// its name dictionary on first use without a guard: two threads making their first parser at the
// same moment can both create it, and one of them later waits for ever on a lock nobody holds (the
// indexer's pool hung so, cleaning its first two pages at once). xmlInitParser() does that set-up
// under libxml2's own global lock; this runs it once, whichever thread comes first.
void setUpLibxml2();

} // namespace Attache::CleanDetail
