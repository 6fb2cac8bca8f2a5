/* Plain text on pages (tui/core/textdoc.c): a table's head is written again at the top of each
 * page its rows run onto, and nowhere else. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/textdoc.h"
#include "suites.h"
#include "testutil.h"

/* d written on pages of page_lines lines, split at the form feeds into *n pages (caller frees
 * each and the array). */
static char **pages_of(const TextDoc *d, int page_lines, size_t *n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    ck_assert(textdoc_write(d, f, page_lines, "Head", NULL, "Page %d of %d"));
    fclose(f);
    char **pages = NULL;
    *n = 0;
    for (char *s = buf;; s++) {
        char *ff = strchr(s, '\f');
        pages = realloc(pages, (*n + 1) * sizeof *pages);
        pages[(*n)++] = ff ? strndup(s, (size_t)(ff - s)) : strdup(s);
        if (!ff)
            break;
        s = ff;
    }
    free(buf);
    return pages;
}

/* The first line of the page's body (after the running head and a blank line). */
static char *first_body_line(const char *page)
{
    const char *s = strchr(page, '\n');
    ck_assert_ptr_nonnull(s);
    s = strchr(s + 1, '\n');
    ck_assert_ptr_nonnull(s);
    s++;
    return strndup(s, strcspn(s, "\n"));
}

static void free_pages(char **pages, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(pages[i]);
    free(pages);
}

START_TEST(a_table_head_starts_each_page_its_rows_run_onto)
{
    TextDoc d;
    textdoc_init(&d, 40);
    textdoc_line(&d, "Before the table");
    textdoc_table_head(&d);
    textdoc_line(&d, "Country      Score");
    textdoc_keep(&d);
    textdoc_line(&d, "-------      -----");
    textdoc_keep(&d);
    textdoc_table_rows(&d);
    for (int i = 1; i <= 40; i++) {
        char row[48];
        snprintf(row, sizeof row, "Row %02d       %d", i, i);
        textdoc_line(&d, row);
    }
    textdoc_table_end(&d);
    for (int i = 1; i <= 20; i++)
        textdoc_line(&d, "After the table");
    size_t n;
    char **pages = pages_of(&d, 20, &n);
    ck_assert_uint_ge(n, 4);
    int rows_seen = 0, heads = 0;
    for (size_t p = 0; p < n; p++) {
        char *first = first_body_line(pages[p]);
        bool has_rows = strstr(pages[p], "Row ") != NULL;
        /* Every row is written once, in order, whatever the page. */
        for (const char *s = pages[p]; (s = strstr(s, "Row ")); s += 4) {
            int k = atoi(s + 4);
            ck_assert_int_eq(k, ++rows_seen);
        }
        bool head_here = strstr(pages[p], "Country      Score\n-------      -----\n") != NULL;
        heads += head_here;
        if (p > 0 && has_rows)
            ck_assert_msg(strcmp(first, "Country      Score") == 0,
                          "page %zu starts \"%s\", not the table's head:\n%s", p + 1, first,
                          pages[p]);
        if (!has_rows)
            ck_assert_msg(!head_here, "page %zu has the head without rows:\n%s", p + 1, pages[p]);
        free(first);
    }
    ck_assert_int_eq(rows_seen, 40);
    ck_assert_int_ge(heads, 3);
    /* Each page keeps its length: 20 lines, the last without a form feed. */
    for (size_t p = 0; p < n; p++) {
        int lines = 0;
        for (const char *s = pages[p]; *s; s++)
            lines += *s == '\n';
        ck_assert_msg(lines == 20, "page %zu has %d lines", p + 1, lines);
    }
    free_pages(pages, n);
    textdoc_done(&d);
}
END_TEST

START_TEST(lines_outside_a_table_get_no_head)
{
    TextDoc d;
    textdoc_init(&d, 40);
    textdoc_table_head(&d);
    textdoc_line(&d, "Name  Value");
    textdoc_keep(&d);
    textdoc_table_rows(&d);
    textdoc_line(&d, "a     1");
    textdoc_table_end(&d);
    for (int i = 0; i < 60; i++)
        textdoc_line(&d, "plain text");
    size_t n;
    char **pages = pages_of(&d, 20, &n);
    ck_assert_uint_ge(n, 3);
    for (size_t p = 1; p < n; p++)
        ck_assert_msg(!strstr(pages[p], "Name  Value"), "page %zu:\n%s", p + 1, pages[p]);
    free_pages(pages, n);
    textdoc_done(&d);
}
END_TEST

Suite *textdoc_suite(void)
{
    Suite *s = suite_create("textdoc");
    TCase *tc = tcase_create("pages");
    tcase_add_test(tc, a_table_head_starts_each_page_its_rows_run_onto);
    tcase_add_test(tc, lines_outside_a_table_get_no_head);
    suite_add_tcase(s, tc);
    return s;
}
