/* Plain text laid out on pages, for line printers and email: lines of at most a width of
 * columns, untrusted text wrapped in them (made inert first), tables whose cells wrap in their
 * columns, and pages of a set length with a running head, a mark (DRAFT) and "Page n of N",
 * separated by form feeds. A line may be kept on one page with the next (a heading with what
 * follows, the lines of a table's row), and a page may be broken before a line. Core layer. */
#ifndef RASTRO_TEXTDOC_H
#define RASTRO_TEXTDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct {
    size_t from, to; /* its head: lines [from, to) */
} TextDocTable;

typedef struct {
    char **lines;          /* owned */
    unsigned char *flags;  /* per line: TEXTDOC_KEEP, TEXTDOC_BREAK */
    int *table;            /* per line: the table whose rows it is among (tables[]), or -1 */
    size_t n, cap;
    int width;             /* columns */
    bool pending_break;    /* the next line starts a page */
    TextDocTable *tables;  /* owned */
    size_t n_tables;
    int open;              /* the table being added: its head, then (in_rows) its rows; or -1 */
    bool in_rows;
} TextDoc;

enum {
    TEXTDOC_KEEP = 1,  /* the line stays on one page with the next */
    TEXTDOC_BREAK = 2, /* a new page starts at the line */
};

void textdoc_init(TextDoc *d, int width);
void textdoc_done(TextDoc *d);

/* A line as it is (trusted text, at most width columns). */
void textdoc_line(TextDoc *d, const char *line);
void textdoc_blank(TextDoc *d);
/* Keeps the last line added on one page with the next one. */
void textdoc_keep(TextDoc *d);
/* The next line added starts a new page. */
void textdoc_break(TextDoc *d);
/* A heading, underlined with ch, kept with what follows. */
void textdoc_heading(TextDoc *d, const char *text, char ch);
/* A table whose head is written again at the top of each page its rows run onto: the lines
 * added after textdoc_table_head are its head, those after textdoc_table_rows its rows, up to
 * textdoc_table_end. */
void textdoc_table_head(TextDoc *d);
void textdoc_table_rows(TextDoc *d);
void textdoc_table_end(TextDoc *d);
/* Untrusted text wrapped in width - indent columns after indent spaces (first line after
 * first_indent spaces), its line breaks kept. */
void textdoc_wrap(TextDoc *d, const char *text, int first_indent, int indent);
/* A row of n cells, cells[i] (untrusted, may be NULL) wrapped in widths[i] columns, columns two
 * spaces apart; its lines are kept on one page when keep (a row taller than a page splits all
 * the same). */
void textdoc_row(TextDoc *d, const char *const *cells, const int *widths, size_t n, bool keep);

/* text made inert and wrapped in width columns: an array of *n lines (caller frees each and the
 * array), at least one. */
char **textdoc_wrap_lines(const char *text, int width, size_t *n);

/* Writes d on pages of page_lines lines each: the head (head at the left, mark at the right,
 * both trusted, either may be NULL), a blank line, the body, a blank line and the page label
 * centred ("Page %d of %d": its first %d is the page's number, the second the count of pages);
 * pages are separated by a form feed. A blank line at the top of a page's body is left out; a
 * page that starts among a table's rows starts with the table's head.
 * False when a write fails. */
bool textdoc_write(const TextDoc *d, FILE *f, int page_lines, const char *head, const char *mark,
                   const char *page_label);

#endif
