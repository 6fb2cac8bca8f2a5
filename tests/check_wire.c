/* What rastro and its helper programs say to each other (tui/core/wire.c, pdf_wire.c): a
 * document goes over and comes back the same; any shorter or damaged one is refused, never read
 * out of bounds or trusted for a huge count; and the helpers answer a damaged request with an
 * error and go on serving the next. */
#include <check.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tui/core/pdf.h"
#include "../tui/core/render.h"
#include "suites.h"
#include "testutil.h"

/* A document with a block of every kind, texts with accents and a line break. */
static void sample_doc(PdfDoc *d)
{
    pdf_doc_init(d, PDF_A4_W, PDF_A4_H, 50);
    pdf_doc_set(d, "Informe de evaluación", "2026-12-05T00:00:00", "Honduras", "DRAFT",
                "Page %d of %d");
    pdf_doc_heading(d, "Marcaje", "Sans Bold", 14);
    pdf_doc_paragraph(d, "Línea uno\nLínea dos", "Serif", 10)->hang = 6;
    pdf_doc_space(d, 12);
    double widths[] = {0.3, 0.7};
    PdfBlock *t = pdf_doc_table(d, 2, widths, 1, "Sans", 9);
    pdf_table_row(t, (const char *const[]){"Área", "Nivel"});
    pdf_table_row(t, (const char *const[]){"Registros", NULL})[1].align = PDF_RIGHT;
    PdfCell *row = pdf_table_row(t, (const char *const[]){"Rastreo", "3"});
    row[0].filled = true;
    row[0].fill[1] = 0.5;
    pdf_doc_break(d);
    PdfPage *p = pdf_doc_drawing(d, 80);
    pdf_ink(p, 0.2, 0.4, 0.6);
    pdf_rect(p, 1, 2, 30, 40, 0.5);
    pdf_fill(p, 3, 4, 5, 6);
    pdf_line(p, 0, 0, 10, 10, 1);
    pdf_text_fit(p, "Índice", "Sans", 8, 0, 50, 40);
}

static StrBuf wired(const PdfDoc *d)
{
    StrBuf b;
    strbuf_init(&b);
    pdf_wire_doc(&b, d);
    return b;
}

START_TEST(a_document_comes_back_the_same)
{
    PdfDoc d, back;
    sample_doc(&d);
    StrBuf a = wired(&d);
    WireIn in;
    wire_in_init(&in, a.s, a.len);
    ck_assert(pdf_unwire_doc(&in, &back));
    ck_assert_uint_eq(in.left, 0);
    StrBuf b = wired(&back);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.s, b.s, a.len) == 0);
    ck_assert_uint_eq(back.n_blocks, d.n_blocks);
    ck_assert_str_eq(back.title, "Informe de evaluación");
    const PdfBlock *t = &back.blocks[3];
    ck_assert_int_eq(t->kind, PDF_BLOCK_TABLE);
    ck_assert_uint_eq(t->n_rows, 3);
    ck_assert_uint_eq(t->head_rows, 1);
    ck_assert_str_eq(t->cells[4].text, "Rastreo");
    ck_assert_str_eq(t->cells[3].text, "");
    ck_assert_int_eq(t->cells[3].align, PDF_RIGHT);
    ck_assert(t->cells[4].filled);
    ck_assert_str_eq(back.blocks[1].text, "Línea uno\nLínea dos");
    const PdfPage *p = &back.blocks[5].drawing;
    ck_assert_uint_eq(p->n_ops, 4);
    ck_assert(p->ops[3].fit);
    ck_assert_double_eq(p->ops[0].rgb[1], 0.4);
    strbuf_done(&a);
    strbuf_done(&b);
    pdf_doc_done(&d);
    pdf_doc_done(&back);
}
END_TEST

/* Every prefix of a document is refused; so is one whose counts claim more than its bytes. */
START_TEST(a_short_or_damaged_document_is_refused)
{
    PdfDoc d, back;
    sample_doc(&d);
    StrBuf a = wired(&d);
    for (size_t len = 0; len < a.len; len++) {
        WireIn in;
        wire_in_init(&in, a.s, len);
        ck_assert_msg(!pdf_unwire_doc(&in, &back), "a prefix of %zu of %zu bytes was read", len,
                      a.len);
        pdf_doc_done(&back);
    }
    /* The block count (after three numbers and five strings) set to 4 billion: refused before
     * anything is allocated for it. */
    size_t at = 3 * 8;
    for (int i = 0; i < 5; i++) {
        uint32_t n;
        memcpy(&n, a.s + at, 4);
        at += 4 + (n == UINT32_MAX ? 0 : n);
    }
    uint32_t huge = 4000000000u;
    memcpy(a.s + at, &huge, 4);
    WireIn in;
    wire_in_init(&in, a.s, a.len);
    ck_assert(!pdf_unwire_doc(&in, &back));
    ck_assert_uint_eq(back.n_blocks, 0);
    pdf_doc_done(&back);
    strbuf_done(&a);
    pdf_doc_done(&d);
}
END_TEST

/* ---- the helper programs themselves ---- */

typedef struct {
    pid_t pid;
    int fd;
} Running;

/* Starts the helper program named file (tu_helper_path) with a socket as its input and output. */
static Running run_helper(const char *file)
{
    char *path = tu_helper_path(file);
    int fds[2];
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), 0);
    posix_spawn_file_actions_t acts;
    posix_spawn_file_actions_init(&acts);
    posix_spawn_file_actions_adddup2(&acts, fds[1], 0);
    posix_spawn_file_actions_adddup2(&acts, fds[1], 1);
    Running r = {0, fds[0]};
    char *argv[] = {(char *)file, NULL};
    ck_assert_msg(posix_spawn(&r.pid, path, &acts, NULL, argv, environ) == 0, "%s", path);
    posix_spawn_file_actions_destroy(&acts);
    free(path);
    close(fds[1]);
    return r;
}

/* Ends r: its input closed, it ends by itself, with status 0. */
static void end_helper(Running *r)
{
    close(r->fd);
    int status = -1;
    ck_assert_int_eq(waitpid(r->pid, &status, 0), r->pid);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %d", status);
}

START_TEST(the_renderer_refuses_damage_and_goes_on)
{
    Running r = run_helper("rastro-pdf");
    StrBuf req, ans;
    strbuf_init(&req);
    strbuf_init(&ans);
    /* A document cut short; then a kind it does not know. */
    PdfDoc d;
    sample_doc(&d);
    pdf_wire_doc(&req, &d);
    ck_assert(wire_frame_send(r.fd, PDF_REQUEST_DOC, req.s, req.len / 2));
    ck_assert_int_eq(wire_frame_recv(r.fd, &ans), PDF_ANSWER_ERROR);
    ck_assert_str_eq(ans.s, "the document reached the renderer damaged");
    ck_assert(wire_frame_send(r.fd, 'Z', "", 0));
    ck_assert_int_eq(wire_frame_recv(r.fd, &ans), PDF_ANSWER_ERROR);
    /* And then the whole document: a PDF of two pages (the break). */
    ck_assert(wire_frame_send(r.fd, PDF_REQUEST_DOC, req.s, req.len));
    StrBuf pdf;
    strbuf_init(&pdf);
    char kind;
    while ((kind = wire_frame_recv(r.fd, &ans)) == PDF_ANSWER_DATA)
        strbuf_append(&pdf, ans.s, ans.len);
    ck_assert_int_eq(kind, PDF_ANSWER_DONE);
    uint32_t pages;
    memcpy(&pages, ans.s, sizeof pages);
    ck_assert_uint_eq(pages, 2);
    ck_assert_msg(pdf.len > 1000 && strncmp(pdf.s, "%PDF-", 5) == 0, "%.8s", pdf.s);
    ck_assert(memmem(pdf.s, pdf.len, "%%EOF", 5));
    end_helper(&r);
    strbuf_done(&pdf);
    strbuf_done(&req);
    strbuf_done(&ans);
    pdf_doc_done(&d);
}
END_TEST

START_TEST(the_converter_refuses_damage_and_goes_on)
{
    Running r = run_helper("rastro-chafa");
    StrBuf req, ans;
    strbuf_init(&req);
    strbuf_init(&ans);
    /* A picture of 2x2 pixels that claims to be 5000x5000. */
    wire_put_u8(&req, RENDER_256);
    uint32_t head[] = {2, 1, 10, 20, 5000, 5000};
    for (size_t i = 0; i < 6; i++)
        wire_put_u32(&req, head[i]);
    for (int i = 0; i < 16; i++)
        wire_put_u8(&req, 200);
    ck_assert(wire_frame_send(r.fd, RENDER_REQUEST, req.s, req.len));
    ck_assert_int_eq(wire_frame_recv(r.fd, &ans), RENDER_ANSWER_ERROR);
    ck_assert_str_eq(ans.s, "the picture reached the converter damaged");
    /* Told the truth (2x2), it answers with 2x1 cells. */
    uint32_t two = 2;
    memcpy(req.s + 1 + 4 * 4, &two, 4);
    memcpy(req.s + 1 + 5 * 4, &two, 4);
    ck_assert(wire_frame_send(r.fd, RENDER_REQUEST, req.s, req.len));
    ck_assert_int_eq(wire_frame_recv(r.fd, &ans), RENDER_ANSWER_DONE);
    ck_assert_uint_eq(ans.len, 8 + 2 * sizeof(RenderCell));
    /* A frame longer than any it accepts ends it: it cannot know where the next one starts. */
    unsigned char frame[5] = {RENDER_REQUEST, 0xff, 0xff, 0xff, 0x7f};
    ck_assert_int_eq(write(r.fd, frame, sizeof frame), 5);
    end_helper(&r);
    strbuf_done(&req);
    strbuf_done(&ans);
}
END_TEST

Suite *wire_suite(void)
{
    Suite *s = suite_create("wire");
    TCase *tc = tcase_create("pdf");
    tcase_add_test(tc, a_document_comes_back_the_same);
    tcase_add_test(tc, a_short_or_damaged_document_is_refused);
    suite_add_tcase(s, tc);
    tc = tcase_create("helpers");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, the_renderer_refuses_damage_and_goes_on);
    tcase_add_test(tc, the_converter_refuses_damage_and_goes_on);
    suite_add_tcase(s, tc);
    return s;
}
