/* `rastro picture FILE`: a PNG decoded and converted as the shell would draw it, printed on
 * standard output, so that an author can see a picture at a given size and mode without a lesson
 * around it (and so that the conversion can be timed beside other tools). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/picture.h"
#include "core/render.h"

int cli_picture(App *app, int argc, char **argv)
{
    (void)app;
    static const struct option opts[] = {
        {"size", required_argument, NULL, 's'},
        {"mode", required_argument, NULL, 'm'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    static const char usage[] =
        "usage: rastro picture FILE.png [--size COLSxROWS] [--mode 256|16|8|ascii|sixel]\n";
    int cols = 80, rows = 24, c;
    RenderMode mode = RENDER_256;
    optind = 0; /* a full restart of getopt: options may follow the file */
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 's': {
            char *x = NULL;
            long cw = strtol(optarg, &x, 10), rw = 0;
            char *end = x;
            if (x && *x == 'x')
                rw = strtol(x + 1, &end, 10);
            if (!x || *x != 'x' || *end || cw < 1 || rw < 1 || cw > 1000 || rw > 1000) {
                fprintf(stderr, "rastro picture: --size takes COLSxROWS, e.g. 80x24 (1 to 1000 "
                                "each), not '%s'\n", cli_shown(optarg));
                return 2;
            }
            cols = (int)cw;
            rows = (int)rw;
            break;
        }
        case 'm':
            if (!render_mode_parse(optarg, &mode) || mode == RENDER_NONE) {
                fprintf(stderr, "rastro picture: --mode is 256, 16, 8, ascii or sixel, not '%s'\n",
                        cli_shown(optarg));
                return 2;
            }
            break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind + 1 != argc) {
        fputs(usage, stderr);
        return 2;
    }
    const char *file = argv[optind];
    char err[512];
    Picture pic;
    if (!picture_load_file(file, &pic, err, sizeof err)) {
        fprintf(stderr, "rastro picture: %s: %s\n", cli_shown(file), cli_shown(err));
        return 1;
    }
    /* Sixel cells are taken as 10x20 pixels, a common terminal font. */
    int cell_w = mode == RENDER_SIXEL ? 10 : 1, cell_h = mode == RENDER_SIXEL ? 20 : 2;
    int fc, fr;
    render_fit(pic.width, pic.height, cols, rows, cell_w, cell_h, &fc, &fr);
    RenderRequest rq = {.mode = mode, .cols = fc, .rows = fr, .cell_w = 10, .cell_h = 20,
                        .rgba = pic.rgba, .width = pic.width,
                        .height = pic.height, .stride = (size_t)pic.width * 4};
    Rendered r;
    int rc = 0;
    if (!render_picture(&rq, &r, err, sizeof err)) {
        fprintf(stderr, "rastro picture: %s\n", err);
        rc = 1;
    } else {
        StrBuf out;
        strbuf_init(&out);
        render_to_text(&r, mode, &out);
        if (mode == RENDER_SIXEL)
            strbuf_puts(&out, "\n");
        if (fwrite(out.s, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
            fprintf(stderr, "rastro picture: cannot write to standard output: %s\n",
                    strerror(errno));
            rc = 1;
        }
        strbuf_done(&out);
        rendered_done(&r);
    }
    picture_done(&pic);
    return rc;
}
