/* Certificates of completion: what a trainee passed, printed as plain text or as a one-page PDF.
 * The caller gathers the facts (the certificate command); this file lays them out and computes
 * the verification code. */
#ifndef RASTRO_CERTIFICATE_H
#define RASTRO_CERTIFICATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "text.h"

typedef struct {
    char *title;     /* the module's title in the certificate's language (owned) */
    double pct;      /* best passing score, percent */
    char passed[11]; /* YYYY-MM-DD of that attempt */
} CertModule;

typedef struct {
    Lang lang;              /* language the certificate is printed in */
    char *trainee;          /* name (owned); untrusted text from the database */
    char *agency;           /* may be "" (owned) */
    char country[3];        /* ISO 3166-1 alpha-2 */
    char *workshop;         /* workshop name, "" when none (owned) */
    char *instructor;       /* "" when none (owned) */
    char starts[11], ends[11]; /* workshop dates YYYY-MM-DD, "" when none */
    char issued[11];        /* YYYY-MM-DD */
    char code[17];          /* verification code (hex) printed on the certificate */
    CertModule *modules;    /* the modules passed (owned), at least one */
    size_t n_modules;
} Certificate;

/* The verification code of a certificate for the trainee with uid listing n modules, in the
 * order listed, each passed on passed[i] (YYYY-MM-DD): the first 16 hex digits, upper case, of
 * SHA-256 over the uid and each module's id, a NUL and its date. Nothing secret goes in: the
 * code is recomputed from the records to tell a certificate issued from them from one made up
 * or altered. */
void certificate_code(const char *uid, const char *const *module_ids,
                      const char *const *passed, size_t n, char out[17]);

void certificate_done(Certificate *c);

/* Writes the certificate as plain UTF-8 text (control characters shown inert). */
bool certificate_write_text(FILE *f, const Certificate *c);

/* Writes the certificate to f as a one-page A4 PDF. False with the reason in err when it cannot
 * be written. */
bool certificate_write_pdf(FILE *f, const Certificate *c, char *err, size_t errlen);

#endif
