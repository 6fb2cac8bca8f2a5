/* Capacity-assessment instruments: reads the table an instrument file returns (instrument,
 * pillar, indicator and rule constructors) into a core Instrument, each problem at the line of
 * the field at fault. Running the rules is loader_rules.c's. */
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/measure.h"
#include "loader.h"
#include "loader_read.h"

/* Bounds of an instrument: a regional one has about eight pillars of three to five indicators. */
#define MAX_PILLARS 50
#define MAX_INDICATORS 100 /* per pillar */
#define MAX_QUESTIONS 20
#define MAX_RULES 200
#define MAX_WEIGHT 100

static const char *const instrument_fields[] = {"id", "version", "title", "sources", "pillars",
                                                "rules", NULL};
static const char *const pillar_fields[] = {"id", "title", "indicators", NULL};
static const char *const indicator_fields[] = {"id", "title", "critical", "weight",
                                               "not_applicable", "levels", "verification",
                                               "questions", "sources", "measure", NULL};
static const char *const measure_fields[] = {"name", "competencies", "thresholds", NULL};
static const char *const rule_fields[] = {"id", "pillar", "when", "text", NULL};

/* The thresholds of a measure that gives none: a fifth of the trainees for each level. */
static const double default_thresholds[INSTRUMENT_LEVELS] = {0, 20, 40, 60, 80};

bool loader_is_instrument(Sandbox *sb)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L};
    return lua_type(L, -1) == LUA_TTABLE && ld_ctor_of(&ld, -1, NULL) == CTOR_INSTRUMENT;
}

/* An indicator id: lower-case letters, digits, '-', '_' and '.' between words ("legal.ratified"),
 * at most 64. */
static bool valid_indicator_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64 || s[0] == '.' || s[n - 1] == '.')
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (i == 0 && !word)
            return false;
        if (!word && c != '-' && c != '_' && c != '.')
            return false;
        if (c == '.' && s[i - 1] == '.')
            return false;
    }
    return true;
}

/* The indicator id field of the table at idx; owned or NULL (reported). Stack: 0. */
static char *read_indicator_id(Ld *ld, int idx, int line, const char *path)
{
    lua_State *L = ld->L;
    char *p = ld_join_path(path, "id");
    line = ld_field_line(ld, idx, "id", line);
    int t = ld_raw_getfield(L, idx, "id");
    char *id = NULL;
    if (t == LUA_TNIL)
        ld_report(ld, PROBLEM_ERROR, line, p, "missing (an id such as \"legal.ratified\")");
    else if (t != LUA_TSTRING)
        ld_report(ld, PROBLEM_ERROR, line, p, "must be a string, not %s", luaL_typename(L, -1));
    else if (!valid_indicator_id(lua_tostring(L, -1)))
        ld_report(ld, PROBLEM_ERROR, line, p,
                  "'%s' is not a valid indicator id (lower-case letters, digits, '-', '_' and "
                  "'.' between words, at most 64)", lua_tostring(L, -1));
    else
        id = ld_checked_string(ld, -1, line, p);
    lua_pop(L, 1);
    free(p);
    return id;
}

/* sources = { { key = "T1", text = "..." }, ... } of the instrument table at idx. Stack: 0. */
static void read_sources(Ld *ld, int idx, int line, Instrument *inst)
{
    if (ld_read_sources(ld, idx, line, line, "the key '%s' is used twice", &inst->sources,
                        &inst->n_sources) == 0)
        ld_report(ld, PROBLEM_WARNING, line, "sources",
                  "missing: name the sources the indicators rest on");
}

/* sources = { "T1", ... } of an indicator: keys of the instrument's sources. Stack: 0. */
static void read_refs(Ld *ld, const Instrument *inst, int idx, int line, const char *path,
                      SourceRefs *out)
{
    lua_State *L = ld->L;
    line = ld_field_line(ld, idx, "sources", line);
    lua_Integer n = ld_push_list(ld, idx, "sources", line, path, 50);
    int list = lua_gettop(L);
    char *p = ld_join_path(path, "sources");
    if (n > 0)
        out->keys = xcalloc((size_t)n, sizeof *out->keys);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, list, i);
        int at = ld_entry_line(ld, list, i, line);
        const char *key = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        bool known = false;
        for (size_t k = 0; key && k < inst->n_sources && !known; k++)
            known = strcmp(inst->sources[k].key, key) == 0;
        if (!key)
            ld_report(ld, PROBLEM_ERROR, at, p, "entry %lld must be a source key string",
                      (long long)i);
        else if (!known)
            ld_report(ld, PROBLEM_ERROR, at, p, "'%s' is not in the instrument's sources", key);
        else
            out->keys[out->n++] = xstrdup(key);
        lua_pop(L, 1);
    }
    free(p);
    lua_pop(L, 1);
}

/* levels = { {en=..., es=...} x 5 }: what levels 0 to 4 mean, in order. Stack: 0. */
static void read_levels(Ld *ld, int idx, int line, const char *path, Indicator *ind)
{
    lua_State *L = ld->L;
    char *p = ld_join_path(path, "levels");
    int at = ld_field_line(ld, idx, "levels", line);
    bool absent = ld_raw_getfield(L, idx, "levels") == LUA_TNIL;
    lua_pop(L, 1);
    lua_Integer n = ld_push_list(ld, idx, "levels", line, path, 1000);
    int list = lua_gettop(L);
    if (absent)
        ld_report(ld, PROBLEM_ERROR, line, p,
                  "missing: what each level means for this indicator, levels 0 to 4 in order");
    else if (n >= 0 && n != INSTRUMENT_LEVELS)
        ld_report(ld, PROBLEM_ERROR, at, p,
                  "must give exactly %d levels, what 0 to %d mean in order (it gives %lld)",
                  INSTRUMENT_LEVELS, INSTRUMENT_MAX_LEVEL, (long long)n);
    for (lua_Integer i = 1; n == INSTRUMENT_LEVELS && i <= n; i++) {
        char *lp = xasprintf("%s[%lld] (level %lld)", p, (long long)i, (long long)(i - 1));
        lua_rawgeti(L, list, i);
        ld_read_text_value(ld, ld_entry_line(ld, list, i, at), lp, true, &ind->levels[i - 1]);
        lua_pop(L, 1);
        free(lp);
    }
    lua_pop(L, 1);
    free(p);
}

/* questions = { text, ... }: the guiding questions, at least one. Stack: 0. */
static void read_questions(Ld *ld, int idx, int line, const char *path, Indicator *ind)
{
    lua_State *L = ld->L;
    char *p = ld_join_path(path, "questions");
    int at = ld_field_line(ld, idx, "questions", line);
    lua_Integer n = ld_push_list(ld, idx, "questions", line, path, MAX_QUESTIONS);
    int list = lua_gettop(L);
    if (n == 0)
        ld_report(ld, PROBLEM_ERROR, at, p,
                  "missing: at least one guiding question for the assessor");
    if (n > 0)
        ind->questions = xcalloc((size_t)n, sizeof *ind->questions);
    for (lua_Integer i = 1; i <= n; i++) {
        char *qp = xasprintf("%s[%lld]", p, (long long)i);
        lua_rawgeti(L, list, i);
        if (ld_read_text_value(ld, ld_entry_line(ld, list, i, at), qp, true,
                               &ind->questions[ind->n_questions]))
            ind->n_questions++;
        else
            ltext_done(&ind->questions[ind->n_questions]);
        lua_pop(L, 1);
        free(qp);
    }
    lua_pop(L, 1);
    free(p);
}

/* thresholds = { 0, 20, 40, 60, 80 } of the measure table at m. Stack: 0. */
static void read_thresholds(Ld *ld, int m, int line, const char *path, MeasureSpec *spec)
{
    lua_State *L = ld->L;
    memcpy(spec->thresholds, default_thresholds, sizeof spec->thresholds);
    if (ld_raw_getfield(L, m, "thresholds") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 1);
    char *p = ld_join_path(path, "thresholds");
    int at = ld_field_line(ld, m, "thresholds", line);
    lua_Integer n = ld_push_list(ld, m, "thresholds", line, path, 100);
    int list = lua_gettop(L);
    if (n >= 0 && n != INSTRUMENT_LEVELS)
        ld_report(ld, PROBLEM_ERROR, at, p,
                  "must give exactly %d values, the least share (percent) for levels 0 to %d "
                  "(it gives %lld)", INSTRUMENT_LEVELS, INSTRUMENT_MAX_LEVEL, (long long)n);
    for (lua_Integer i = 1; n == INSTRUMENT_LEVELS && i <= n; i++) {
        lua_rawgeti(L, list, i);
        double v = lua_tonumber(L, -1);
        int el = ld_entry_line(ld, list, i, at);
        if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(v) || v < 0 || v > 100)
            ld_report(ld, PROBLEM_ERROR, el, p, "entry %lld must be a number from 0 to 100",
                      (long long)i);
        else if (i > 1 && v < spec->thresholds[i - 2])
            ld_report(ld, PROBLEM_ERROR, el, p,
                      "must rise from level to level: level %lld's %g is below level %lld's %g",
                      (long long)(i - 1), v, (long long)(i - 2), spec->thresholds[i - 2]);
        else
            spec->thresholds[i - 1] = v;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    free(p);
}

/* measure = { name = ..., competencies = { ... }, thresholds = { ... } }. Stack: 0. */
static void read_measure(Ld *ld, int idx, int line, const char *path, Indicator *ind)
{
    lua_State *L = ld->L;
    int t = ld_raw_getfield(L, idx, "measure");
    char *p = ld_join_path(path, "measure");
    int at = ld_field_line(ld, idx, "measure", line);
    if (t == LUA_TTABLE) {
        int m = lua_gettop(L);
        MeasureSpec *spec = xcalloc(1, sizeof *spec);
        spec->line = at;
        ld_check_fields(ld, m, at, p, measure_fields);
        char *np = ld_join_path(p, "name");
        int nl = ld_field_line(ld, m, "name", at);
        int nt = ld_raw_getfield(L, m, "name");
        if (nt != LUA_TSTRING)
            ld_report(ld, PROBLEM_ERROR, nl, np, "%s: the name of a measure rastro computes (%s)",
                      nt == LUA_TNIL ? "missing" : "must be a string", measure_names());
        else if (!measure_known(lua_tostring(L, -1)))
            ld_report(ld, PROBLEM_ERROR, nl, np, "unknown measure '%s' (rastro computes %s)",
                      lua_tostring(L, -1), measure_names());
        else
            spec->name = xstrdup(lua_tostring(L, -1));
        lua_pop(L, 1);
        free(np);
        spec->n_competencies = ld_read_ids(ld, m, "competencies", at, p, 50, &spec->competencies);
        if (spec->n_competencies == 0) {
            char *cp = ld_join_path(p, "competencies");
            ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, m, "competencies", at), cp,
                      "missing: the ids of the competencies (modules) it counts passes of");
            free(cp);
        }
        read_thresholds(ld, m, at, p, spec);
        ind->measure = spec;
    } else if (t != LUA_TNIL) {
        ld_report(ld, PROBLEM_ERROR, at, p,
                  "must be { name = \"%s\", competencies = { ... }, thresholds = { ... } }",
                  measure_names());
    }
    lua_pop(L, 1);
    free(p);
}

/* The indicator table on top of the stack (left there) into ind. Stack: 0. */
static void read_indicator(Ld *ld, const Instrument *inst, int parent_line, const char *path,
                           Indicator *ind)
{
    lua_State *L = ld->L;
    int idx = lua_gettop(L);
    int line = parent_line;
    if (ld_ctor_of(ld, idx, &line) != CTOR_INDICATOR) {
        ld_report(ld, PROBLEM_ERROR, parent_line, path,
                  "not an indicator: write indicator { id = ..., title = ..., levels = ... }");
        return;
    }
    ind->line = line;
    ld_check_fields(ld, idx, line, path, indicator_fields);
    ind->id = read_indicator_id(ld, idx, line, path);
    ld_read_text(ld, idx, "title", line, path, true, &ind->title);
    ld_read_bool(ld, idx, "critical", line, path, &ind->critical);
    ld_read_bool(ld, idx, "not_applicable", line, path, &ind->na_allowed);
    ind->weight = 1;
    if (ld_raw_getfield(L, idx, "weight") != LUA_TNIL) {
        double w = lua_tonumber(L, -1);
        char *wp = ld_join_path(path, "weight");
        int wl = ld_field_line(ld, idx, "weight", line);
        if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(w))
            ld_report(ld, PROBLEM_ERROR, wl, wp, "must be a number");
        else if (w <= 0)
            ld_report(ld, PROBLEM_ERROR, wl, wp,
                      "must be more than 0 (an indicator that should not count is left out)");
        else if (w > MAX_WEIGHT)
            ld_report(ld, PROBLEM_ERROR, wl, wp, "must be at most %d", MAX_WEIGHT);
        else
            ind->weight = w;
        free(wp);
    }
    lua_pop(L, 1);
    read_levels(ld, idx, line, path, ind);
    ld_read_text(ld, idx, "verification", line, path, true, &ind->verification);
    read_questions(ld, idx, line, path, ind);
    read_refs(ld, inst, idx, line, path, &ind->sources);
    read_measure(ld, idx, line, path, ind);
}

/* Whether id is already an indicator of inst (before pillar p's indicator i); *where names it. */
static bool indicator_taken(const Instrument *inst, size_t p, size_t i, const char *id,
                            char *where, size_t len)
{
    for (size_t q = 0; q <= p && q < inst->n_pillars; q++)
        for (size_t k = 0; k < inst->pillars[q].n_indicators && (q < p || k < i); k++) {
            const char *other = inst->pillars[q].indicators[k].id;
            if (other && strcmp(other, id) == 0) {
                snprintf(where, len, "pillars[%zu].indicators[%zu]", q + 1, k + 1);
                return true;
            }
        }
    return false;
}

/* The pillar table on top of the stack (left there) into inst->pillars[p]. Stack: 0. */
static void read_pillar(Ld *ld, Instrument *inst, size_t p, int parent_line, const char *path)
{
    lua_State *L = ld->L;
    Pillar *pl = &inst->pillars[p];
    int idx = lua_gettop(L);
    int line = parent_line;
    if (ld_ctor_of(ld, idx, &line) != CTOR_PILLAR) {
        ld_report(ld, PROBLEM_ERROR, parent_line, path,
                  "not a pillar: write pillar { id = ..., title = ..., indicators = { ... } }");
        return;
    }
    pl->line = line;
    ld_check_fields(ld, idx, line, path, pillar_fields);
    pl->id = ld_read_id(ld, idx, "id", line, path);
    for (size_t k = 0; pl->id && k < p; k++)
        if (inst->pillars[k].id && strcmp(inst->pillars[k].id, pl->id) == 0) {
            char *ip = ld_join_path(path, "id");
            ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "id", line), ip,
                      "duplicate id '%s' (also pillars[%zu])", pl->id, k + 1);
            free(ip);
        }
    ld_read_text(ld, idx, "title", line, path, true, &pl->title);
    int il = ld_field_line(ld, idx, "indicators", line);
    lua_Integer n = ld_push_list(ld, idx, "indicators", line, path, MAX_INDICATORS);
    int list = lua_gettop(L);
    if (n == 0)
        ld_report(ld, PROBLEM_ERROR, il, path, "indicators: missing: a pillar needs indicators");
    if (n > 0)
        pl->indicators = xcalloc((size_t)n, sizeof *pl->indicators);
    for (lua_Integer i = 1; i <= n; i++) {
        char *ip = xasprintf("%s.indicators[%lld]", path, (long long)i);
        int at = ld_entry_line(ld, list, i, il);
        lua_rawgeti(L, list, i);
        if (lua_type(L, -1) != LUA_TTABLE) {
            ld_report(ld, PROBLEM_ERROR, at, ip, "not an indicator: write indicator { ... }");
        } else {
            Indicator *ind = &pl->indicators[pl->n_indicators++];
            read_indicator(ld, inst, at, ip, ind);
            char where[64];
            if (ind->id && indicator_taken(inst, p, pl->n_indicators - 1, ind->id, where,
                                           sizeof where)) {
                char *dp = ld_join_path(ip, "id");
                ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, -1, "id", at), dp,
                          "duplicate id '%s' (also %s)", ind->id, where);
                free(dp);
            }
        }
        lua_pop(L, 1);
        free(ip);
    }
    lua_pop(L, 1);
}

/* The rule table on top of the stack (left there) into inst->rules[r]. Stack: 0. */
static void read_rule(Ld *ld, Instrument *inst, size_t r, int parent_line, const char *path)
{
    lua_State *L = ld->L;
    InstrumentRule *rule = &inst->rules[r];
    int idx = lua_gettop(L);
    int line = parent_line;
    if (ld_ctor_of(ld, idx, &line) != CTOR_RULE) {
        ld_report(ld, PROBLEM_ERROR, parent_line, path,
                  "not a rule: write rule { id = ..., when = function(a) ... end, text = ... }");
        return;
    }
    rule->line = line;
    ld_check_fields(ld, idx, line, path, rule_fields);
    rule->id = ld_read_id(ld, idx, "id", line, path);
    for (size_t k = 0; rule->id && k < r; k++)
        if (inst->rules[k].id && strcmp(inst->rules[k].id, rule->id) == 0) {
            char *ip = ld_join_path(path, "id");
            ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "id", line), ip,
                      "duplicate id '%s' (also rules[%zu])", rule->id, k + 1);
            free(ip);
        }
    rule->pillar = ld_read_opt_id(ld, idx, "pillar", line, path);
    if (rule->pillar && instrument_pillar_index(inst, rule->pillar) == (size_t)-1) {
        char *pp = ld_join_path(path, "pillar");
        ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "pillar", line), pp,
                  "the instrument has no pillar '%s'", rule->pillar);
        free(pp);
    }
    char *wp = ld_join_path(path, "when");
    int t = ld_raw_getfield(L, idx, "when");
    if (t == LUA_TFUNCTION) {
        lua_Debug ar;
        lua_pushvalue(L, -1);
        rule->when_line = lua_getinfo(L, ">S", &ar) && ar.linedefined > 0 ? ar.linedefined : line;
    } else {
        ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "when", line), wp,
                  "%s: write when = function(a) return ... end, true when the recommendation "
                  "applies", t == LUA_TNIL ? "missing" : "must be a function");
    }
    lua_pop(L, 1);
    free(wp);
    ld_read_text(ld, idx, "text", line, path, true, &rule->text);
}

Instrument *loader_build_instrument(Sandbox *sb, const char *file, Problems *probs)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L, .file = file, .probs = probs, .map = ld_srcmap(L)};
    int idx = lua_gettop(L);
    int line = 0;
    Instrument *inst = NULL;
    if (!lua_checkstack(L, 40)) {
        ld_report(&ld, PROBLEM_ERROR, 0, "", "out of memory");
        goto done;
    }
    ld_ctor_of(&ld, idx, &line);
    inst = instrument_new();
    inst->file = xstrdup(file);
    ld_check_fields(&ld, idx, line, "", instrument_fields);
    inst->id = ld_read_id(&ld, idx, "id", line, "");
    inst->id_line = ld_field_line(&ld, idx, "id", line);
    double v;
    if (ld_read_number(&ld, idx, "version", line, "", 1, 999999, true, &v))
        inst->version = (int)v;
    ld_read_text(&ld, idx, "title", line, "", true, &inst->title);
    read_sources(&ld, idx, line, inst);

    int pl = ld_field_line(&ld, idx, "pillars", line);
    lua_Integer n = ld_push_list(&ld, idx, "pillars", line, "", MAX_PILLARS);
    int list = lua_gettop(L);
    if (n == 0)
        ld_report(&ld, PROBLEM_ERROR, pl, "pillars", "missing: an instrument needs pillars");
    if (n > 0)
        inst->pillars = xcalloc((size_t)n, sizeof *inst->pillars);
    for (lua_Integer i = 1; i <= n; i++) {
        char *p = xasprintf("pillars[%lld]", (long long)i);
        int at = ld_entry_line(&ld, list, i, pl);
        lua_rawgeti(L, list, i);
        if (lua_type(L, -1) != LUA_TTABLE)
            ld_report(&ld, PROBLEM_ERROR, at, p, "not a pillar: write pillar { ... }");
        else
            read_pillar(&ld, inst, inst->n_pillars++, at, p);
        lua_pop(L, 1);
        free(p);
    }
    lua_pop(L, 1);

    int rl = ld_field_line(&ld, idx, "rules", line);
    n = ld_push_list(&ld, idx, "rules", line, "", MAX_RULES);
    list = lua_gettop(L);
    if (n > 0)
        inst->rules = xcalloc((size_t)n, sizeof *inst->rules);
    for (lua_Integer i = 1; i <= n; i++) {
        char *p = xasprintf("rules[%lld]", (long long)i);
        int at = ld_entry_line(&ld, list, i, rl);
        lua_rawgeti(L, list, i);
        if (lua_type(L, -1) != LUA_TTABLE)
            ld_report(&ld, PROBLEM_ERROR, at, p, "not a rule: write rule { ... }");
        else
            read_rule(&ld, inst, inst->n_rules++, at, p);
        lua_pop(L, 1);
        free(p);
    }
    lua_pop(L, 1);

done:
    lua_settop(L, idx - 1);
    if (ld.errors > 0) {
        instrument_free(inst);
        return NULL;
    }
    return inst;
}
