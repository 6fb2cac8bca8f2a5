/* rastro's helper programs: the PDF renderer (rastro-pdf: cairo and pango) and the picture
 * converter (rastro-chafa: libchafa and glib) run as processes of their own, started the first
 * time they are needed and kept for the rest of the run. rastro itself is then one static
 * program that loads no library at its start, and a crash in one of those libraries costs the
 * helper, not the shell. They talk in frames (wire.h) over a socket that is the helper's standard
 * input and output; its standard error goes nowhere, so that it can never write over the
 * screen. One thread at a time may use a helper. */
#ifndef RASTRO_HELPER_H
#define RASTRO_HELPER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "text.h"

typedef struct {
    const char *file;    /* "rastro-pdf" */
    const char *env_var; /* "RASTRO_PDF_HELPER": a path that replaces the search */
    const char *what;    /* "PDF renderer", for messages */
    pid_t pid;           /* 0 while not running */
    int fd;              /* rastro's end of the socket */
    pid_t parent;        /* the process that started it: only that one stops it at exit */
} Helper;

#define HELPER_INIT(file, env_var, what) {(file), (env_var), (what), 0, -1, 0}

/* Sends a request frame of kind with payload to h, starting h first if it is not running: from
 * $env_var when set, else beside the program, else from ../lib/rastro/ relative to it (an
 * installed rastro). A helper that has ended since its last request is started again once.
 * False with why ("the PDF renderer (rastro-pdf) cannot be started: ...") otherwise. */
bool helper_request(Helper *h, char kind, const StrBuf *payload, char *why, size_t len);

/* The next frame of h's answer into payload: its kind, or 0 with why when h has ended or broken
 * the protocol (h is stopped then, and started again by the next request). */
char helper_answer(Helper *h, StrBuf *payload, char *why, size_t len);

/* The directory of the running program (from /proc/self/exe), "." when it cannot be read: where
 * the helpers, and rastro's bundled files, are looked for. Caller frees. */
char *program_dir(void);

/* Ends h and waits for it. A helper still running when rastro exits is ended so too (at exit),
 * so that none is left for another process to reap. */
void helper_stop(Helper *h);

#endif
