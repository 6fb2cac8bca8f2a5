/* Loading of rastro's optional parts (plugins) from beside the program or an installed tree. */
#include "plugin.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void *plugin_symbol(const char *file, const char *env_var, const char *symbol, const char *what,
                    char *why, size_t len)
{
    char exe[PATH_MAX], path[PATH_MAX + 64];
    const char *env = getenv(env_var);
    void *handle = NULL;
    if (env && env[0]) {
        handle = dlopen(env, RTLD_NOW | RTLD_LOCAL);
    } else {
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        exe[n > 0 ? n : 0] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        static const char *const places[] = {"%s/%s", "%s/../lib/rastro/%s"};
        for (size_t i = 0; i < 2 && !handle; i++) {
            snprintf(path, sizeof path, places[i], exe, file);
            if (access(path, R_OK) == 0)
                handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        }
    }
    if (!handle) {
        const char *e = dlerror();
        snprintf(why, len, "the %s (%s) cannot be loaded%s%s", what, file, e ? ": " : "",
                 e ? e : "; install rastro with `make install`, or set ");
        if (!e)
            snprintf(why + strlen(why), len - strlen(why), "%s", env_var);
        return NULL;
    }
    void *sym = dlsym(handle, symbol);
    if (!sym)
        snprintf(why, len, "%s has no %s", file, symbol);
    return sym;
}
