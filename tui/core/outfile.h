/* Where a command writes what it makes (a report, a certificate, a bundle, a new module): a file
 * written beside its place and renamed into it only when complete, a device or pipe opened and
 * written in place, or standard output. Every -o of rastro goes through here, so that each one
 * refuses the same things: the database in use or any other SQLite database, a directory, a
 * disk, a terminal for binary output, and an existing file unless replacing it was asked for. */
#ifndef RASTRO_OUTFILE_H
#define RASTRO_OUTFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct {
    bool force;           /* an existing regular file may be replaced (--force) */
    bool binary;          /* PDF, bundle: refused when it would go to a terminal */
    bool stdout_ok;       /* "-" means standard output */
    bool need_path;       /* the writer needs a file name, not a stream (SQLite) */
    const char *database; /* the database in use (may be NULL): never written over */
    const char *force_hint; /* how to ask for replacing, e.g. "--force" (NULL: not possible) */
    /* An SQLite file that may be replaced all the same (with force): a previous export. */
    bool (*replaceable)(const char *path);
} OutPolicy;

typedef enum {
    OUTFILE_NEW,     /* a file that did not exist: appears complete or not at all */
    OUTFILE_REPLACE, /* an existing regular file, replaced whole when complete */
    OUTFILE_STREAM,  /* a character device or a named pipe, written in place */
    OUTFILE_STDOUT,  /* standard output */
} OutKind;

typedef struct {
    OutKind kind;
    FILE *f;      /* where to write; NULL with need_path, which writes work instead */
    char *name;   /* as given, for messages (owned) */
    char *target; /* the file given, or the one a symbolic link points to (owned) */
    char *work;   /* the file written first: beside target, or a scratch file (owned, or NULL) */
    int fd;       /* STREAM and STDOUT with need_path: where work is copied at commit; else -1 */
} OutFile;

/* Checks name against p and opens it for writing. False with a message in err saying what was
 * refused or why it cannot be written ("cannot write NAME: reason"); nothing exists then to
 * commit or abort. */
bool outfile_open(OutFile *o, const char *name, const OutPolicy *p, char *err, size_t errlen);

/* The file name a need_path writer fills (created empty). */
const char *outfile_work_path(const OutFile *o);

/* Finishes the output: everything written is flushed and synced, then the work file takes its
 * place (a file given that appeared meanwhile is not replaced unless forced) or is copied into
 * the stream. False with "cannot write NAME: reason" in err (the first write error seen, e.g. "No
 * space left on device"); a new or replaced file is then left as it was before. Frees o either
 * way. */
bool outfile_commit(OutFile *o, char *err, size_t errlen);

/* Gives the output up: a work file is removed and the file given left as it was. Frees o. */
void outfile_abort(OutFile *o);

/* An outfile_commit of standard output has failed and put why in its err, for its command to
 * tell: the check of standard output at exit then says nothing more. */
bool outfile_stdout_failed(void);


#endif
