/* Subcommands: lint, new, trainee, workshop, export, import, report and certificate run
 * without a terminal; instructor opens its own screen. What they say is in the interface
 * language (tr); usage lines stay as typed. */
#ifndef RASTRO_CLI_H
#define RASTRO_CLI_H

#include "app.h"
#include "core/outfile.h"

/* Each returns the process exit status: 0 success, 1 problems found or failure, 2 usage. */
int cli_lint(App *app, int argc, char **argv);
int cli_trainee(App *app, int argc, char **argv);
int cli_new(App *app, int argc, char **argv);
int cli_export(App *app, int argc, char **argv);
int cli_import(App *app, int argc, char **argv);
int cli_report(App *app, int argc, char **argv);
int cli_workshop(App *app, int argc, char **argv);
int cli_certificate(App *app, int argc, char **argv);
/* `rastro picture FILE [--size COLSxROWS] [--mode M] [--grid COLSxROWS]`: a PNG converted for
 * the terminal, with a locate question's grid over it and each cell's region. */
int cli_picture(App *app, int argc, char **argv);
/* `rastro instructor [--workshop W]`: the live view of a workshop, in the terminal. */
int cli_instructor(App *app, int argc, char **argv);
/* `rastro assess list [--country CC]`: the country assessments on record, one a line with its
 * score and band (cli_assess.c). */
int cli_assess(App *app, int argc, char **argv);
/* `rastro assess [--country CC]` opens the shell on the country assessments: reads the options
 * into app (app->assess, app->assess_country) and returns -1 for the shell to start, else the
 * exit status of a mistake (said on standard error). */
int cli_assess_shell(App *app, int argc, char **argv);
/* `rastro new --instrument NAME`: writes an assessment instrument template, to
 * CONTENT/assessments/NAME.lua for a name alone, else to the path given. */
int cli_new_instrument(App *app, const char *name);

/* The options of `rastro report` (NULL or false when not given). */
typedef struct {
    const char *format, *workshop, *out, *country, *id, *paper, *lang;
    bool force, print;
} CliReportOptions;
/* `rastro report assessment|region ...`: a country's assessment summary, or every country's
 * latest final assessment side by side, as text, PDF, PNG, CSV or JSON, to -o, and with --print
 * to the default printer (cli_report_assess.c). */
int cli_report_assess(App *app, const char *what, const CliReportOptions *o);
/* Sends len bytes of a PDF to the default printer with CUPS's lp (on $PATH), titled title on
 * media ("A4", "Letter"); says what lp said on say, or plainly on standard error why nothing
 * was printed (no lp, lp refused it). Returns the exit status (0 or 1). */
int cli_print(const char *cmd, const unsigned char *data, size_t len, const char *title,
              const char *media, FILE *say);

/* text made fit to print in a message: control characters and invalid UTF-8 shown inert. The
 * result lives until a few more calls have been made (a ring of buffers), so that several can
 * appear in one fprintf. */
const char *cli_shown(const char *text);

/* How a command's output is written (cli_output_open). */
enum {
    CLI_OUT_TEXT = 0,
    CLI_OUT_BINARY = 1, /* not for a terminal */
    CLI_OUT_PATH = 2,   /* the writer needs a file name (outfile_work_path) */
    CLI_OUT_BUNDLE = 4, /* an existing results bundle may be replaced (with --force) */
};
/* Opens -o path (NULL or "-": standard output) for command cmd, as outfile_open does with
 * app's database never written over; prints why not and returns false. */
bool cli_output_open(const App *app, const char *cmd, const char *path, bool force, int how,
                     OutFile *o);
/* Commits o when wrote is true, else gives it up and prints why (the writer's reason); prints
 * what went wrong and returns the exit status (0 or 1). */
int cli_output_close(const char *cmd, OutFile *o, bool wrote, const char *why);

/* Finds the workshop called name (or with that uid) for subcommand cmd; prints why not and
 * returns false. Free w with workshop_done. */
bool cli_find_workshop(App *app, const char *cmd, const char *name, Workshop *w);
/* The same for a trainee, by name or uid; free t with trainee_done. */
bool cli_find_trainee(App *app, const char *cmd, const char *name, Trainee *t);
/* The country an organiser typed, a code or a name (English or Spanish), as its code; prints
 * why not (with the countries it might have meant) and returns false. */
bool cli_parse_country(const App *app, const char *cmd, const char *text, char out[3]);

#endif
