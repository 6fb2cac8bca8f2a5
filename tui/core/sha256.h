/* SHA-256, for the checksum of results bundles and stable pseudonyms. */
#ifndef RASTRO_SHA256_H
#define RASTRO_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t state[8];
    uint64_t bytes;
    unsigned char buf[64];
    size_t used;
} Sha256;

void sha256_init(Sha256 *h);
void sha256_update(Sha256 *h, const void *data, size_t len);
/* Finishes and writes the digest as 64 lower-case hex digits and a NUL; h is spent. */
void sha256_hex(Sha256 *h, char out[65]);

#endif
