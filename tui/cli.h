/* Subcommands that run without a terminal: lint, new, trainee, export, import and
 * report. */
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

#endif
