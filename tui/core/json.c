/* JSON through SQLite's JSON functions: a node's members are kept here until it ends, then
 * handed to one statement, json_object(k1, v1, ...) or json_array(v1, ...), with an array's
 * further members appended by json_insert(a, '$[#]', v, ...), JSON_MAX_MEMBERS at a time. A
 * member that is JSON already (a nested node, a boolean) goes through json(), so that SQLite
 * embeds it instead of quoting it. */
#include "json.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

typedef enum { M_TEXT, M_INT, M_REAL, M_NULL, M_JSON } MemberKind;

typedef struct {
    char *key;
    MemberKind kind;
    char *text; /* M_TEXT, M_JSON */
    int64_t i;
    double d;
} Member;

struct JsonNode {
    Json *j;
    bool object;
    bool failed; /* a member could not be made (a nested node failed) */
    Member *members;
    size_t n, cap;
    JsonNode *prev, *next; /* the Json's nodes not yet ended */
};

struct Json {
    sqlite3 *db;
    /* Statements by kind and by number of members: an object, an array, and an append. */
    sqlite3_stmt *stmt[3][JSON_MAX_MEMBERS + 1];
    size_t chunk; /* members in one call: JSON_MAX_MEMBERS, fewer if SQLite allows fewer */
    char error[256];
    JsonNode *live;
};

enum { S_OBJECT, S_ARRAY, S_APPEND };

Json *json_new(char *err, size_t errlen)
{
    Json *j = xcalloc(1, sizeof *j);
    if (sqlite3_open_v2(":memory:", &j->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL) !=
        SQLITE_OK) {
        snprintf(err, errlen, "cannot make JSON: %s",
                 j->db ? sqlite3_errmsg(j->db) : "out of memory");
        sqlite3_close(j->db);
        free(j);
        return NULL;
    }
    /* An object's call takes two arguments a member; an append one more for the array. */
    int args = sqlite3_limit(j->db, SQLITE_LIMIT_FUNCTION_ARG, -1);
    j->chunk = JSON_MAX_MEMBERS;
    if (args > 0 && (size_t)(args - 1) / 2 < j->chunk)
        j->chunk = (size_t)(args - 1) / 2;
    return j;
}

static void node_free(JsonNode *n)
{
    if (n->prev)
        n->prev->next = n->next;
    else
        n->j->live = n->next;
    if (n->next)
        n->next->prev = n->prev;
    for (size_t i = 0; i < n->n; i++) {
        free(n->members[i].key);
        free(n->members[i].text);
    }
    free(n->members);
    free(n);
}

void json_free(Json *j)
{
    if (!j)
        return;
    while (j->live)
        node_free(j->live);
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i <= JSON_MAX_MEMBERS; i++)
            sqlite3_finalize(j->stmt[k][i]);
    sqlite3_close(j->db);
    free(j);
}

const char *json_error(const Json *j)
{
    return j->error;
}

static JsonNode *begin(Json *j, bool object)
{
    JsonNode *n = xcalloc(1, sizeof *n);
    n->j = j;
    n->object = object;
    n->next = j->live;
    if (j->live)
        j->live->prev = n;
    j->live = n;
    return n;
}

JsonNode *json_object_begin(Json *j)
{
    return begin(j, true);
}

JsonNode *json_array_begin(Json *j)
{
    return begin(j, false);
}

static Member *member(JsonNode *n, const char *key, MemberKind kind)
{
    /* Programming errors: a key in an array or none in an object, too large an object. */
    if ((key != NULL) != n->object || (n->object && n->n >= JSON_MAX_MEMBERS)) {
        fprintf(stderr, "rastro: JSON member %s misused\n", key ? key : "(no key)");
        abort();
    }
    n->members = xgrow(n->members, n->n, &n->cap, sizeof *n->members);
    Member *m = &n->members[n->n++];
    memset(m, 0, sizeof *m);
    m->key = key ? xstrdup(key) : NULL;
    m->kind = kind;
    return m;
}

void json_add_string(JsonNode *n, const char *key, const char *s)
{
    if (s)
        member(n, key, M_TEXT)->text = xstrdup(s);
    else
        member(n, key, M_NULL);
}

void json_add_int(JsonNode *n, const char *key, int64_t v)
{
    member(n, key, M_INT)->i = v;
}

void json_add_double(JsonNode *n, const char *key, double v)
{
    if (isfinite(v))
        member(n, key, M_REAL)->d = v;
    else
        member(n, key, M_NULL);
}

void json_add_bool(JsonNode *n, const char *key, bool v)
{
    member(n, key, M_JSON)->text = xstrdup(v ? "true" : "false");
}

void json_add_null(JsonNode *n, const char *key)
{
    member(n, key, M_NULL);
}

void json_add_node(JsonNode *n, const char *key, JsonNode *child)
{
    char *text = json_end(child);
    if (text)
        member(n, key, M_JSON)->text = text;
    else
        n->failed = true;
}

/* The statement of kind k for count members: each member's value is parameter pair (kind,
 * value), after its key for an object and after the array for an append. */
static sqlite3_stmt *statement(Json *j, int k, size_t count)
{
    if (j->stmt[k][count])
        return j->stmt[k][count];
    StrBuf sql;
    strbuf_init(&sql);
    strbuf_puts(&sql, k == S_OBJECT ? "SELECT json_object(" : k == S_ARRAY ? "SELECT json_array("
                                                                            : "SELECT json_insert(?1");
    int p = k == S_APPEND ? 2 : 1;
    for (size_t i = 0; i < count; i++) {
        strbuf_puts(&sql, i || k == S_APPEND ? ", " : "");
        if (k == S_OBJECT)
            strbuf_printf(&sql, "?%d, ", p++);
        else if (k == S_APPEND)
            strbuf_puts(&sql, "'$[#]', ");
        strbuf_printf(&sql, "CASE ?%d WHEN 1 THEN json(?%d) ELSE ?%d END", p, p + 1, p + 1);
        p += 2;
    }
    strbuf_puts(&sql, ")");
    if (sqlite3_prepare_v2(j->db, sql.s, -1, &j->stmt[k][count], NULL) != SQLITE_OK) {
        snprintf(j->error, sizeof j->error, "%s", sqlite3_errmsg(j->db));
        j->stmt[k][count] = NULL;
    }
    strbuf_done(&sql);
    return j->stmt[k][count];
}

static void bind_member(sqlite3_stmt *st, int *p, const Member *m, bool object)
{
    if (object)
        sqlite3_bind_text(st, (*p)++, m->key, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, (*p)++, m->kind == M_JSON);
    int v = (*p)++;
    switch (m->kind) {
    case M_TEXT:
    case M_JSON: sqlite3_bind_text(st, v, m->text, -1, SQLITE_STATIC); break;
    case M_INT: sqlite3_bind_int64(st, v, m->i); break;
    case M_REAL: sqlite3_bind_double(st, v, m->d); break;
    case M_NULL: sqlite3_bind_null(st, v); break;
    }
}

/* Runs statement kind k over members[from, from + count), after the array so far (an append).
 * Returns the JSON text (caller frees) or NULL with j->error set. */
static char *run(Json *j, int k, const char *so_far, const Member *members, size_t count)
{
    sqlite3_stmt *st = statement(j, k, count);
    if (!st)
        return NULL;
    int p = 1;
    if (k == S_APPEND)
        sqlite3_bind_text(st, p++, so_far, -1, SQLITE_STATIC);
    for (size_t i = 0; i < count; i++)
        bind_member(st, &p, &members[i], k == S_OBJECT);
    char *out = NULL;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        out = xstrdup((const char *)sqlite3_column_text(st, 0));
    else
        snprintf(j->error, sizeof j->error, "%s", sqlite3_errmsg(j->db));
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return out;
}

char *json_end(JsonNode *n)
{
    Json *j = n->j;
    char *out = NULL;
    if (n->failed) {
        if (!j->error[0])
            snprintf(j->error, sizeof j->error, "a member could not be made");
        goto done;
    }
    size_t first = n->n < j->chunk ? n->n : j->chunk;
    out = run(j, n->object ? S_OBJECT : S_ARRAY, NULL, n->members, first);
    for (size_t at = first; out && at < n->n; at += j->chunk) {
        size_t count = n->n - at < j->chunk ? n->n - at : j->chunk;
        char *longer = run(j, S_APPEND, out, n->members + at, count);
        free(out);
        out = longer;
    }
done:
    node_free(n);
    return out;
}
