/* Recommendation rules: each rule of an instrument runs in the sandbox inside a worker process,
 * on a read-only view of the assessment; a rule that fails is reported and skipped, the others
 * still run, and rastro's own process never runs content code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/instrument_io.h"
#include "child.h"
#include "host.h"
#include "loader.h"
#include "sandbox.h"

/* A worker's request: the instrument's file name and text, a rule, the view (instrument_io.h).
 * The instrument is built afresh for every rule, so that nothing one rule does reaches another. */
static void rule_serve(const char *req, size_t len, StrBuf *out)
{
    char *file = NULL, *src = NULL;
    size_t src_len = 0, index = 0;
    AssessView view;
    Problems mine = {0};
    bool ran = false, fired = false;
    if (!instrument_io_read_rule(req, len, &file, &src, &src_len, &index, &view)) {
        problems_add(&mine, "?", 0, PROBLEM_ERROR, "running a rule: broken request");
        goto done;
    }
    Sandbox *sb = sandbox_new(NULL, file);
    if (!sb) {
        problems_add(&mine, file, 0, PROBLEM_ERROR, "cannot create a Lua state");
    } else {
        loader_register_api(sb, NULL, 0);
        SandboxError err;
        if (!sandbox_run(sb, src, src_len, &err))
            problems_add(&mine, file, err.line, PROBLEM_ERROR, "%s", err.message);
        else if (!loader_is_instrument(sb))
            problems_add(&mine, file, 0, PROBLEM_ERROR, "not an instrument any more");
        else
            ran = loader_run_rule(sb, file, index, &view, &fired, &mine);
        sandbox_free(sb);
    }
    assess_view_done(&view);
done:
    instrument_io_write_verdict(out, ran, fired, &mine);
    problems_done(&mine);
    free(file);
    free(src);
}

/* Puts the problems from index from on that have no line at line: a limit the worker process
 * reached is reported against the file alone, and belongs to the rule. */
static void place_at(Problems *p, size_t from, int line)
{
    for (size_t i = from; i < p->n; i++)
        if (p->items[i].line == 0)
            p->items[i].line = line;
}

bool host_recommend(const Instrument *inst, const AssessView *view, AssessRecommendations *out,
                    Problems *probs)
{
    memset(out, 0, sizeof *out);
    if (!inst->n_rules)
        return true;
    if (!inst->source) {
        problems_add(probs, inst->file, 0, PROBLEM_ERROR, "the instrument's rules are not at hand");
        out->failed = inst->n_rules;
        return false;
    }
    Worker *w = worker_new(rule_serve);
    StrBuf req, answer;
    strbuf_init(&req);
    strbuf_init(&answer);
    bool any = false;
    out->rules = xcalloc(inst->n_rules, sizeof *out->rules);
    for (size_t k = 0; k < inst->n_rules; k++) {
        const InstrumentRule *rule = &inst->rules[k];
        char what[128];
        snprintf(what, sizeof what, "rules[%zu] '%s'", k + 1, rule->id ? rule->id : "?");
        strbuf_clear(&req);
        strbuf_clear(&answer);
        instrument_io_write_rule(&req, inst->file, inst->source, inst->source_len, k, view);
        size_t first = probs->n;
        bool ran, fired = false, rule_ran = false;
        ran = worker_send(w, req.s, req.len);
        bool ok = ran && worker_receive(w, inst->file, what, &answer, probs);
        any = any || ran;
        if (!ran)
            problems_add(probs, inst->file, rule->when_line, PROBLEM_ERROR,
                         "%s: no process to run it", what);
        else if (ok && !instrument_io_read_verdict(answer.s, answer.len, &rule_ran, &fired, probs))
            problems_add(probs, inst->file, rule->when_line, PROBLEM_ERROR,
                         "%s: the answer was broken", what);
        place_at(probs, first, rule->when_line);
        if (!rule_ran)
            out->failed++;
        else if (fired)
            out->rules[out->n++] = k;
    }
    strbuf_done(&req);
    strbuf_done(&answer);
    worker_free(w);
    return any;
}

void host_try_rules(Catalog *c)
{
    for (size_t k = 0; k < c->n_instruments; k++) {
        const Instrument *inst = c->instruments[k];
        if (!inst->n_rules)
            continue;
        AssessResult r;
        assess_score(inst, NULL, 0, &r);
        AssessView v;
        assess_view_make(inst, &r, NULL, 0, &v);
        Problems found = {0};
        AssessRecommendations out;
        host_recommend(inst, &v, &out, &found);
        for (size_t i = 0; i < found.n; i++)
            problems_add(&c->problems, found.items[i].file, found.items[i].line, PROBLEM_WARNING,
                         "%s (tried on an assessment with nothing rated yet, where every level "
                         "and score is nil: there it would be skipped)", found.items[i].message);
        problems_done(&found);
        assess_recommendations_done(&out);
        assess_view_done(&v);
        assess_result_done(&r);
    }
}
