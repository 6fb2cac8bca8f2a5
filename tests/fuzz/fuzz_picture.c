/* libFuzzer harness for tui/core/picture.c: any input is decoded or refused, never a crash, a
 * leak or a read out of bounds; a decoded picture is within the limits. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "../../tui/core/picture.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Picture p;
    char err[256];
    if (picture_load_memory(data, size, &p, err, sizeof err)) {
        if (!p.rgba || p.width == 0 || p.height == 0 || p.width > PICTURE_MAX_SIDE ||
            p.height > PICTURE_MAX_SIDE || (uint64_t)p.width * p.height > PICTURE_MAX_PIXELS)
            abort();
        /* Touch the last byte so that a buffer shorter than promised is caught. */
        volatile unsigned char last = p.rgba[(size_t)p.width * p.height * 4 - 1];
        (void)last;
    } else if (p.rgba || !err[0]) {
        abort();
    }
    picture_done(&p);
    return 0;
}
