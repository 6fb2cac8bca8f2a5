/* The SHA-256 digest in hex (the hashing itself is nettle's). */
#include "sha256.h"

#include <stdint.h>

#include <nettle/base16.h>

void sha256_hex(Sha256 *h, char out[65])
{
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(h, sizeof digest, digest);
    base16_encode_update(out, sizeof digest, digest);
    out[BASE16_ENCODE_LENGTH(SHA256_DIGEST_SIZE)] = '\0';
}
