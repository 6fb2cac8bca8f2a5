/* SHA-256 (FIPS 180-4), for the checksum of results bundles, stable pseudonyms and certificate
 * codes. It uses the processor's SHA instructions where the C library says they can be used
 * (and SSSE3 and SSE4.1 with them), else portable C; both give the same digests.
 *   Sha256 h; sha256_init(&h); sha256_add(&h, data, len); ...; sha256_hex(&h, hex);
 * Nothing is asked of the processor when rastro starts: the choice is made at the first hash,
 * from what the C library found out anyway. */
#ifndef RASTRO_SHA256_H
#define RASTRO_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t state[8];
    uint64_t length;         /* bytes fed so far */
    unsigned char block[64]; /* the last block's bytes not yet hashed */
    size_t used;
} Sha256;

void sha256_init(Sha256 *h);
/* Feeds len bytes at data to h. */
void sha256_add(Sha256 *h, const void *data, size_t len);
/* Finishes h and writes the digest as 64 lower-case hex digits and a NUL; h starts over. */
void sha256_hex(Sha256 *h, char out[65]);

#endif
