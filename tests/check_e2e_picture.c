/* End to end, pictures: the real rastro in a pseudo-terminal on a content folder whose module
 * shows copies of the bundled pictures: block symbols in colour, ASCII without colour, the
 * placeholder, sixel images on a terminal that claims them (and the screen cleared when they
 * go), a resize, the viewer, a locate question answered on its grid and stored, and a damaged
 * picture file. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/model.h"
#include "../tui/core/text.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db, *content;

/* Page 1: the pistol (800x450); page 2: no picture; page 3: a file that is not a PNG. The quiz:
 * two pointing questions on the same pistol with the regions of the bundled "frame-on-pistol"
 * question, on a 4x3 grid. */
static const char pics_lua[] =
    "return lesson {\n"
    "  id = 'pics', title = 'Pictures', summary = 'Pages with pictures.',\n"
    "  pages = {\n"
    "    page { title = 'The pistol', text = 'Seen from its left side.',\n"
    "      image = { file = 'pistol-plain.png', caption = 'Left side of a pistol',\n"
    "                alt = 'A pistol drawn from the left' } },\n"
    "    page { title = 'Words only', text = 'No picture on this page.' },\n"
    "    page { title = 'A damaged file', text = 'This one cannot be read.',\n"
    "      image = { file = 'broken.png', caption = 'Broken caption',\n"
    "                alt = 'What the damaged file would show' } },\n"
    "  },\n"
    "  quiz = {\n"
    "    locate { id = 'frame1', prompt = 'Point at the frame (first).',\n"
    "      image = { file = 'pistol-plain.png', alt = 'A pistol' }, grid = { 4, 3 },\n"
    "      regions = " "%s" ", explain = 'The frame is the lower part.' },\n"
    "    locate { id = 'frame2', prompt = 'Point at the frame (second).',\n"
    "      image = { file = 'pistol-plain.png', alt = 'A pistol' }, grid = { 4, 3 },\n"
    "      regions = " "%s" ", explain = 'The frame is the lower part.' },\n"
    "  },\n"
    "}\n";

#define REGIONS "{ { x = 147, y = 165, w = 477, h = 56 }, { x = 172, y = 221, w = 263, h = 72 }, " \
                "{ x = 161, y = 293, w = 170, h = 102 } }"
static const Region regions[] = {{147, 165, 477, 56}, {172, 221, 263, 72}, {161, 293, 170, 102}};

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    ck_assert_int_ge(asprintf(&db, "%s/data/rastro.db", dir), 0);
    ck_assert_int_ge(asprintf(&content, "%s/content", dir), 0);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    char *assets = xasprintf("%s/assets", content);
    ck_assert_int_eq(mkdir(assets, 0700), 0);
    free(tu_copy("assets/pistol-plain.png", assets, "pistol-plain.png"));
    free(tu_write(assets, "broken.png", "not a PNG: some words where the pixels should be\n"));
    free(assets);
    char *src = xasprintf(pics_lua, REGIONS, REGIONS);
    free(tu_write(content, "pics.lua", src));
    free(src);
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
}

/* rastro on the content folder, in English, with extra arguments (may be NULL). */
static PtyTerm *start(char **extra_env, const char *arg1, const char *arg2, int rows, int cols)
{
    char *argv[] = {(char *)tu_rastro(), "--db",     db,          "--content", content,
                    "--lang",            "en",     (char *)arg1, (char *)arg2, NULL};
    return tu_pty(argv, "C.UTF-8", extra_env, rows, cols);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

/* From the start to the first page of the lesson. */
static void open_lesson(PtyTerm *t)
{
    tu_create_trainee(t);
    ptyterm_send(t, "1");
    expect(t, "Read the lesson (3 pages)");
    ptyterm_send(t, "1");
    expect(t, "Seen from its left side.");
    expect(t, "Page 1 of 3");
}

static void dump(PtyTerm *t, const char *why)
{
    char *s = ptyterm_screen(t);
    fprintf(stderr, "---- %s\n%s\n----\n", why, s);
    free(s);
}

static bool is_block(uint32_t ch)
{
    return ch >= 0x2580 && ch <= 0x259f;
}

static bool coloured(const VTermScreenCell *c)
{
    return !VTERM_COLOR_IS_DEFAULT_FG(&c->fg) || !VTERM_COLOR_IS_DEFAULT_BG(&c->bg);
}

/* The box of cells that are block symbols or coloured, on rows [from, to): the picture. False
 * when there is none. */
typedef struct {
    int top, bottom, left, right; /* inclusive */
    int blocks, cells;
} Box;

static bool picture_box(PtyTerm *t, int rows, int cols, int from, int to, Box *b)
{
    *b = (Box){rows, -1, cols, -1, 0, 0};
    for (int r = from; r < to && r < rows; r++)
        for (int c = 0; c < cols; c++) {
            VTermScreenCell cell;
            if (!ptyterm_cell(t, r, c, &cell))
                continue;
            bool blk = is_block(cell.chars[0]);
            if (!blk && !coloured(&cell))
                continue;
            b->blocks += blk;
            b->cells++;
            if (r < b->top)
                b->top = r;
            if (r > b->bottom)
                b->bottom = r;
            if (c < b->left)
                b->left = c;
            if (c > b->right)
                b->right = c;
        }
    return b->bottom >= 0;
}

/* Row of text on screen, failing when absent. */
static int row_of(PtyTerm *t, const char *text)
{
    int row;
    if (!ptyterm_find(t, text, &row, NULL)) {
        dump(t, text);
        ck_abort_msg("'%s' is not on screen", text);
    }
    return row;
}

/* Whether the program wrote needle (binary-safe), searching from byte from on. */
static const char *raw_find(PtyTerm *t, size_t from, const char *needle, size_t *at)
{
    size_t len;
    const char *raw = ptyterm_raw(t, &len);
    if (from > len)
        return NULL;
    const char *hit = memmem(raw + from, len - from, needle, strlen(needle));
    if (hit && at)
        *at = (size_t)(hit - raw);
    return hit;
}

/* Where the last sixel image written starts (its ESC P), or false when there is none. */
static bool last_dcs(PtyTerm *t, size_t *at)
{
    size_t from = 0, hit;
    bool found = false;
    while (raw_find(t, from, "\033P", &hit)) {
        *at = hit;
        found = true;
        from = hit + 2;
    }
    return found;
}

static int count_raw(PtyTerm *t, const char *needle)
{
    size_t from = 0, hit;
    int n = 0;
    while (raw_find(t, from, needle, &hit)) {
        n++;
        from = hit + strlen(needle);
    }
    return n;
}

/* (a) The default on a terminal that answers the Device Attributes request without sixel:
 * 256-colour block symbols under the page's text, the caption under them. */
START_TEST(blocks_in_colour)
{
    PtyTerm *t = start(NULL, NULL, NULL, 24, 80);
    open_lesson(t);
    expect(t, "v View picture");
    ptyterm_settle(t, 150, 3000);
    int text = row_of(t, "Seen from its left side.");
    Box b;
    ck_assert_msg(picture_box(t, 24, 80, text + 1, 22, &b), "no picture under the text");
    /* 800x450 in at most 17 rows of 1x2 cells: 60 columns, centred under the text's margin. */
    int w = b.right - b.left + 1, h = b.bottom - b.top + 1;
    ck_assert_msg(w >= 55 && w <= 62, "picture %d columns wide", w);
    ck_assert_int_ge(h, 12);
    ck_assert_int_eq(b.cells, w * h); /* a rectangle, every cell coloured */
    ck_assert_int_gt(b.blocks, 40);
    /* The colours are from the 256-colour palette, more than a handful of them. */
    int indexed = 0;
    bool seen[256] = {false};
    int distinct = 0;
    for (int r = b.top; r <= b.bottom; r++)
        for (int c = b.left; c <= b.right; c++) {
            VTermScreenCell cell;
            ck_assert(ptyterm_cell(t, r, c, &cell));
            if (!VTERM_COLOR_IS_INDEXED(&cell.bg))
                continue;
            indexed++;
            if (!seen[cell.bg.indexed.idx])
                distinct++;
            seen[cell.bg.indexed.idx] = true;
        }
    ck_assert_int_gt(indexed, w * h / 2);
    ck_assert_int_ge(distinct, 4);
    /* The terminal was asked once, and no sixel was written. */
    ck_assert_int_eq(count_raw(t, "\033[c"), 1);
    ck_assert_ptr_null(raw_find(t, 0, "\033P", NULL));
    /* The caption is under the picture. */
    ck_assert(!ptyterm_contains(t, "Left side of a pistol"));
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "Left side of a pistol");
    ck_assert_int_gt(row_of(t, "Left side of a pistol"), 0);
    Box after;
    ck_assert(picture_box(t, 24, 80, 1, row_of(t, "Left side of a pistol"), &after));
    ck_assert_int_eq(after.bottom, row_of(t, "Left side of a pistol") - 1);
    /* Cells need no clearing: turning the page is not a full repaint (see sixel_image_and_clear,
     * where it is). */
    ptyterm_settle(t, 150, 3000);
    size_t before = ptyterm_bytes_total(t);
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect(t, "No picture on this page.");
    ptyterm_settle(t, 150, 3000);
    ck_assert_ptr_null(raw_find(t, before, "\033[2J", NULL));
    ptyterm_free(t);
}
END_TEST

/* (b) NO_COLOR: ASCII shapes in the terminal's own colours, and the terminal is not asked. */
START_TEST(ascii_without_colour)
{
    char *env[] = {"NO_COLOR=1", NULL};
    PtyTerm *t = start(env, NULL, NULL, 24, 80);
    open_lesson(t);
    ptyterm_settle(t, 150, 3000);
    int text = row_of(t, "Seen from its left side.");
    int more = row_of(t, "More below");
    int ink = 0;
    for (int r = text + 1; r < more; r++)
        for (int c = 0; c < 80; c++) {
            VTermScreenCell cell;
            ck_assert(ptyterm_cell(t, r, c, &cell));
            uint32_t ch = cell.chars[0];
            ck_assert_msg(ch == 0 || (ch >= 0x20 && ch <= 0x7e), "row %d col %d: U+%04X", r, c,
                          (unsigned)ch);
            ck_assert_msg(!coloured(&cell), "row %d col %d has a colour", r, c);
            ink += ch > 0x20;
        }
    ck_assert_int_gt(ink, 100);
    ck_assert_ptr_null(raw_find(t, 0, "\033[c", NULL));
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "Left side of a pistol");
    ptyterm_free(t);
}
END_TEST

/* (c) --pictures none: the framed placeholder with the alt text and the caption; no reason is
 * given, since the trainee chose it. */
START_TEST(pictures_off_placeholder)
{
    PtyTerm *t = start(NULL, "--pictures", "none", 24, 80);
    open_lesson(t);
    expect(t, "\xE2\x94\x8C\xE2\x94\x80 Picture \xE2\x94\x80");
    expect(t, "\xE2\x94\x82 A pistol drawn from the left");
    expect(t, "Left side of a pistol");
    tu_expect_absent(t, "(not shown");
    Box b;
    ck_assert(!picture_box(t, 24, 80, row_of(t, "Seen from") + 1, 22, &b) || b.blocks == 0);
    ck_assert(!ptyterm_contains(t, "v View picture"));
    ck_assert_ptr_null(raw_find(t, 0, "\033[c", NULL));
    ptyterm_free(t);
}
END_TEST

/* (d) A terminal that says it has sixel graphics (and 8x16-pixel cells): the picture is one
 * DCS image written at its box, whose cells curses keeps blank; leaving the page clears the
 * screen so that no pixels stay. */
START_TEST(sixel_image_and_clear)
{
    PtyTerm *t = start(NULL, NULL, NULL, 24, 80);
    ptyterm_answer_sixel(t, 16, 8);
    open_lesson(t);
    expect(t, "v View picture");
    ptyterm_settle(t, 200, 3000);
    size_t dcs;
    ck_assert_msg(last_dcs(t, &dcs), "no sixel image was written");
    size_t len;
    const char *raw = ptyterm_raw(t, &len);
    /* ESC P params q, the raster 480 pixels wide (60 cells of 8), the data, ESC \. */
    size_t q;
    ck_assert(raw_find(t, dcs, "q", &q));
    for (size_t i = dcs + 2; i < q; i++)
        ck_assert_msg((raw[i] >= '0' && raw[i] <= '9') || raw[i] == ';', "byte %zu: %c", i, raw[i]);
    int pw = 0, ph = 0;
    char head[64];
    snprintf(head, sizeof head, "%.*s", (int)(len - q - 1 < 40 ? len - q - 1 : 40), raw + q + 1);
    ck_assert_int_eq(sscanf(head, "\"1;1;%d;%d", &pw, &ph), 2);
    ck_assert_int_eq(pw, 480);
    size_t st;
    ck_assert(raw_find(t, dcs, "\033\\", &st));
    ck_assert_uint_gt(st, q + 100);
    /* Just before it: the cursor saved and moved to the box's top left corner. */
    int y = 0, x = 0;
    size_t go;
    ck_assert(dcs > 16 && raw_find(t, dcs - 16, "\0337\033[", &go) && go < dcs);
    char pos[32];
    snprintf(pos, sizeof pos, "%.*s", (int)(dcs - go - 4), raw + go + 4);
    ck_assert_msg(sscanf(pos, "%d;%dH", &y, &x) == 2, "'%s'", pos);
    ck_assert(raw_find(t, st, "\0338", NULL));
    int text = row_of(t, "Seen from its left side.");
    ck_assert_int_gt(y - 1, text);
    ck_assert_int_ge(x - 1, 2);
    /* The box's cells are blank on the terminal: 17 rows of 60 (one cut by the "More below"
     * line), nothing drawn there by curses. */
    int more = row_of(t, "More below");
    ck_assert_int_gt(more, y);
    /* Only the rows in view are drawn: 16 pixels each, less what sixel bands of 6 leave. */
    int shown = more - (y - 1);
    ck_assert_msg(ph > shown * 16 - 6 && ph <= shown * 16, "%d pixels high for %d rows", ph,
                  shown);
    for (int r = text + 1; r < more; r++) {
        char *row = ptyterm_row(t, r);
        ck_assert_msg(row[0] == '\0', "row %d is not blank: '%s'", r, row);
        free(row);
    }
    /* The terminal was asked once; the page's image is written once per frame. */
    ck_assert_int_eq(count_raw(t, "\033[16t\033[c"), 1);

    /* The next page has no picture: the screen is cleared after the image, and nothing more
     * is drawn in sixel. */
    size_t before = ptyterm_bytes_total(t);
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect(t, "No picture on this page.");
    ptyterm_settle(t, 200, 3000);
    size_t again;
    ck_assert(last_dcs(t, &again));
    ck_assert_uint_eq(again, dcs);
    ck_assert_msg(raw_find(t, before, "\033[2J", NULL), "the screen was not cleared");
    /* Back to the picture: drawn again. */
    ptyterm_key(t, VTERM_KEY_LEFT);
    expect(t, "Seen from its left side.");
    ptyterm_settle(t, 200, 3000);
    ck_assert(last_dcs(t, &again));
    ck_assert_uint_gt(again, dcs);
    ck_assert_int_eq(count_raw(t, "\033[c"), 1);
    ptyterm_free(t);
}
END_TEST

/* (d') A key that leaves the picture where it is sends none of its bytes again; one that
 * scrolls it sends it again. */
START_TEST(sixel_image_sent_again_only_when_it_moves)
{
    PtyTerm *t = start(NULL, NULL, NULL, 24, 80);
    ptyterm_answer_sixel(t, 16, 8);
    open_lesson(t);
    expect(t, "v View picture");
    ptyterm_settle(t, 200, 3000);
    int images = count_raw(t, "\033P");
    ck_assert_int_ge(images, 1);
    /* Keys that change nothing on the screen, and one that changes the status line only. */
    ptyterm_send(t, "x");
    ptyterm_send(t, "z");
    ptyterm_settle(t, 200, 3000);
    ck_assert_int_eq(count_raw(t, "\033P"), images);
    /* Scrolled, the image moves: it is written again. */
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_settle(t, 200, 3000);
    ck_assert_int_gt(count_raw(t, "\033P"), images);
    ptyterm_free(t);
}
END_TEST

/* (e) A resize while the picture shows: drawn again, fitted to the new width, shape kept. */
START_TEST(resize_refits_the_picture)
{
    PtyTerm *t = start(NULL, NULL, NULL, 24, 80);
    open_lesson(t);
    ptyterm_settle(t, 150, 3000);
    Box b80;
    ck_assert(picture_box(t, 24, 80, row_of(t, "Seen from") + 1, 22, &b80));
    char *row80 = ptyterm_row(t, b80.top + 4);
    int w80 = b80.right - b80.left + 1;

    ptyterm_resize(t, 24, 50);
    ptyterm_settle(t, 200, 3000);
    expect(t, "Seen from its left side.");
    Box b50;
    ck_assert(picture_box(t, 24, 50, row_of(t, "Seen from") + 1, 22, &b50));
    int w50 = b50.right - b50.left + 1, h50 = b50.bottom - b50.top + 1;
    ck_assert_msg(w50 < w80 && b50.right < 50 - 1, "%d columns at 50, %d at 80", w50, w80);
    ck_assert_int_eq(b50.cells, w50 * h50);
    /* 800x450 in cells twice as high as wide: about 3.6 columns per row (the last row may be
     * cut by the "More below" line). */
    ck_assert_msg(h50 * 3 <= w50 && w50 <= (h50 + 1) * 4, "%dx%d", w50, h50);
    for (int r = 0; r < 24; r++) {
        char *row = ptyterm_row(t, r);
        ck_assert_int_le(text_width(row), 50);
        free(row);
    }
    char *row50 = ptyterm_row(t, b50.top + 4);
    ck_assert_str_ne(row50, row80);
    free(row50);

    /* Wider again: the picture grows back. */
    ptyterm_resize(t, 30, 100);
    ptyterm_settle(t, 200, 3000);
    Box b100;
    ck_assert(picture_box(t, 30, 100, row_of(t, "Seen from") + 1, 28, &b100));
    ck_assert_int_gt(b100.right - b100.left + 1, w50);
    ck_assert_int_gt(b100.bottom - b100.top + 1, h50);
    free(row80);
    ptyterm_free(t);
}
END_TEST

/* (f) The viewer: the whole picture, zoomed in and back, and back to the page. */
START_TEST(viewer_zoom_and_back)
{
    PtyTerm *t = start(NULL, NULL, NULL, 24, 80);
    open_lesson(t);
    Box page;
    ptyterm_settle(t, 150, 3000);
    ck_assert(picture_box(t, 24, 80, row_of(t, "Seen from") + 1, 22, &page));
    ptyterm_send(t, "v");
    expect(t, "Whole picture, 800x450 pixels");
    expect(t, "Left side of a pistol"); /* the caption is the title */
    ptyterm_settle(t, 150, 3000);
    Box whole;
    ck_assert(picture_box(t, 24, 80, 1, 23, &whole));
    ck_assert_int_gt(whole.right - whole.left, page.right - page.left);
    char *mid = ptyterm_row(t, (whole.top + whole.bottom) / 2);
    ptyterm_send(t, "+");
    expect(t, "Zoom 2x: 50% across, 50% down");
    ptyterm_settle(t, 150, 3000);
    char *zoomed = ptyterm_row(t, (whole.top + whole.bottom) / 2);
    ck_assert_str_ne(zoomed, mid);
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect(t, "Zoom 2x: 62% across, 50% down"); /* a quarter of the view: 100 pixels */
    ptyterm_send(t, "0");
    expect(t, "Whole picture, 800x450 pixels");
    ptyterm_settle(t, 150, 3000);
    char *back = ptyterm_row(t, (whole.top + whole.bottom) / 2);
    ck_assert_str_eq(back, mid);
    ptyterm_send(t, "q");
    expect(t, "Page 1 of 3");
    expect(t, "Seen from its left side.");
    free(mid), free(zoomed), free(back);
    ptyterm_free(t);
}
END_TEST

/* The row of the grid's column letters "A B C D" (only those, spaced), or -1. */
static int grid_letters_row(PtyTerm *t)
{
    for (int r = 0; r < 24; r++) {
        char *row = ptyterm_row(t, r);
        char packed[16] = "";
        size_t n = 0;
        bool only = true;
        for (const char *p = row; *p && only; p++)
            if (*p != ' ') {
                only = n + 1 < sizeof packed;
                if (only)
                    packed[n++] = *p;
            }
        packed[n] = '\0';
        free(row);
        if (only && strcmp(packed, "ABCD") == 0)
            return r;
    }
    return -1;
}

static int letter_col(PtyTerm *t, int row, char letter)
{
    char *text = ptyterm_row(t, row);
    const char *at = strchr(text, letter);
    ck_assert_ptr_nonnull(at);
    int col = (int)(at - text);
    free(text);
    return col;
}

/* The columns of the cells in reverse video on rows [from, to). */
static bool reverse_band(PtyTerm *t, int from, int to, int *c0, int *c1)
{
    *c0 = 1000, *c1 = -1;
    for (int r = from; r < to; r++)
        for (int c = 0; c < 80; c++) {
            VTermScreenCell cell;
            if (ptyterm_cell(t, r, c, &cell) && cell.attrs.reverse) {
                *c0 = c < *c0 ? c : *c0;
                *c1 = c > *c1 ? c : *c1;
            }
        }
    return *c1 >= 0;
}

/* The right cells of the quiz's questions, as the model computes them from the regions. */
static Question quiz_question_model(void)
{
    Question q = {.type = QUESTION_LOCATE, .grid_cols = 4, .grid_rows = 3, .pic_w = 800,
                  .pic_h = 450, .n_regions = 3};
    q.regions = (Region *)regions;
    return q;
}

/* (g) Pointing questions answered with the arrows and Enter, with their feedback; the answers
 * are stored as cell names, right or wrong as the regions say. */
START_TEST(locate_answered_and_stored)
{
    Question model = quiz_question_model();
    ck_assert(locate_cell_right(&model, 1, 1));  /* B2: the frame under the slide */
    ck_assert(!locate_cell_right(&model, 3, 0)); /* D1: above the muzzle */
    StrBuf right;
    strbuf_init(&right);
    for (unsigned r = 0; r < 3; r++)
        for (unsigned c = 0; c < 4; c++)
            if (locate_cell_right(&model, c, r)) {
                char name[8];
                locate_cell_name(c, r, name, sizeof name);
                strbuf_printf(&right, "%s%s", right.len ? ", " : "", name);
            }

    PtyTerm *t = start(NULL, NULL, NULL, 24, 80);
    tu_create_trainee(t);
    ptyterm_send(t, "1");
    expect(t, "Take the quiz (2 questions)");
    ptyterm_send(t, "2");
    expect(t, "Point at the frame (first).");
    expect(t, "Pointing at C2: column C, row 2. Arrows move the frame; Enter answers.");
    /* The grid's letters and numbers are beside the picture. */
    ptyterm_settle(t, 150, 3000);
    int letters = grid_letters_row(t);
    ck_assert_msg(letters > 0, "no row of grid letters");
    /* The row numbers 1, 2, 3 down the picture's left side, in order. */
    int after = letters;
    for (int g = 1; g <= 3; g++) {
        char want[24];
        snprintf(want, sizeof want, "   %d ", g);
        int found = -1;
        for (int r = after + 1; r < 24 && found < 0; r++) {
            char *row = ptyterm_row(t, r);
            if (strncmp(row, want, strlen(want)) == 0)
                found = r;
            free(row);
        }
        ck_assert_msg(found > after, "no row number %d below row %d", g, after);
        after = found;
    }
    /* The cursor's cell is in reverse video, under its letter C; Left moves it under B. */
    int c0, c1, colC, colB;
    colC = letter_col(t, letters, 'C');
    colB = letter_col(t, letters, 'B');
    ck_assert_msg(reverse_band(t, letters + 1, row_of(t, "Pointing at"), &c0, &c1),
                  "no cell of the grid in reverse video");
    ck_assert_msg(c0 <= colC && colC <= c1, "reverse %d-%d, C at %d", c0, c1, colC);
    ck_assert_int_gt(c0, colB);
    ptyterm_key(t, VTERM_KEY_LEFT);
    expect(t, "Pointing at B2: column B, row 2.");
    ptyterm_settle(t, 150, 3000);
    ck_assert(reverse_band(t, letters + 1, row_of(t, "Pointing at"), &c0, &c1));
    ck_assert_msg(c0 <= colB && colB <= c1, "reverse %d-%d, B at %d", c0, c1, colB);
    ck_assert_int_lt(c1, colC);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Correct.");
    expect(t, "The frame is the lower part.");
    expect(t, "Saved. Enter: next question");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE question_id = 'frame1' "
                                    "AND response = 'B2' AND score = 1.0 AND final = 1"),
                     1);

    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Point at the frame (second).");
    expect(t, "Pointing at C2:");
    ptyterm_key(t, VTERM_KEY_RIGHT);
    ptyterm_key(t, VTERM_KEY_UP);
    ptyterm_key(t, VTERM_KEY_UP); /* no row above the first: stays */
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect(t, "Pointing at D1: column D, row 1.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    char *msg = xasprintf("Not quite. The right places: %s.", right.s);
    expect(t, msg);
    free(msg);
    expect(t, "Saved. Enter: see your score");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE question_id = 'frame2' "
                                    "AND response = 'D1' AND score = 0.0"),
                     1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 2);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "1 of 2");
    strbuf_done(&right);
    ptyterm_free(t);
}
END_TEST

/* Whether any cell on screen is a box-drawing or block character (U+2500 to U+259F). */
static bool any_drawing(PtyTerm *t, int rows, int cols)
{
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) {
            VTermScreenCell cell;
            if (ptyterm_cell(t, r, c, &cell) && cell.chars[0] >= 0x2500 && cell.chars[0] <= 0x259f)
                return true;
        }
    return false;
}

/* (i) --pictures none: a pointing question lists its cells in words under the alt text, in
 * plain text; Up and Down go through the list and Enter answers with the cell, stored as it is
 * with the picture. */
START_TEST(locate_listed_without_pictures)
{
    PtyTerm *t = start(NULL, "--pictures", "none", 24, 80);
    tu_create_trainee(t);
    ptyterm_send(t, "1");
    expect(t, "Take the quiz (2 questions)");
    ptyterm_send(t, "2");
    expect(t, "Point at the frame (first).");
    expect(t, "Picture: A pistol");
    expect(t, "A1: column A, row 1");
    expect(t, "Pointing at A1: column A, row 1.");
    ptyterm_settle(t, 150, 3000);
    ck_assert(ptyterm_text_reverse(t, "A1: column A, row 1"));
    ck_assert_msg(!any_drawing(t, 24, 80), "drawing characters on a screen reader's screen");
    for (int i = 0; i < 5; i++) /* A1 B1 C1 D1 A2 B2: the list goes along each row */
        ptyterm_key(t, VTERM_KEY_DOWN);
    expect(t, "Pointing at B2: column B, row 2.");
    ptyterm_settle(t, 150, 3000);
    ck_assert(ptyterm_text_reverse(t, "B2: column B, row 2"));
    ck_assert(!ptyterm_text_reverse(t, "A1: column A, row 1"));
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Correct.");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE question_id = 'frame1' "
                                    "AND response = 'B2' AND score = 1.0 AND final = 1"),
                     1);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Point at the frame (second).");
    expect(t, "Pointing at A1: column A, row 1.");
    ptyterm_key(t, VTERM_KEY_UP); /* nothing above the first: stays */
    for (int i = 0; i < 3; i++)
        ptyterm_key(t, VTERM_KEY_DOWN);
    expect(t, "Pointing at D1: column D, row 1.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Not quite. The right places:");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE question_id = 'frame2' "
                                    "AND response = 'D1' AND score = 0.0"),
                     1);
    ptyterm_free(t);
}
END_TEST

/* (j) NO_COLOR: the grid is drawn over the ASCII picture as in `rastro picture --grid --mode
 * ascii` ('|' and '-' lines), the cell pointed at is in bold reverse video, and the bottom line
 * names it in words as it moves. */
START_TEST(locate_in_monochrome)
{
    char *env[] = {"NO_COLOR=1", NULL};
    PtyTerm *t = start(env, NULL, NULL, 24, 80);
    tu_create_trainee(t);
    ptyterm_send(t, "1");
    expect(t, "Take the quiz (2 questions)");
    ptyterm_send(t, "2");
    expect(t, "Point at the frame (first).");
    expect(t, "Pointing at C2: column C, row 2.");
    ptyterm_settle(t, 150, 3000);
    int letters = grid_letters_row(t);
    ck_assert_msg(letters > 0, "no row of grid letters");
    int foot = row_of(t, "Pointing at C2");
    int colB = letter_col(t, letters, 'B'), colC = letter_col(t, letters, 'C');
    /* A line between B and C down the picture's first rows, and a line across it. */
    int vline = -1, dashes = 0;
    for (int c = colB + 1; c < colC && vline < 0; c++) {
        bool all = true;
        for (int r = letters + 1; r <= letters + 3; r++) {
            VTermScreenCell cell;
            ck_assert(ptyterm_cell(t, r, c, &cell));
            all = all && (cell.chars[0] == '|' || cell.chars[0] == '+');
        }
        if (all)
            vline = c;
    }
    ck_assert_msg(vline > 0, "no grid line between B and C");
    for (int r = letters + 1; r < foot; r++) {
        char *row = ptyterm_row(t, r);
        dashes = strstr(row, "-----") && strchr(row, '+') ? dashes + 1 : dashes;
        free(row);
    }
    ck_assert_int_eq(dashes, 2); /* between rows 1 and 2, and 2 and 3 */
    int c0, c1;
    ck_assert_msg(reverse_band(t, letters + 1, foot, &c0, &c1), "no cell in reverse video");
    ck_assert_msg(c0 <= colC && colC <= c1 && c0 > colB, "reverse %d-%d, C at %d", c0, c1, colC);
    int bold = 0;
    for (int r = letters + 1; r < foot; r++) {
        VTermScreenCell cell;
        ck_assert(ptyterm_cell(t, r, colC, &cell));
        bold += cell.attrs.reverse && cell.attrs.bold;
    }
    ck_assert_msg(bold > 0, "the cell pointed at is not in bold reverse video");
    ptyterm_key(t, VTERM_KEY_LEFT);
    expect(t, "Pointing at B2: column B, row 2.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Correct.");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE question_id = 'frame1' "
                                    "AND response = 'B2' AND score = 1.0 AND final = 1"),
                     1);
    ptyterm_free(t);
}
END_TEST

/* (h) A picture file that is not a PNG: the placeholder says why, and the shell goes on. */
START_TEST(damaged_picture_placeholder)
{
    PtyTerm *t = start(NULL, NULL, NULL, 24, 80);
    open_lesson(t);
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect(t, "Words only");
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect(t, "A damaged file");
    expect(t, "\xE2\x94\x8C\xE2\x94\x80 Picture \xE2\x94\x80");
    expect(t, "\xE2\x94\x82 What the damaged file would show");
    expect(t, "not a PNG file)");
    char *why = ptyterm_row(t, row_of(t, "not a PNG file)"));
    ck_assert_msg(strstr(why, "(not shown: "), "'%s'", why);
    free(why);
    expect(t, "Broken caption");
    ck_assert(!ptyterm_contains(t, "v View picture"));
    ptyterm_send(t, "v"); /* nothing to view */
    ptyterm_settle(t, 150, 3000);
    ck_assert(!ptyterm_contains(t, "Whole picture"));
    /* The shell goes on: back to the picture that works, and out to the menu. */
    ptyterm_key(t, VTERM_KEY_LEFT);
    ptyterm_key(t, VTERM_KEY_LEFT);
    expect(t, "Seen from its left side.");
    expect(t, "v View picture");
    ptyterm_send(t, "q");
    expect(t, "Take the quiz (2 questions)");
    ck_assert_int_eq(ptyterm_wait_exit(t, 100), -1); /* still running */
    ptyterm_free(t);
}
END_TEST

Suite *e2e_picture_suite(void)
{
    Suite *s = suite_create("e2e_picture");
    TCase *tc = tcase_create("shell");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, blocks_in_colour);
    tcase_add_test(tc, ascii_without_colour);
    tcase_add_test(tc, pictures_off_placeholder);
    tcase_add_test(tc, sixel_image_and_clear);
    tcase_add_test(tc, sixel_image_sent_again_only_when_it_moves);
    tcase_add_test(tc, resize_refits_the_picture);
    tcase_add_test(tc, viewer_zoom_and_back);
    tcase_add_test(tc, locate_answered_and_stored);
    tcase_add_test(tc, damaged_picture_placeholder);
    tcase_add_test(tc, locate_listed_without_pictures);
    tcase_add_test(tc, locate_in_monochrome);
    suite_add_tcase(s, tc);
    return s;
}
