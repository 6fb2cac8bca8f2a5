/* Reading the locate constructor: the grid laid over the question's picture and the right
 * places on it, in the picture's pixels. */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>

#include "loader_read.h"

static const char *const locate_fields[] = {"grid", "regions", NULL};

/* A number field of the table at idx: false (reported) when present and not a number >= min. */
static bool read_number(Ld *ld, int idx, const char *field, int line, const char *path, double min,
                        double *out)
{
    lua_State *L = ld->L;
    bool ok = false;
    int t = ld_raw_getfield(L, idx, field);
    char *p = ld_join_path(path, field);
    if (t == LUA_TNUMBER && lua_tonumber(L, -1) >= min && lua_tonumber(L, -1) < 1e6) {
        *out = lua_tonumber(L, -1);
        ok = true;
    } else {
        ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, field, line), p, "%s (a number of pixels%s)",
                  t == LUA_TNIL ? "missing" : "must be a number in range", min > 0 ? ", above 0" : "");
    }
    lua_pop(L, 1);
    free(p);
    return ok;
}

/* locate: grid = { columns, rows } and regions = { { x =, y =, w =, h = }, ... }. Stack: 0. */
static void read_locate(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    q->grid_cols = LOCATE_DEFAULT_COLS;
    q->grid_rows = LOCATE_DEFAULT_ROWS;
    char *gp = ld_join_path(path, "grid");
    int gl = ld_field_line(ld, idx, "grid", line);
    int t = ld_raw_getfield(L, idx, "grid");
    if (t == LUA_TTABLE) {
        lua_rawgeti(L, -1, 1);
        lua_rawgeti(L, -2, 2);
        bool ok = lua_isinteger(L, -2) && lua_isinteger(L, -1) && lua_rawlen(L, -3) == 2;
        lua_Integer c = ok ? lua_tointeger(L, -2) : 0, r = ok ? lua_tointeger(L, -1) : 0;
        if (!ok || c < 2 || r < 2 || c > LOCATE_MAX_GRID || r > LOCATE_MAX_GRID)
            ld_report(ld, PROBLEM_ERROR, gl, gp,
                      "must be { columns, rows }, each a whole number from 2 to %d",
                      LOCATE_MAX_GRID);
        else {
            q->grid_cols = (unsigned)c;
            q->grid_rows = (unsigned)r;
        }
        lua_pop(L, 2);
    } else if (t != LUA_TNIL) {
        ld_report(ld, PROBLEM_ERROR, gl, gp, "must be { columns, rows }, e.g. { 8, 6 }");
    }
    lua_pop(L, 1);
    free(gp);

    static const char *const region_fields[] = {"x", "y", "w", "h", NULL};
    char *rp = ld_join_path(path, "regions");
    q->regions_line = ld_field_line(ld, idx, "regions", line);
    lua_Integer n = ld_push_list(ld, idx, "regions", line, path, LOCATE_MAX_REGIONS);
    int list = lua_gettop(L);
    if (n == 0)
        ld_report(ld, PROBLEM_ERROR, q->regions_line, rp,
                  "missing (the right places, in the picture's pixels: { { x = 120, y = 80, w = "
                  "60, h = 30 } })");
    if (n > 0)
        q->regions = xcalloc((size_t)n, sizeof *q->regions);
    for (lua_Integer i = 1; i <= n; i++) {
        char *ip = xasprintf("%s[%lld]", rp, (long long)i);
        int at = ld_entry_line(ld, list, i, q->regions_line);
        lua_rawgeti(L, list, i);
        if (lua_type(L, -1) != LUA_TTABLE) {
            ld_report(ld, PROBLEM_ERROR, at, ip, "must be { x = ..., y = ..., w = ..., h = ... }");
        } else {
            int rt = lua_gettop(L);
            ld_check_fields(ld, rt, at, ip, region_fields);
            Region g;
            bool ok = read_number(ld, rt, "x", at, ip, 0, &g.x);
            ok = read_number(ld, rt, "y", at, ip, 0, &g.y) && ok;
            ok = read_number(ld, rt, "w", at, ip, 1, &g.w) && ok;
            ok = read_number(ld, rt, "h", at, ip, 1, &g.h) && ok;
            if (ok) {
                q->region_lines[q->n_regions] = at;
                q->regions[q->n_regions++] = g;
            }
        }
        lua_pop(L, 1);
        free(ip);
    }
    lua_pop(L, 1);
    free(rp);
    if (!image_present(&q->image)) {
        char *p = ld_join_path(path, "image");
        ld_report(ld, PROBLEM_ERROR, line, p,
                  "missing: a locate question points at a place on its picture");
        free(p);
    }
}

const LdQuestionReader ld_question_locate = {locate_fields, read_locate};
