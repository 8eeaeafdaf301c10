// Why the #undef: Debian's libxml2 is built with ICU, so encoding.h would include the
// system's <unicode/ucnv.h>, whose UErrorCode clashes with the ICU inside Foundation
// in any Swift module that imports both. We never touch the ICU converter fields, so
// leaving them out of the declarations is safe.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
