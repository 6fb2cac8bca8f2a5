/* Every Check suite of the runner; each is defined in tests/check_<name>.c. */
#ifndef RASTRO_SUITES_H
#define RASTRO_SUITES_H

#include <check.h>

Suite *text_suite(void);
Suite *layout_suite(void);
Suite *picture_suite(void);
Suite *markup_suite(void);
Suite *route_suite(void);
Suite *prereq_suite(void);
Suite *store_suite(void);
Suite *concurrency_suite(void);
Suite *migration_suite(void);
Suite *bundle_suite(void);
Suite *report_suite(void);
Suite *live_suite(void);
Suite *certificate_suite(void);
Suite *quiz_suite(void);
Suite *pass_suite(void);
Suite *country_suite(void);
Suite *catalog_suite(void);
Suite *i18n_suite(void);
Suite *model_suite(void);
Suite *model_io_suite(void);
Suite *serial_suite(void);
Suite *sandbox_suite(void);
Suite *loader_suite(void);
Suite *authoring_suite(void);
Suite *lint_suite(void);
Suite *lines_suite(void);
Suite *screen_suite(void);
Suite *e2e_suite(void);
Suite *e2e_quiz_suite(void);
Suite *e2e_results_suite(void);
Suite *e2e_lesson_suite(void);
Suite *e2e_instructor_suite(void);
Suite *progress_suite(void);
Suite *e2e_resume_suite(void);
Suite *records_cli_suite(void);
Suite *durability_suite(void);
Suite *render_suite(void);
Suite *locate_suite(void);
Suite *e2e_picture_suite(void);
Suite *output_suite(void);
Suite *db_choice_suite(void);
Suite *wal_suite(void);
Suite *e2e_storage_suite(void);
Suite *e2e_damaged_suite(void);
Suite *e2e_read_suite(void);
Suite *assess_suite(void);
Suite *store_assess_suite(void);
Suite *bundle_assess_suite(void);
Suite *measure_suite(void);

#endif
