/* A module's pictures: found in an assets/ folder beside or above the module, and checked
 * (present, decodable, and for locate questions, places on the picture that can be pointed at). */
#include "assets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "picture.h"

bool assets_find(const char *module_file, const char *name, char *out, size_t outlen)
{
    static const char *const ups[] = {"", "../", "../../"};
    const char *slash = module_file ? strrchr(module_file, '/') : NULL;
    int dir_len = slash ? (int)(slash - module_file) : 1;
    const char *dir = slash ? module_file : ".";
    if (slash == module_file) /* a module at the root of the file system */
        dir_len = 0;
    for (size_t i = 0; i < sizeof ups / sizeof ups[0]; i++) {
        char path[4096];
        int n = snprintf(path, sizeof path, "%.*s/%sassets/%s", dir_len, dir, ups[i], name);
        if (n < 0 || (size_t)n >= sizeof path)
            break;
        if (i == 0 && outlen)
            snprintf(out, outlen, "%s", path);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            snprintf(out, outlen, "%s", path);
            return true;
        }
    }
    return false;
}

/* One language's file of a picture: found, sized, and (ASSETS_CHECK_DECODE) decoded. False with
 * why in err. */
static bool check_file(const char *module_file, const char *name, AssetsCheck depth, bool size,
                       unsigned *w, unsigned *h, char *err, size_t errlen)
{
    char path[4200], why[200];
    if (!assets_find(module_file, name, path, sizeof path)) {
        snprintf(err, errlen, "no picture '%s' in assets/ (looked beside the module and up to two "
                              "folders above it)", name);
        return false;
    }
    if (depth == ASSETS_CHECK_DECODE) {
        Picture p;
        if (!picture_load_file(path, &p, why, sizeof why)) {
            snprintf(err, errlen, "picture '%s' cannot be read: %s", name, why);
            return false;
        }
        *w = p.width;
        *h = p.height;
        picture_done(&p);
    } else if (size && !picture_probe_file(path, w, h, why, sizeof why)) {
        snprintf(err, errlen, "picture '%s' cannot be read: %s", name, why);
        return false;
    }
    return true;
}

/* Checks every language's file of im; a locate question needs each the same size, into *w, *h.
 * Returns errors reported. */
static int check_image(const Module *m, const Image *im, bool locate, AssetsCheck depth,
                       int line, const char *path, Problems *probs, unsigned *w, unsigned *h)
{
    int errors = 0;
    ProblemLevel level = locate ? PROBLEM_ERROR : PROBLEM_WARNING;
    const char *sized = NULL; /* the file *w and *h were read from */
    if (im->line)
        line = im->line; /* where its file is named */
    for (int l = 0; l < LANG_COUNT; l++) {
        const char *name = im->file.s[l];
        bool repeat = false; /* the same file in an earlier language: checked already */
        for (int k = 0; k < l && name; k++)
            repeat = repeat || (im->file.s[k] && strcmp(im->file.s[k], name) == 0);
        if (!name || repeat)
            continue;
        char err[512];
        unsigned fw = 0, fh = 0;
        if (!check_file(m->file, name, depth, locate, &fw, &fh, err, sizeof err)) {
            problems_add(probs, m->file, line, level, "%s.image.file: %s", path, err);
            errors += locate;
            continue;
        }
        if (!locate)
            continue;
        if (*w && (fw != *w || fh != *h)) {
            problems_add(probs, m->file, line, PROBLEM_ERROR,
                         "%s.image.file: '%s' is %ux%u pixels but '%s' is %ux%u: a locate "
                         "question's places need its pictures all of one size",
                         path, name, fw, fh, sized, *w, *h);
            errors++;
            continue;
        }
        sized = name;
        *w = fw;
        *h = fh;
    }
    return errors;
}

/* A located question's regions against its picture of w x h, and its grid. */
static int check_regions(const Module *m, const Question *q, const char *path, Problems *probs)
{
    int errors = 0;
    for (size_t i = 0; i < q->n_regions; i++) {
        const Region *r = &q->regions[i];
        if (r->x + r->w > q->pic_w + 0.5 || r->y + r->h > q->pic_h + 0.5) {
            int line = i < LOCATE_MAX_REGIONS && q->region_lines[i] ? q->region_lines[i] : q->line;
            problems_add(probs, m->file, line, PROBLEM_ERROR,
                         "%s.regions[%zu]: { x = %g, y = %g, w = %g, h = %g } goes past the "
                         "picture's edge (it is %ux%u pixels)",
                         path, i + 1, r->x, r->y, r->w, r->h, q->pic_w, q->pic_h);
            errors++;
        }
    }
    if (errors)
        return errors;
    unsigned right = locate_right_cells(q), all = q->grid_cols * q->grid_rows;
    int line = q->regions_line ? q->regions_line : q->line;
    if (right == 0) {
        problems_add(probs, m->file, line, PROBLEM_ERROR,
                     "%s.regions: no cell of the %ux%u grid is right (a cell must overlap a "
                     "region by a quarter of the cell, or cover half of the region): make the "
                     "regions larger or the grid finer",
                     path, q->grid_cols, q->grid_rows);
        return 1;
    }
    if (right * 2 > all)
        problems_add(probs, m->file, line, PROBLEM_WARNING,
                     "%s.regions: %u of the %u cells are right, which makes a guess likely to "
                     "score: make the regions smaller or the grid finer",
                     path, right, all);
    return 0;
}

int module_check_pictures(Module *m, AssetsCheck depth, Problems *probs)
{
    int errors = 0;
    for (size_t i = 0; i < m->n_pages; i++) {
        char path[48];
        snprintf(path, sizeof path, "pages[%zu]", i + 1);
        unsigned w = 0, h = 0;
        if (image_present(&m->pages[i].image))
            errors += check_image(m, &m->pages[i].image, false, depth, m->pages[i].line, path,
                                  probs, &w, &h);
    }
    for (size_t i = 0; i < m->n_questions; i++) {
        Question *q = &m->questions[i];
        char path[48];
        snprintf(path, sizeof path, "quiz[%zu]", q->quiz_index + 1);
        bool locate = question_type_has(q->type, KIND_ON_PICTURE);
        if (!image_present(&q->image))
            continue;
        unsigned w = 0, h = 0;
        int e = check_image(m, &q->image, locate, depth, q->line, path, probs, &w, &h);
        errors += e;
        if (locate && !e && w && h) {
            q->pic_w = w;
            q->pic_h = h;
            errors += check_regions(m, q, path, probs);
        }
    }
    return errors;
}

/* Whether q is among the questions ids names (every question when ids is NULL). */
static bool asked(const Question *q, const char *const *ids, size_t n_ids)
{
    if (!ids)
        return true;
    for (size_t i = 0; i < n_ids; i++)
        if (q->id && strcmp(q->id, ids[i]) == 0)
            return true;
    return false;
}

int assets_check_locate(const Module *m, Lang lang, const char *const *ids, size_t n_ids,
                        Problems *probs)
{
    int errors = 0;
    /* Several questions may point at one picture: each file is decoded once. */
    const char **names = xcalloc(m->n_questions ? m->n_questions : 1, sizeof *names);
    char **whys = xcalloc(m->n_questions ? m->n_questions : 1, sizeof *whys);
    size_t n = 0;
    for (size_t i = 0; i < m->n_questions; i++) {
        const Question *q = &m->questions[i];
        if (!question_type_has(q->type, KIND_ON_PICTURE) || !image_present(&q->image) ||
            !asked(q, ids, n_ids))
            continue;
        const char *name = ltext_get(&q->image.file, lang);
        size_t k = 0;
        while (k < n && strcmp(names[k], name) != 0)
            k++;
        if (k == n) {
            char err[512];
            unsigned w, h;
            names[n] = name;
            whys[n++] = check_file(m->file, name, ASSETS_CHECK_DECODE, true, &w, &h, err,
                                   sizeof err) ? NULL : xstrdup(err);
        }
        if (whys[k]) {
            problems_add(probs, m->file, q->image.line ? q->image.line : q->line, PROBLEM_ERROR,
                         "quiz[%zu].image.file: %s",
                         q->quiz_index + 1, whys[k]);
            errors++;
        }
    }
    for (size_t k = 0; k < n; k++)
        free(whys[k]);
    free(whys);
    free(names);
    return errors;
}
