/* Subcommands: lint, new, trainee, workshop, export, import, report and certificate run
 * without a terminal; instructor opens its own screen. */
#ifndef RASTRO_CLI_H
#define RASTRO_CLI_H

#include "app.h"

/* Each returns the process exit status: 0 success, 1 problems found or failure, 2 usage. */
int cli_lint(App *app, int argc, char **argv);
int cli_trainee(App *app, int argc, char **argv);
int cli_new(App *app, int argc, char **argv);
int cli_export(App *app, int argc, char **argv);
int cli_import(App *app, int argc, char **argv);
int cli_report(App *app, int argc, char **argv);
int cli_workshop(App *app, int argc, char **argv);
int cli_certificate(App *app, int argc, char **argv);
/* `rastro picture FILE [--size COLSxROWS] [--mode M]`: a PNG converted for the terminal. */
int cli_picture(App *app, int argc, char **argv);
/* `rastro instructor [--workshop W]`: the live view of a workshop, in the terminal. */
int cli_instructor(App *app, int argc, char **argv);

/* Finds the workshop called name (or with that uid) for subcommand cmd; prints why not and
 * returns false. Free w with workshop_done. */
bool cli_find_workshop(App *app, const char *cmd, const char *name, Workshop *w);

#endif
