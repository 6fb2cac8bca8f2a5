/* JSON written by SQLite's JSON functions (json.h): strings of every sort kept as they are,
 * numbers, booleans and null, nested values, arrays longer than one call takes, and the form
 * answers stored through it read back by the form's own reader. Each text is checked with
 * SQLite's json_valid and json_extract on a second, independent connection. */
#include <check.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/json.h"
#include "../tui/core/quiz_kind.h"
#include "suites.h"

/* json_extract(doc, path) as text (caller frees; NULL for SQL NULL), after checking that doc is
 * valid JSON. */
static char *extract(const char *doc, const char *path)
{
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
    sqlite3_stmt *st;
    ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT json_valid(?1), json_extract(?1, ?2)", -1,
                                        &st, NULL), SQLITE_OK);
    sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_msg(sqlite3_column_int(st, 0) == 1, "not JSON: %s", doc);
    const unsigned char *v = sqlite3_column_text(st, 1);
    char *out = v ? xstrdup((const char *)v) : NULL;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

static void assert_at(const char *doc, const char *path, const char *want)
{
    char *got = extract(doc, path);
    if (!want)
        ck_assert_msg(got == NULL, "%s: %s in %s", path, got, doc);
    else
        ck_assert_msg(got && strcmp(got, want) == 0, "%s: %s, not %s, in %s", path, got, want,
                      doc);
    free(got);
}

START_TEST(strings_numbers_and_nesting)
{
    char err[256];
    Json *j = json_new(err, sizeof err);
    ck_assert_msg(j != NULL, "%s", err);
    static const char hostile[] = "quote \" backslash \\ <b>x</b> =1+2 \x1b[31m line\nbreak\ttab "
                                  "\x01 \xc3\xb1" "and\xc3\xba \xe2\x80\xae";
    JsonNode *o = json_object_begin(j);
    json_add_string(o, "text", hostile);
    json_add_string(o, "key \"quoted\"", "v");
    json_add_string(o, "none", NULL);
    json_add_int(o, "id", 9007199254740993LL);
    json_add_double(o, "score", 41.7);
    json_add_double(o, "nan", NAN);
    json_add_bool(o, "final", true);
    json_add_bool(o, "draft", false);
    json_add_null(o, "null");
    JsonNode *a = json_array_begin(j);
    json_add_string(a, NULL, "[not nested]");
    JsonNode *inner = json_object_begin(j);
    json_add_int(inner, "level", 3);
    json_add_node(a, NULL, inner);
    json_add_node(o, "list", a);
    char *doc = json_end(o);
    ck_assert_msg(doc != NULL, "%s", json_error(j));
    assert_at(doc, "$.text", hostile);
    ck_assert_ptr_nonnull(strstr(doc, "\"key \\\"quoted\\\"\":\"v\""));
    assert_at(doc, "$.none", NULL);
    assert_at(doc, "$.id", "9007199254740993");
    assert_at(doc, "$.score", "41.7");
    assert_at(doc, "$.nan", NULL);
    assert_at(doc, "$.final", "1");
    ck_assert_ptr_nonnull(strstr(doc, "\"final\":true,\"draft\":false,"));
    assert_at(doc, "$.list[0]", "[not nested]");
    assert_at(doc, "$.list[1].level", "3");
    /* nothing raw: the escape character and the line break are escaped */
    ck_assert_ptr_null(strchr(doc, '\x1b'));
    ck_assert_ptr_null(strchr(doc, '\n'));
    free(doc);
    json_free(j);
}
END_TEST

START_TEST(arrays_longer_than_one_call)
{
    char err[256];
    Json *j = json_new(err, sizeof err);
    ck_assert_msg(j != NULL, "%s", err);
    JsonNode *a = json_array_begin(j);
    for (int i = 0; i < 1000; i++) {
        JsonNode *o = json_object_begin(j);
        json_add_int(o, "i", i);
        json_add_node(a, NULL, o);
    }
    char *doc = json_end(a);
    ck_assert_msg(doc != NULL, "%s", json_error(j));
    assert_at(doc, "$[0].i", "0");
    assert_at(doc, "$[59].i", "59");
    assert_at(doc, "$[60].i", "60");
    assert_at(doc, "$[999].i", "999");
    assert_at(doc, "$[1000]", NULL);
    free(doc);
    /* empty ones, and nodes never ended are freed with the Json */
    doc = json_end(json_array_begin(j));
    ck_assert_str_eq(doc, "[]");
    free(doc);
    doc = json_end(json_object_begin(j));
    ck_assert_str_eq(doc, "{}");
    free(doc);
    json_add_int(json_array_begin(j), NULL, 1);
    json_free(j);
}
END_TEST

/* A form's answer is stored as SQLite writes it, and the form's reader reads it back. */
START_TEST(form_answers_round_trip)
{
    FormField fields[2] = {{.name = "serial", .rule = FIELD_EXACT},
                           {.name = "notes", .rule = FIELD_EXACT}};
    fields[0].label.s[LANG_EN] = "Serial";
    fields[1].label.s[LANG_EN] = "Notes";
    Question q = {.type = QUESTION_FORM, .fields = fields, .n_fields = 2};
    const char *values[] = {"AB\"12\\", "line\nbreak \x01 <b>x</b>"};
    QuizRun run;
    memset(&run, 0, sizeof run);
    StrBuf response, said;
    strbuf_init(&response);
    strbuf_init(&said);
    Verdict v;
    FieldCheck *checks = NULL;
    char err[256];
    QuizAnswer answer = {ANSWER_FIELDS, .values = values};
    ck_assert_msg(quiz_kind_form.judge(&run, &q, &answer, &response, &v, &checks, err,
                                       sizeof err), "%s", err);
    assert_at(response.s, "$.serial", values[0]);
    assert_at(response.s, "$.notes", values[1]);
    ck_assert(quiz_kind_form.describe(&q, response.s, LANG_EN, true, &said));
    ck_assert_str_eq(said.s, "Serial: AB\"12\\; Notes: line\nbreak \x01 <b>x</b>");
    quiz_checks_free(checks, 2);
    strbuf_done(&response);
    strbuf_done(&said);
}
END_TEST

Suite *json_suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("json");
    tcase_add_test(tc, strings_numbers_and_nesting);
    tcase_add_test(tc, arrays_longer_than_one_call);
    tcase_add_test(tc, form_answers_round_trip);
    suite_add_tcase(s, tc);
    return s;
}
