/* The one test runner: every suite, core first, then the Lua host, then the real binary. */
#include <check.h>
#include <locale.h>
#include <stdlib.h>

#include "suites.h"

int main(void)
{
    setlocale(LC_ALL, "C.UTF-8");
    SRunner *sr = srunner_create(text_suite());
    srunner_add_suite(sr, json_suite());
    srunner_add_suite(sr, layout_suite());
    srunner_add_suite(sr, picture_suite());
    srunner_add_suite(sr, markup_suite());
    srunner_add_suite(sr, textdoc_suite());
    srunner_add_suite(sr, route_suite());
    srunner_add_suite(sr, prereq_suite());
    srunner_add_suite(sr, store_suite());
    srunner_add_suite(sr, wal_suite());
    srunner_add_suite(sr, store_assess_suite());
    srunner_add_suite(sr, concurrency_suite());
    srunner_add_suite(sr, migration_suite());
    srunner_add_suite(sr, bundle_suite());
    srunner_add_suite(sr, bundle_assess_suite());
    srunner_add_suite(sr, report_suite());
    srunner_add_suite(sr, live_suite());
    srunner_add_suite(sr, certificate_suite());
    srunner_add_suite(sr, quiz_suite());
    srunner_add_suite(sr, pass_suite());
    srunner_add_suite(sr, assess_suite());
    srunner_add_suite(sr, assess_summary_suite());
    srunner_add_suite(sr, measure_suite());
    srunner_add_suite(sr, country_suite());
    srunner_add_suite(sr, catalog_suite());
    srunner_add_suite(sr, i18n_suite());
    srunner_add_suite(sr, model_suite());
    srunner_add_suite(sr, model_io_suite());
    srunner_add_suite(sr, serial_suite());
    srunner_add_suite(sr, sandbox_suite());
    srunner_add_suite(sr, loader_suite());
    srunner_add_suite(sr, authoring_suite());
    srunner_add_suite(sr, instrument_suite());
    srunner_add_suite(sr, recommend_suite());
    srunner_add_suite(sr, lint_suite());
    srunner_add_suite(sr, lines_suite());
    srunner_add_suite(sr, screen_suite());
    srunner_add_suite(sr, editor_suite());
    srunner_add_suite(sr, e2e_suite());
    srunner_add_suite(sr, e2e_quiz_suite());
    srunner_add_suite(sr, e2e_results_suite());
    srunner_add_suite(sr, e2e_lesson_suite());
    srunner_add_suite(sr, e2e_instructor_suite());
    srunner_add_suite(sr, progress_suite());
    srunner_add_suite(sr, e2e_resume_suite());
    srunner_add_suite(sr, e2e_exam_suite());
    srunner_add_suite(sr, records_cli_suite());
    srunner_add_suite(sr, assess_cli_suite());
    srunner_add_suite(sr, report_assess_suite());
    srunner_add_suite(sr, durability_suite());
    srunner_add_suite(sr, render_suite());
    srunner_add_suite(sr, wire_suite());
    srunner_add_suite(sr, locate_suite());
    srunner_add_suite(sr, e2e_picture_suite());
    srunner_add_suite(sr, output_suite());
    srunner_add_suite(sr, db_choice_suite());
    srunner_add_suite(sr, e2e_storage_suite());
    srunner_add_suite(sr, e2e_damaged_suite());
    srunner_add_suite(sr, e2e_read_suite());
    srunner_add_suite(sr, glossary_suite());
    srunner_add_suite(sr, quality_suite());
    srunner_add_suite(sr, e2e_glossary_suite());
    srunner_add_suite(sr, e2e_assess_suite());
    srunner_add_suite(sr, e2e_course_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
