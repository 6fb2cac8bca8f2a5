/* Turns the table a module returns into a core Module, checking every field and reporting each
 * problem as "field path: message" at the line where that field is written. */
#include "loader.h"

#include <lauxlib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader_read.h"
#include "../core/assets.h"

/* Every constructor content calls: the parts of a module, the competencies file's, and one per
 * kind of question (kinds.h). A constructed table is remembered by its index here. */
static const struct {
    const char *name;
    CtorKind kind;
    QuestionType type; /* CTOR_QUESTION: which kind */
} ctors[] = {
    {NULL, CTOR_NONE, QUESTION_CHOICE},
    {"lesson", CTOR_LESSON, QUESTION_CHOICE},
    {"page", CTOR_PAGE, QUESTION_CHOICE},
    {"competencies", CTOR_COMPETENCIES, QUESTION_CHOICE},
    {"glossary", CTOR_GLOSSARY, QUESTION_CHOICE},
    {"term", CTOR_TERM, QUESTION_CHOICE},
    {"instrument", CTOR_INSTRUMENT, QUESTION_CHOICE},
    {"pillar", CTOR_PILLAR, QUESTION_CHOICE},
    {"indicator", CTOR_INDICATOR, QUESTION_CHOICE},
    {"rule", CTOR_RULE, QUESTION_CHOICE},
#define X(id, name, shape, facts) {#name, CTOR_QUESTION, QUESTION_##id},
    QUESTION_KINDS(X)
#undef X
};
#define N_CTORS (sizeof ctors / sizeof ctors[0])

/* Registry key of the weak table mapping each constructed table to its index in ctors +
 * CTOR_SPAN * line. */
#define CTOR_SPAN 64
_Static_assert(N_CTORS < CTOR_SPAN, "constructors must fit below CTOR_SPAN");
static const char CTOR_KEY[] = "rastro.ctors";
/* Registry key of the full userdata holding the module's SrcMap (freed by its __gc). */
static const char SRCMAP_KEY[] = "rastro.srcmap";

/* Frees the SrcMap in the userdata. Stack: 0. */
static int l_srcmap_gc(lua_State *L)
{
    SrcMap **box = lua_touserdata(L, 1);
    if (box) {
        srcmap_free(*box);
        *box = NULL;
    }
    return 0;
}

const SrcMap *ld_srcmap(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, SRCMAP_KEY);
    SrcMap **box = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return box ? *box : NULL;
}

/* Registry key of the table counting the constructor calls made from each line that holds
 * several: kind + CTOR_SPAN * line -> calls so far. */
static const char CALLS_KEY[] = "rastro.calls";

/* The text of the constructor of kind called on line that built the table at idx: the call of
 * that name, else (an alias: local q = choice) any call on the line. Among several, the one
 * whose field names the table has most of; among those alike, the next in turn, as calls on one
 * line run left to right (also when a helper or loop runs the line again). -1 when there is
 * none. Stack: 0. */
static int pick_text(lua_State *L, const SrcMap *map, int idx, int line, size_t kind)
{
    int found[8], best[8];
    size_t n = srcmap_calls(map, line, ctors[kind].name, found, 8);
    if (n == 0)
        n = srcmap_calls(map, line, NULL, found, 8);
    if (n > 8)
        n = 8;
    if (n <= 1)
        return n ? found[0] : -1;
    size_t n_best = 0;
    int best_score = INT_MIN;
    for (size_t i = 0; i < n; i++) {
        int score = 0;
        for (size_t k = 0, c = srcmap_count(map, found[i]); k < c; k++) {
            const SrcField *f = srcmap_field(map, found[i], k);
            if (!f->name)
                continue;
            score += ld_raw_getfield(L, idx, f->name) != LUA_TNIL ? 1 : -1;
            lua_pop(L, 1);
        }
        if (score > best_score)
            best_score = score, n_best = 0;
        if (score == best_score)
            best[n_best++] = found[i];
    }
    lua_getfield(L, LUA_REGISTRYINDEX, CALLS_KEY);
    lua_Integer key = (lua_Integer)kind + CTOR_SPAN * (lua_Integer)line;
    lua_rawgeti(L, -1, key);
    lua_Integer calls = lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_pushinteger(L, calls + 1);
    lua_rawseti(L, -2, key);
    lua_pop(L, 1);
    return best[(size_t)calls % n_best];
}

/* Binds the table at idx to its text t in the map, and the tables written directly as its
 * fields' values ({ ... }) to theirs, as far as the table still holds them. Stack: 0. */
static void bind_text(lua_State *L, const SrcMap *map, int idx, int t, int depth)
{
    if (t < 0 || depth > 200 || !lua_checkstack(L, 4))
        return;
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, LD_TEXT_KEY);
    lua_pushvalue(L, idx);
    lua_pushinteger(L, t);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    for (size_t k = 0, n = srcmap_count(map, t); k < n; k++) {
        const SrcField *f = srcmap_field(map, t, k);
        if (f->child < 0)
            continue;
        int type = f->name ? ld_raw_getfield(L, idx, f->name)
                           : lua_rawgeti(L, idx, (lua_Integer)f->index);
        if (type == LUA_TTABLE)
            bind_text(L, map, -1, f->child, depth + 1);
        lua_pop(L, 1);
    }
}

/* lesson{...}, page{...}, choice{...}: remember what was built where, and where its fields are
 * written; return the table. Upvalues: the kind, the SrcMap's userdata. Stack: +1. */
static int l_construct(lua_State *L)
{
    size_t kind = (size_t)lua_tointeger(L, lua_upvalueindex(1));
    if (lua_type(L, 1) != LUA_TTABLE || lua_gettop(L) != 1)
        return luaL_error(L, "%s expects one table: %s { ... }", ctors[kind].name, ctors[kind].name);
    lua_Debug ar;
    lua_Integer line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) && ar.currentline > 0)
        line = ar.currentline;
    lua_getfield(L, LUA_REGISTRYINDEX, CTOR_KEY);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, (lua_Integer)kind + CTOR_SPAN * line);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    SrcMap *const *box = lua_touserdata(L, lua_upvalueindex(2));
    if (box && *box && line > 0 && line < INT_MAX)
        bind_text(L, *box, 1, pick_text(L, *box, 1, (int)line, kind), 0);
    lua_settop(L, 1);
    return 1;
}

/* A weak-keyed table (the module's tables must not be kept alive by lint's notes on them).
 * Stack: +1. */
static void push_weak_table(lua_State *L)
{
    lua_newtable(L);
    lua_newtable(L);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
}

void loader_register_api(Sandbox *sb, const char *src, size_t len)
{
    lua_State *L = sandbox_state(sb);
    push_weak_table(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CTOR_KEY);
    push_weak_table(L);
    lua_setfield(L, LUA_REGISTRYINDEX, LD_TEXT_KEY);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CALLS_KEY);
    SrcMap **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = NULL;
    lua_newtable(L);
    lua_pushcfunction(L, l_srcmap_gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    *box = src ? srcmap_new(src, len) : NULL;
    for (size_t k = 1; k < N_CTORS; k++) {
        lua_pushinteger(L, (lua_Integer)k);
        lua_pushvalue(L, -2);
        lua_pushcclosure(L, l_construct, 2);
        sandbox_set_global(sb, ctors[k].name);
    }
    lua_setfield(L, LUA_REGISTRYINDEX, SRCMAP_KEY);
}

/* Index in ctors and line of the constructed table at idx (0, 0 for a plain table). Stack: 0. */
static size_t ctor_index(Ld *ld, int idx, int *line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, CTOR_KEY);
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);
    lua_Integer v = lua_tointeger(L, -1);
    lua_pop(L, 2);
    if (line)
        *line = (int)(v / CTOR_SPAN);
    size_t k = (size_t)(v % CTOR_SPAN);
    return k < N_CTORS ? k : 0;
}

CtorKind ld_ctor_of(Ld *ld, int idx, int *line)
{
    return ctors[ctor_index(ld, idx, line)].kind;
}

bool ld_question_of(Ld *ld, int idx, int *line, QuestionType *type)
{
    size_t k = ctor_index(ld, idx, line);
    *type = ctors[k].type;
    return ctors[k].kind == CTOR_QUESTION;
}

/* Id of the text of the table at idx in the map, -1 when it has none. Stack: 0. */
static int text_of(Ld *ld, int idx)
{
    lua_State *L = ld->L;
    if (!ld->map)
        return -1;
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, LD_TEXT_KEY);
    lua_pushvalue(L, idx);
    int t = lua_rawget(L, -2) == LUA_TNUMBER ? (int)lua_tointeger(L, -1) : -1;
    lua_pop(L, 2);
    return t;
}

int ld_field_line(Ld *ld, int idx, const char *field, int fallback)
{
    int t = text_of(ld, idx);
    int line = t >= 0 ? srcmap_line(ld->map, t, field, 0) : 0;
    return line > 0 ? line : fallback;
}

int ld_entry_line(Ld *ld, int idx, lua_Integer i, int fallback)
{
    int t = text_of(ld, idx);
    int line = t >= 0 ? srcmap_line(ld->map, t, NULL, (long long)i) : 0;
    return line > 0 ? line : fallback;
}

static const char *const page_fields[] = {"id", "title", "text", "image", "choices", "next",
                                          "sources", NULL};
static const char *const lesson_fields[] = {"id", "version", "title", "summary", "sources",
                                            "requires", "pages", "quiz", "practice", "exam", NULL};

/* choices = { { label = ..., go = "page-id" }, ... }: ways on from a page. Stack: 0. */
static void read_page_choices(Ld *ld, int idx, int line, const char *path, Page *out)
{
    static const char *const fields[] = {"label", "go", NULL};
    lua_State *L = ld->L;
    char *cp = ld_join_path(path, "choices");
    line = ld_field_line(ld, idx, "choices", line);
    lua_Integer n = ld_push_list(ld, idx, "choices", line, path, QUESTION_MAX_OPTIONS);
    int list = lua_gettop(L);
    if (n == 1)
        ld_report(ld, PROBLEM_WARNING, line, cp, "one choice is no choice: use next = \"page-id\"");
    if (n > 0)
        out->choices = xcalloc((size_t)n, sizeof *out->choices);
    for (lua_Integer i = 1; i <= n; i++) {
        char *ip = xasprintf("%s[%lld]", cp, (long long)i);
        int at = ld_entry_line(ld, list, i, line);
        lua_rawgeti(L, list, i);
        if (lua_type(L, -1) != LUA_TTABLE) {
            ld_report(ld, PROBLEM_ERROR, at, ip, "must be { label = ..., go = \"page-id\" }");
        } else {
            int c = lua_gettop(L);
            PageChoice *ch = &out->choices[out->n_choices++];
            ld_check_fields(ld, c, at, ip, fields);
            ld_read_text(ld, c, "label", at, ip, true, &ch->label);
            ch->target = ld_read_id(ld, c, "go", at, ip);
        }
        lua_pop(L, 1);
        free(ip);
    }
    lua_pop(L, 1);
    free(cp);
}

/* Reads the page table on top of the stack into out. Stack: 0 (leaves the table). */
static void read_page(Ld *ld, int parent_line, const char *path, Page *out)
{
    lua_State *L = ld->L;
    int idx = lua_gettop(L);
    int line = parent_line;
    if (ld_ctor_of(ld, idx, &line) != CTOR_PAGE) {
        line = parent_line;
        ld_report(ld, PROBLEM_ERROR, line, path, "not a page: write page { title = ..., text = ... }");
        return;
    }
    out->line = line;
    ld_check_fields(ld, idx, line, path, page_fields);
    ld_read_text(ld, idx, "title", line, path, true, &out->title);
    ld_read_text(ld, idx, "text", line, path, true, &out->text);
    out->id = ld_read_opt_id(ld, idx, "id", line, path);
    ld_read_image(ld, idx, line, path, &out->image);
    read_page_choices(ld, idx, line, path, out);
    out->next_id = ld_read_opt_id(ld, idx, "next", line, path);
    if (out->next_id && out->n_choices) {
        char *p = ld_join_path(path, "next");
        ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "next", line), p,
                  "a page with choices leads on through them only");
        free(p);
    }
    ld_read_refs(ld, idx, line, path, &out->sources);
}

/* Line of field of pages[i + 1] in the pages list at list, or of field of its choices[c + 1]
 * when c is not PAGE_END; fallback when not known. Stack: 0. */
static int page_line(Ld *ld, int list, size_t i, size_t c, const char *field, int fallback)
{
    lua_State *L = ld->L;
    int line = fallback;
    if (lua_rawgeti(L, list, (lua_Integer)i + 1) == LUA_TTABLE) {
        if (c == PAGE_END)
            line = ld_field_line(ld, -1, field, fallback);
        else if (ld_raw_getfield(L, -1, "choices") == LUA_TTABLE) {
            int at = ld_entry_line(ld, -1, (lua_Integer)c + 1, fallback);
            if (lua_rawgeti(L, -1, (lua_Integer)c + 1) == LUA_TTABLE)
                at = ld_field_line(ld, -1, field, at);
            line = at;
            lua_pop(L, 2);
        } else {
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return line;
}

/* Turns page ids into indexes: each choice's target, and next (the following page by default).
 * "end" ends the lesson. Then warns about pages no path from the first page reaches. list is
 * the pages list, for the lines of the fields at fault. */
static void link_pages(Ld *ld, Module *m, int list)
{
    for (size_t i = 0; i < m->n_pages; i++) {
        Page *pg = &m->pages[i];
        for (size_t k = 0; k < i && pg->id; k++)
            if (m->pages[k].id && strcmp(m->pages[k].id, pg->id) == 0) {
                char *p = xasprintf("pages[%zu].id", i + 1);
                ld_report(ld, PROBLEM_ERROR, page_line(ld, list, i, PAGE_END, "id", pg->line), p,
                          "duplicate page id '%s' (also pages[%zu])", pg->id, k + 1);
                free(p);
            }
    }
    for (size_t i = 0; i < m->n_pages; i++) {
        Page *pg = &m->pages[i];
        pg->next = i + 1 < m->n_pages ? i + 1 : PAGE_END;
        for (size_t c = 0; c <= pg->n_choices; c++) {
            const char *target = c < pg->n_choices ? pg->choices[c].target : pg->next_id;
            if (!target)
                continue;
            size_t to = strcmp(target, "end") == 0 ? PAGE_END : module_find_page(m, target);
            if (to == PAGE_END && strcmp(target, "end") != 0) {
                char *p = c < pg->n_choices ? xasprintf("pages[%zu].choices[%zu].go", i + 1, c + 1)
                                            : xasprintf("pages[%zu].next", i + 1);
                int at = c < pg->n_choices ? page_line(ld, list, i, c, "go", pg->line)
                                           : page_line(ld, list, i, PAGE_END, "next", pg->line);
                ld_report(ld, PROBLEM_ERROR, at, p,
                          "no page has the id '%s' (write the id of a page, or \"end\")", target);
                free(p);
            }
            if (c < pg->n_choices)
                pg->choices[c].page = to;
            else
                pg->next = to;
        }
    }
    if (m->n_pages == 0)
        return;
    bool *seen = xcalloc(m->n_pages, sizeof *seen);
    size_t *todo = xcalloc(m->n_pages, sizeof *todo), n_todo = 0;
    seen[0] = true;
    todo[n_todo++] = 0;
    while (n_todo) {
        const Page *pg = &m->pages[todo[--n_todo]];
        for (size_t c = 0; c <= pg->n_choices; c++) {
            size_t to = c < pg->n_choices ? pg->choices[c].page : pg->n_choices ? PAGE_END : pg->next;
            if (to != PAGE_END && !seen[to]) {
                seen[to] = true;
                todo[n_todo++] = to;
            }
        }
    }
    for (size_t i = 0; i < m->n_pages; i++)
        if (!seen[i]) {
            char *p = xasprintf("pages[%zu]", i + 1);
            ld_report(ld, PROBLEM_WARNING, m->pages[i].line, p,
                      "unreachable: no choice or next leads here from the first page");
            free(p);
        }
    free(seen);
    free(todo);
}

static int cmp_tag_pass(const void *a, const void *b)
{
    return strcmp(((const TagPassMark *)a)->tag, ((const TagPassMark *)b)->tag);
}

/* pass_by_tag = { marking = 80, ["safe-handling"] = 100 } of the settings table at idx: a pass
 * mark for the questions of each tag, kept sorted by tag (pairs has no order). Stack: 0. */
static void read_pass_by_tag(Ld *ld, int idx, int line, const char *name, QuizSettings *s)
{
    enum { MAX_TAG_MARKS = 50 };
    lua_State *L = ld->L;
    char *p = ld_join_path(name, "pass_by_tag");
    int t = ld_raw_getfield(L, idx, "pass_by_tag");
    if (t != LUA_TNIL && t != LUA_TTABLE)
        ld_report(ld, PROBLEM_ERROR, line, p,
                  "must be a table of tag = percent, e.g. { marking = 80 }, not %s",
                  luaL_typename(L, -1));
    if (t != LUA_TTABLE) {
        lua_pop(L, 1);
        free(p);
        return;
    }
    int tbl = lua_gettop(L);
    size_t cap = 0;
    lua_pushnil(L);
    while (lua_next(L, tbl)) {
        if (s->n_pass_by_tag == MAX_TAG_MARKS) {
            ld_report(ld, PROBLEM_ERROR, line, p, "too many tags (at most %d)", MAX_TAG_MARKS);
            lua_pop(L, 2);
            break;
        }
        lua_pushvalue(L, -2); /* a copy: reading the key must not convert the one lua_next needs */
        char *tag = ld_read_id_value(ld, line, p);
        lua_pop(L, 1);
        if (tag) {
            char *tp = ld_join_path(p, tag);
            if (lua_type(L, -1) != LUA_TNUMBER || !(lua_tonumber(L, -1) >= 0) ||
                lua_tonumber(L, -1) > 100) {
                ld_report(ld, PROBLEM_ERROR, line, tp, "must be a number from 0 to 100");
                free(tag);
            } else {
                s->pass_by_tag = xgrow(s->pass_by_tag, s->n_pass_by_tag, &cap,
                                       sizeof *s->pass_by_tag);
                s->pass_by_tag[s->n_pass_by_tag++] = (TagPassMark){tag, lua_tonumber(L, -1)};
            }
            free(tp);
        }
        lua_pop(L, 1);
    }
    if (s->n_pass_by_tag > 1)
        qsort(s->pass_by_tag, s->n_pass_by_tag, sizeof *s->pass_by_tag, cmp_tag_pass);
    lua_pop(L, 1);
    free(p);
}

/* The settings table name (practice or exam) of the lesson at idx into s. Stack: 0. */
static void read_quiz_settings(Ld *ld, int idx, int line, const char *name, QuizSettings *s)
{
    static const char *const practice_fields[] = {"draw", "tags", "shuffle", "pass", "pass_by_tag",
                                                  "retries", "penalty", "hint_cost", NULL};
    static const char *const exam_fields[] = {"draw", "tags", "shuffle", "pass", "pass_by_tag",
                                              "time_limit", "attempts", NULL};
    lua_State *L = ld->L;
    bool exam = strcmp(name, "exam") == 0;
    quiz_settings_default(s, exam ? QUIZ_EXAM : QUIZ_PRACTICE);
    line = ld_field_line(ld, idx, name, line);
    if (ld_raw_getfield(L, idx, name) != LUA_TTABLE) {
        ld_report(ld, PROBLEM_ERROR, line, name, "must be a table { ... }");
        lua_pop(L, 1);
        return;
    }
    int t = lua_gettop(L);
    ld_check_fields(ld, t, line, name, exam ? exam_fields : practice_fields);
    double v;
    if (ld_read_number(ld, t, "draw", line, name, 1, 1000, true, &v))
        s->draw = (unsigned)v;
    s->n_tags = ld_read_ids(ld, t, "tags", line, name, 50, &s->tags);
    ld_read_bool(ld, t, "shuffle", line, name, &s->shuffle);
    ld_read_number(ld, t, "pass", line, name, 0, 100, false, &s->pass);
    read_pass_by_tag(ld, t, line, name, s);
    if (ld_read_number(ld, t, "retries", line, name, 0, 9, true, &v))
        s->retries = (unsigned)v;
    ld_read_number(ld, t, "penalty", line, name, 0, 1, false, &s->penalty);
    ld_read_number(ld, t, "hint_cost", line, name, 0, 1, false, &s->hint_cost);
    if (ld_read_number(ld, t, "time_limit", line, name, 10, 24 * 3600, true, &v))
        s->time_limit = (unsigned)v;
    if (ld_read_number(ld, t, "attempts", line, name, 1, 1000, true, &v))
        s->attempts = (unsigned)v;
    lua_pop(L, 1);
}

/* practice = { ... } and exam = { ... }: how the quiz is taken. A lesson may give either, or both:
 * then the exam decides the pass (m->settings) and the practice quiz, drawn from the same
 * questions, has settings of its own (m->practice). Stack: 0. */
static void read_settings(Ld *ld, int idx, int line, Module *m)
{
    lua_State *L = ld->L;
    bool practice = ld_raw_getfield(L, idx, "practice") != LUA_TNIL;
    bool exam = ld_raw_getfield(L, idx, "exam") != LUA_TNIL;
    lua_pop(L, 2);
    if (exam)
        read_quiz_settings(ld, idx, line, "exam", &m->settings);
    if (practice && exam) {
        m->practice = xcalloc(1, sizeof *m->practice);
        read_quiz_settings(ld, idx, line, "practice", m->practice);
    } else if (practice) {
        read_quiz_settings(ld, idx, line, "practice", &m->settings);
    }
}

/* Line of field of the settings table at set, or of the entry of that list whose value is tag
 * when tag is given; line when not known. Stack: 0. */
static int settings_line(Ld *ld, int set, const char *field, const char *tag, int line)
{
    lua_State *L = ld->L;
    if (lua_type(L, set) != LUA_TTABLE)
        return line;
    if (!tag)
        return ld_field_line(ld, set, field, line);
    line = ld_field_line(ld, set, field, line);
    if (ld_raw_getfield(L, set, field) == LUA_TTABLE)
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1); i++) {
            lua_rawgeti(L, -1, i);
            bool is = lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), tag) == 0;
            lua_pop(L, 1);
            if (is) {
                line = ld_entry_line(ld, -1, i, line);
                break;
            }
        }
    lua_pop(L, 1);
    return line;
}

/* Checks the settings s of one of m's quizzes (from the lesson table at idx) against the
 * questions: tags drawn from exist, enough to draw, a tag with a pass mark of its own is asked, a
 * question that must be right can be asked. */
static void check_quiz_settings(Ld *ld, const Module *m, const QuizSettings *s, int idx, int line)
{
    lua_State *L = ld->L;
    const char *name = s->mode == QUIZ_EXAM ? "exam" : "practice";
    size_t pool = quiz_pool_size(m, s);
    line = ld_field_line(ld, idx, name, line);
    ld_raw_getfield(L, idx, name);
    int set = lua_gettop(L);
    for (size_t t = 0; t < s->n_pass_by_tag; t++) {
        bool asked = false;
        for (size_t i = 0; i < m->n_questions && !asked; i++)
            asked = quiz_pool_has(s, &m->questions[i]) &&
                    question_has_tag(&m->questions[i], s->pass_by_tag[t].tag);
        if (!asked) {
            char *p = xasprintf("%s.pass_by_tag.%s", name, s->pass_by_tag[t].tag);
            ld_report(ld, PROBLEM_ERROR, settings_line(ld, set, "pass_by_tag", NULL, line), p,
                      "no question the quiz may ask carries the tag '%s'",
                      s->pass_by_tag[t].tag);
            free(p);
        }
    }
    for (size_t i = 0; i < m->n_questions; i++) {
        const Question *q = &m->questions[i];
        if (q->critical && !quiz_pool_has(s, q)) {
            char *p = xasprintf("quiz[%zu].critical", q->quiz_index + 1);
            ld_report(ld, PROBLEM_WARNING, q->line ? q->line : line, p,
                      "the quiz never asks this question: it carries none of %s.tags", name);
            free(p);
        }
    }
    for (size_t t = 0; t < s->n_tags; t++) {
        bool used = false;
        for (size_t i = 0; i < m->n_questions && !used; i++)
            used = question_has_tag(&m->questions[i], s->tags[t]);
        if (!used) {
            char *p = xasprintf("%s.tags", name);
            ld_report(ld, PROBLEM_ERROR, settings_line(ld, set, "tags", s->tags[t], line), p,
                      "no question carries the tag '%s'", s->tags[t]);
            free(p);
        }
    }
    if (s->draw > pool && m->n_questions) {
        char *p = xasprintf("%s.draw", name);
        ld_report(ld, PROBLEM_ERROR, settings_line(ld, set, "draw", NULL, line), p,
                  "draws %u questions from a pool of %zu", s->draw, pool);
        free(p);
    }
    lua_pop(L, 1);
}

/* The same checks for each quiz the lesson gives: its exam or practice quiz, and a practice quiz
 * beside an exam. */
static void check_settings(Ld *ld, const Module *m, int idx, int line)
{
    if (m->practice)
        check_quiz_settings(ld, m, m->practice, idx, line);
    check_quiz_settings(ld, m, &m->settings, idx, line);
}

lua_Integer ld_read_sources(Ld *ld, int idx, int line, int list_line, const char *twice,
                            Source **out, size_t *n)
{
    static const char *const fields[] = {"key", "text", NULL};
    lua_State *L = ld->L;
    lua_Integer len = ld_push_list(ld, idx, "sources", list_line, "", 200);
    int list = lua_gettop(L);
    int sl = ld_field_line(ld, idx, "sources", line);
    if (len > 0)
        *out = xcalloc((size_t)len, sizeof **out);
    for (lua_Integer i = 1; i <= len; i++) {
        char *p = xasprintf("sources[%lld]", (long long)i);
        int at = ld_entry_line(ld, list, i, sl);
        lua_rawgeti(L, list, i);
        int e = lua_gettop(L);
        if (lua_type(L, e) != LUA_TTABLE) {
            ld_report(ld, PROBLEM_ERROR, at, p, "must be { key = \"...\", text = \"...\" }");
        } else {
            ld_check_fields(ld, e, at, p, fields);
            ld_raw_getfield(L, e, "key");
            ld_raw_getfield(L, e, "text");
            bool listed = false;
            for (size_t k = 0; twice && k < *n && !listed && lua_type(L, -2) == LUA_TSTRING; k++)
                listed = strcmp((*out)[k].key, lua_tostring(L, -2)) == 0;
            if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
                ld_report(ld, PROBLEM_ERROR,
                          ld_field_line(ld, e, lua_type(L, -2) != LUA_TSTRING ? "key" : "text", at),
                          p, "key and text must both be strings");
            } else if (listed) {
                ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, e, "key", at), p, twice,
                          lua_tostring(L, -2));
            } else {
                Source *s = &(*out)[(*n)++];
                s->key = xstrdup(lua_tostring(L, -2));
                s->text = xstrdup(lua_tostring(L, -1));
            }
            lua_pop(L, 2);
        }
        lua_pop(L, 1);
        free(p);
    }
    lua_pop(L, 1);
    return len;
}

/* Module sources: { { key = "N2", text = "..." }, ... } (a key may be listed twice). Stack: 0. */
static void read_sources(Ld *ld, int idx, int line, Module *m)
{
    if (ld_read_sources(ld, idx, line, line, NULL, &m->sources, &m->n_sources) == 0)
        ld_report(ld, PROBLEM_WARNING, line, "sources", "missing: name the sources of the facts taught");
}

Module *loader_build(Sandbox *sb, const char *file, int gen_seeds, AssetsCheck pictures,
                     Problems *probs)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L, .file = file, .probs = probs, .map = ld_srcmap(L)};
    int idx = lua_gettop(L);
    int line = 0;
    Module *m = NULL;
    if (!lua_checkstack(L, 40)) {
        ld_report(&ld, PROBLEM_ERROR, 0, "", "out of memory");
        goto done;
    }
    if (lua_type(L, idx) != LUA_TTABLE || ld_ctor_of(&ld, idx, &line) != CTOR_LESSON) {
        ld_report(&ld, PROBLEM_ERROR, 0, "",
               "the module must end with: return lesson { id = ..., title = ..., ... }");
        goto done;
    }
    m = module_new();
    m->file = xstrdup(file);
    ld_check_fields(&ld, idx, line, "", lesson_fields);
    m->id = ld_read_id(&ld, idx, "id", line, "");
    m->id_line = ld_field_line(&ld, idx, "id", line);
    ld_raw_getfield(L, idx, "version");
    m->version = 1;
    if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 && lua_tointeger(L, -1) < 1000000)
        m->version = (int)lua_tointeger(L, -1);
    else if (!lua_isnil(L, -1))
        ld_report(&ld, PROBLEM_ERROR, ld_field_line(&ld, idx, "version", line), "version",
                  "must be a whole number from 1");
    lua_pop(L, 1);
    ld_read_text(&ld, idx, "title", line, "", true, &m->title);
    ld_read_text(&ld, idx, "summary", line, "", false, &m->summary);
    read_sources(&ld, idx, line, m);
    ld.module = m; /* pages and questions cite its sources */
    m->n_requires = ld_read_ids(&ld, idx, "requires", line, "", 50, &m->requires);
    m->requires_line = ld_field_line(&ld, idx, "requires", line);
    for (size_t i = 0; m->id && i < m->n_requires; i++)
        if (strcmp(m->requires[i], m->id) == 0)
            ld_report(&ld, PROBLEM_ERROR, m->requires_line, "requires",
                      "a module cannot require itself");
    read_settings(&ld, idx, line, m);

    lua_Integer n = ld_push_list(&ld, idx, "pages", line, "", 500);
    int list = lua_gettop(L);
    int list_line = ld_field_line(&ld, idx, "pages", line);
    if (n > 0) {
        m->pages = xcalloc((size_t)n, sizeof *m->pages);
        for (lua_Integer i = 1; i <= n; i++) {
            char *p = xasprintf("pages[%lld]", (long long)i);
            int at = ld_entry_line(&ld, list, i, list_line);
            lua_rawgeti(L, list, i);
            if (lua_type(L, -1) != LUA_TTABLE)
                ld_report(&ld, PROBLEM_ERROR, at, p, "not a page: write page { ... }");
            else
                read_page(&ld, at, p, &m->pages[m->n_pages++]);
            lua_pop(L, 1);
            free(p);
        }
    }
    if (n >= 0) /* a proper list: the pages were read in its order */
        link_pages(&ld, m, list);
    lua_pop(L, 1);

    n = ld_push_list(&ld, idx, "quiz", line, "", 1000);
    list = lua_gettop(L);
    list_line = ld_field_line(&ld, idx, "quiz", line);
    if (n > 0) {
        m->questions = xcalloc((size_t)n, sizeof *m->questions);
        for (lua_Integer i = 1; i <= n; i++) {
            char *p = xasprintf("quiz[%lld]", (long long)i);
            int at = ld_entry_line(&ld, list, i, list_line);
            lua_rawgeti(L, list, i);
            if (lua_type(L, -1) != LUA_TTABLE && lua_type(L, -1) != LUA_TFUNCTION)
                ld_report(&ld, PROBLEM_ERROR, at, p,
                          "not a question: write choice { ... }, or a function (rng) that returns one");
            else {
                Question *q = &m->questions[m->n_questions++];
                ld.id_line = 0;
                if (lua_type(L, -1) == LUA_TFUNCTION)
                    ld_read_generated(&ld, at, p, (size_t)(i - 1), gen_seeds < 1 ? 1 : gen_seeds, q);
                else
                    ld_read_question(&ld, at, p, q);
                q->quiz_index = (size_t)(i - 1);
                for (size_t k = 0; q->id && k + 1 < m->n_questions; k++)
                    if (m->questions[k].id && strcmp(m->questions[k].id, q->id) == 0) {
                        char *ip = ld_join_path(p, "id");
                        ld_report(&ld, PROBLEM_ERROR, ld.id_line ? ld.id_line : q->line, ip,
                                  "duplicate id '%s' (also quiz[%zu])", q->id, k + 1);
                        free(ip);
                    }
            }
            lua_pop(L, 1);
            free(p);
        }
    }
    lua_pop(L, 1);
    check_settings(&ld, m, idx, line);
    if (m->n_pages == 0 && m->n_questions == 0)
        ld_report(&ld, PROBLEM_ERROR, line, "", "a lesson needs pages or a quiz (or both)");
    if (ld.errors == 0)
        ld.errors += module_check_pictures(m, pictures, probs);

done:
    lua_settop(L, idx - 1);
    if (ld.errors > 0) {
        module_free(m);
        return NULL;
    }
    return m;
}
