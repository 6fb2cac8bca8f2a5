/* The sandbox holds against hostile modules: each is stopped and reported, and the next module
 * still loads. */
#include <check.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static char *dir;
static Catalog cat;

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    catalog_init(&cat);
}

static void teardown(void)
{
    catalog_done(&cat);
    tu_rmrf(dir);
    free(dir);
}

/* Loads a hostile module, then a good one; the hostile one must be refused with a message
 * containing one of the expected texts (separated by '|'), the good one must load. */
static void contained(const char *src, const char *expect)
{
    char *path = tu_write(dir, "hostile.lua", src);
    ck_assert(!host_load_file(&cat, path));
    free(path);
    ck_assert_uint_ge(cat.problems.n, 1);
    const char *msg = cat.problems.items[0].message;
    bool found = false;
    char *alts = strdup(expect), *save = NULL;
    for (char *a = strtok_r(alts, "|", &save); a && !found; a = strtok_r(NULL, "|", &save))
        found = strstr(msg, a) != NULL;
    free(alts);
    ck_assert_msg(found, "message '%s' does not contain '%s'", msg, expect);
    ck_assert(host_load_file(&cat, "tests/modules/good/minimal.lua"));
    ck_assert_uint_eq(cat.n, 1);
}

START_TEST(endless_loop) { contained("while true do end", "instruction limit|time limit"); }
END_TEST

START_TEST(loop_inside_pcall)
{
    contained("while true do pcall(function() while true do end end) end",
              "instruction limit|time limit");
}
END_TEST

START_TEST(loop_in_gsub_callback)
{
    contained("string.gsub('aaaa', 'a', function() while true do end end)",
              "instruction limit|time limit");
}
END_TEST

START_TEST(loop_in_metamethod)
{
    contained("local t = setmetatable({}, { __index = function() while true do end end })\n"
              "return t.x", "instruction limit|time limit");
}
END_TEST

START_TEST(loop_in_error_handler)
{
    contained("while true do xpcall(error, function() while true do end end) end",
              "instruction limit|time limit|error while handling");
}
END_TEST

START_TEST(finalizer_refused)
{
    contained("setmetatable({}, { __gc = function() while true do end end })",
              "__gc metamethods are not allowed");
}
END_TEST

START_TEST(memory_bomb_rep) { contained("local s = string.rep('x', 1 << 30)", "memory limit|too large"); }
END_TEST

START_TEST(memory_bomb_table)
{
    contained("local t = {} for i = 1, 1e9 do t[i] = { i } end", "memory limit|instruction limit");
}
END_TEST

START_TEST(memory_bomb_concat)
{
    contained("local s = 'xy' while true do s = s .. s end", "memory limit");
}
END_TEST

START_TEST(empty_rep_returns_at_once)
{
    char *path = tu_write(dir, "rep.lua", "assert(string.rep('', math.maxinteger) == '')\n"
                                          "assert(('x'):rep(3, ',') == 'x,x,x')\n"
                                          "return lesson { id = 'rep', title = 'R', pages = { page { title = 'x', text = 'y' } } }");
    ck_assert(host_load_file(&cat, path));
    free(path);
}
END_TEST

START_TEST(endless_library_call_is_stopped)
{
    /* A pattern that backtracks for ever inside C, where no instruction hook runs. */
    contained("local s = string.rep('a', 100000)\nreturn s:find('.-.-.-.-x')",
              "seconds");
}
END_TEST

START_TEST(string_methods_use_the_sandbox_copy)
{
    contained("return (''):dump()", "attempt to call a nil value");
    catalog_done(&cat);
    catalog_init(&cat);
    char *path = tu_write(dir, "m.lua", "assert((''):rep(math.maxinteger) == '')\n"
                                        "return lesson { id = 'm', title = 'M', pages = { page { title = 'x', text = 'y' } } }");
    ck_assert(host_load_file(&cat, path));
    free(path);
}
END_TEST

START_TEST(huge_format_width)
{
    contained("return string.format('%099999d', 1)", "invalid conversion");
}
END_TEST

START_TEST(deep_recursion)
{
    contained("local function f(n) return f(n + 1) + 1 end return f(1)",
              "stack overflow|memory limit");
}
END_TEST

START_TEST(metamethod_recursion)
{
    contained("local t = setmetatable({}, {}) getmetatable(t).__index = t return t.x",
              "loop|stack overflow");
}
END_TEST

START_TEST(forbidden_globals)
{
    static const char *const names[] = {"io", "os", "require", "package", "load", "loadfile",
                                        "dofile", "debug", "collectgarbage", "print",
                                        "coroutine", "loadstring", "module"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char src[128], expect[64];
        snprintf(src, sizeof src, "local x = %s\nreturn x", names[i]);
        snprintf(expect, sizeof expect, "unknown global '%s'", names[i]);
        catalog_done(&cat);
        catalog_init(&cat);
        contained(src, expect);
        ck_assert_int_eq(cat.problems.items[0].line, 1);
    }
}
END_TEST

START_TEST(escape_through_G_and_ENV)
{
    contained("return _G.io.open('/etc/passwd')", "unknown global 'io'");
    catalog_done(&cat);
    catalog_init(&cat);
    contained("return _ENV.os.execute('true')", "unknown global 'os'");
    catalog_done(&cat);
    catalog_init(&cat);
    contained("return rawget(_G, 'os').exit()", "attempt to index a nil value");
}
END_TEST

START_TEST(string_metatable_is_hidden)
{
    contained("getmetatable('').__index = { upper = function() end }",
              "attempt to index a boolean value");
}
END_TEST

START_TEST(no_string_dump)
{
    contained("return string.dump(function() end)", "attempt to call a nil value");
}
END_TEST

START_TEST(error_object_with_bad_tostring)
{
    contained("error(setmetatable({}, { __tostring = function() while true do end end }))",
              "error object is a table value");
}
END_TEST

/* lua_dump writer: appends to a luaL_Buffer-free growable buffer. */
typedef struct {
    char *buf;
    size_t len;
} Dump;

static int dump_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    (void)L;
    Dump *d = ud;
    d->buf = realloc(d->buf, d->len + sz);
    memcpy(d->buf + d->len, p, sz);
    d->len += sz;
    return 0;
}

START_TEST(binary_chunk_refused)
{
    lua_State *L = luaL_newstate();
    ck_assert_int_eq(luaL_loadstring(L, "return lesson { id = 'bin', title = 'x' }"), LUA_OK);
    Dump d = {NULL, 0};
    lua_dump(L, dump_writer, &d, 0);
    lua_close(L);
    char *path = NULL;
    ck_assert_int_ge(asprintf(&path, "%s/bin.lua", dir), 0);
    FILE *f = fopen(path, "wb");
    fwrite(d.buf, 1, d.len, f);
    fclose(f);
    free(d.buf);
    ck_assert(!host_load_file(&cat, path));
    free(path);
    ck_assert_ptr_nonnull(strstr(cat.problems.items[0].message, "binary"));
}
END_TEST

START_TEST(state_does_not_leak_between_modules)
{
    char *a = tu_write(dir, "a.lua", "string.upper = function() return 'pwned' end\n"
                                     "shared_global = 1\n"
                                     "return lesson { id = 'a', title = 'A', pages = { page { title = 'x', text = 'y' } } }");
    char *b = tu_write(dir, "b.lua", "assert(string.upper('x') == 'X')\n"
                                     "local ok = pcall(function() return shared_global end)\n"
                                     "assert(not ok, 'global leaked')\n"
                                     "return lesson { id = 'b', title = 'B', pages = { page { title = 'x', text = 'y' } } }");
    ck_assert(host_load_file(&cat, a));
    ck_assert(host_load_file(&cat, b));
    free(a);
    free(b);
}
END_TEST

START_TEST(random_is_seeded_by_rastro)
{
    char *a = tu_write(dir, "r.lua", "local r = math.random(1, 1000000)\n"
                                     "return lesson { id = 'r' .. r, title = 'R', pages = { page { title = 'x', text = 'y' } } }");
    ck_assert(host_load_file(&cat, a));
    ck_assert(!host_load_file(&cat, a)); /* same seed: same id, refused as a duplicate */
    free(a);
}
END_TEST

Suite *sandbox_suite(void)
{
    Suite *s = suite_create("sandbox");
    TCase *tc = tcase_create("hostile");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, endless_loop);
    tcase_add_test(tc, loop_inside_pcall);
    tcase_add_test(tc, loop_in_gsub_callback);
    tcase_add_test(tc, loop_in_metamethod);
    tcase_add_test(tc, loop_in_error_handler);
    tcase_add_test(tc, finalizer_refused);
    tcase_add_test(tc, memory_bomb_rep);
    tcase_add_test(tc, memory_bomb_table);
    tcase_add_test(tc, memory_bomb_concat);
    tcase_add_test(tc, empty_rep_returns_at_once);
    tcase_add_test(tc, endless_library_call_is_stopped);
    tcase_add_test(tc, string_methods_use_the_sandbox_copy);
    tcase_add_test(tc, huge_format_width);
    tcase_add_test(tc, deep_recursion);
    tcase_add_test(tc, metamethod_recursion);
    tcase_add_test(tc, forbidden_globals);
    tcase_add_test(tc, escape_through_G_and_ENV);
    tcase_add_test(tc, string_metatable_is_hidden);
    tcase_add_test(tc, no_string_dump);
    tcase_add_test(tc, error_object_with_bad_tostring);
    tcase_add_test(tc, binary_chunk_refused);
    tcase_add_test(tc, state_does_not_leak_between_modules);
    tcase_add_test(tc, random_is_seeded_by_rastro);
    suite_add_tcase(s, tc);
    return s;
}
