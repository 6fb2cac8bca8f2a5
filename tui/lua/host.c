/* The Lua host's face to the rest of rastro: reads module files, runs each in its own sandbox
 * and adds what loads to the catalog, reporting every problem with file:line. */
#include "host.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "loader.h"
#include "sandbox.h"

/* Reads a whole regular file of at most HOST_MAX_FILE_BYTES. Caller frees. NULL + problem. */
static char *read_file(Catalog *c, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    struct stat st;
    if (!f) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "cannot open: %s", strerror(errno));
        return NULL;
    }
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "not a regular file");
        goto done;
    }
    if ((size_t)st.st_size > HOST_MAX_FILE_BYTES) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "file too large (%lld bytes, at most %u)",
                     (long long)st.st_size, HOST_MAX_FILE_BYTES);
        goto done;
    }
    buf = xmalloc((size_t)st.st_size + 1);
    *len = fread(buf, 1, (size_t)st.st_size, f);
    if (ferror(f)) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "cannot read: %s", strerror(errno));
        free(buf);
        buf = NULL;
        goto done;
    }
    buf[*len] = '\0';
done:
    fclose(f);
    return buf;
}

/* LuaLS definition files (content/api.lua) start with "---@meta" and are not modules. */
static bool is_meta_file(const char *buf)
{
    return strncmp(buf, "---@meta", 8) == 0;
}

static bool load_buffer(Catalog *c, const char *path, const char *buf, size_t len)
{
    Sandbox *sb = sandbox_new(NULL, path);
    if (!sb) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "cannot create a Lua state");
        return false;
    }
    loader_register_api(sb);
    SandboxError err;
    Module *m = NULL;
    if (!sandbox_run(sb, buf, len, &err))
        problems_add(&c->problems, path, err.line, PROBLEM_ERROR, "%s", err.message);
    else
        m = loader_build(sb, path, &c->problems);
    sandbox_free(sb);
    if (!m)
        return false;
    const Module *other = catalog_find(c, m->id);
    if (other) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "id: module id '%s' is already used by %s",
                     m->id, other->file);
        module_free(m);
        return false;
    }
    catalog_add(c, m);
    return true;
}

bool host_load_file(Catalog *c, const char *path)
{
    size_t len = 0;
    char *buf = read_file(c, path, &len);
    if (!buf)
        return false;
    bool ok = is_meta_file(buf) ? false : load_buffer(c, path, buf, len);
    free(buf);
    return ok;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int host_load_dir(Catalog *c, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        problems_add(&c->problems, dir, 0, PROBLEM_ERROR, "cannot open content directory: %s",
                     strerror(errno));
        return 0;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            names = xrealloc(names, cap * sizeof *names);
        }
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    int loaded = 0;
    size_t dl = strlen(dir);
    for (size_t i = 0; i < n; i++) {
        char *path = dl && dir[dl - 1] == '/' ? xasprintf("%s%s", dir, names[i])
                                              : xasprintf("%s/%s", dir, names[i]);
        loaded += host_load_file(c, path);
        free(path);
        free(names[i]);
    }
    free(names);
    return loaded;
}

void host_load_paths(Catalog *c, char *const paths[], int n)
{
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            host_load_dir(c, paths[i]);
        else
            host_load_file(c, paths[i]);
    }
}
