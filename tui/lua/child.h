/* Running module code in other processes: a child per task, or a worker child that serves one
 * request after another. Either way a module that hangs inside C, crashes the interpreter or
 * eats memory costs a child, never rastro itself. Lua-host layer. */
#ifndef RASTRO_CHILD_H
#define RASTRO_CHILD_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/catalog.h"

/* Wall-clock and processor limit on one task or request, in seconds. */
#define CHILD_SECONDS 3
/* Memory limit of a child process. */
#define CHILD_DATA_BYTES (1024ul << 20)
/* Largest answer accepted from a child. */
#define CHILD_MAX_ANSWER (32u << 20)

/* Work done in a child: writes its answer to out. */
typedef void (*ChildWork)(void *ctx, StrBuf *out);

/* Runs work in a new child and collects its answer in in. True when the child answered in full;
 * otherwise reports why against path ("what took longer than ...": what names the task, e.g.
 * "loading"). *ran is false when no child could be made (nothing is reported then). */
bool child_run(const char *path, const char *what, ChildWork work, void *ctx, StrBuf *in,
               Problems *probs, bool *ran);

/* Serves one request in a worker: writes the answer to out. */
typedef void (*WorkerServe)(const char *req, size_t len, StrBuf *out);

typedef struct Worker Worker;

/* A worker that runs serve for each request; the process starts at the first request. */
Worker *worker_new(WorkerServe serve);
/* Sends a request, starting the process if needed. False when no process could be made. Then
 * worker_receive collects the answer: one request at a time per worker, so several workers can
 * serve at once. The worker's processor limit counts from the request. */
bool worker_send(Worker *w, const char *req, size_t len);
/* Collects the answer to the request sent (into answer), waiting at most CHILD_SECONDS from
 * now. False when it cannot (a limit, a crash): the failure is reported against path, and a new
 * process serves the next request. */
bool worker_receive(Worker *w, const char *path, const char *what, StrBuf *answer,
                    Problems *probs);
/* Ends the worker process and frees w (NULL is fine). */
void worker_free(Worker *w);

#endif
