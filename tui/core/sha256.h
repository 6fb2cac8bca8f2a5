/* SHA-256, for the checksum of results bundles, stable pseudonyms and certificate codes: nettle's
 * (which uses the processor's SHA instructions where it has them), with the calls its users make.
 *   Sha256 h; sha256_init(&h); sha256_add(&h, data, len); ...; sha256_hex(&h, hex);
 */
#ifndef RASTRO_SHA256_H
#define RASTRO_SHA256_H

#include <stddef.h>

#include <nettle/sha2.h>

typedef struct sha256_ctx Sha256;

/* sha256_init(Sha256 *h) is nettle's. Feeds len bytes at data to h. */
static inline void sha256_add(Sha256 *h, const void *data, size_t len)
{
    sha256_update(h, len, data);
}

/* Finishes h and writes the digest as 64 lower-case hex digits and a NUL; h starts over. */
void sha256_hex(Sha256 *h, char out[65]);

#endif
