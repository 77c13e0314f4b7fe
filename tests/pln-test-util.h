/* pln-test-util.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sys/types.h>

#include "plenary-core.h"

G_BEGIN_DECLS

/* Exit status meson reads as "skipped". */
#define PLN_TEST_EXIT_SKIP 77

typedef gboolean (*PlnTestCondition) (gpointer user_data);

/* A fixture: the store of workspace.json in a folder of the test's own
 * (pln_test_make_folder()), not written yet. */
typedef struct
{
  char     *folder;
  char     *path;
  char     *backup;  /* where saving puts the backup of path */
  GFile    *file;    /* of path */
  PlnStore *store;   /* of file */
} PlnTestStore;

/* Two officers on one shared file: two stores that read the same
 * synthetic year (pln_test_two_stores_set_up()). */
typedef struct
{
  PlnTestStore  test;
  PlnStore     *other;   /* a second store on test.file */
} PlnTestTwoStores;

void               pln_test_init_home            (void);
void               pln_test_create_default_workspace (void);
const char        *pln_test_seeds_dir            (void);
char              *pln_test_seed_path            (const char         *name);
char              *pln_test_data_path            (const char         *name);
gboolean           pln_test_has_display          (void);
gboolean           pln_test_wait_until           (PlnTestCondition    condition,
                                                  gpointer            user_data,
                                                  guint               timeout_ms);
gboolean           pln_test_wait_idle            (guint               timeout_ms);
gboolean           pln_test_wait_n_items         (GListModel         *model,
                                                  guint               n_items,
                                                  guint               timeout_ms);

/* Files and processes */
char              *pln_test_make_folder          (void);
guint              pln_test_free_port            (void);
void               pln_test_die_with_parent      (gpointer            user_data);
GBytes            *pln_test_read_bytes           (const char         *path);
pid_t              pln_test_fork_piped           (int                *fd);

/* Documents */
char              *pln_test_zip_member           (GBytes             *zip,
                                                  const char         *name);
char              *pln_test_zip_file_member      (const char         *path,
                                                  const char         *name);
void               pln_test_assert_in_order      (const char         *text,
                                                  const char * const *pieces);
char              *pln_test_document_text        (PlnDocument        *document);
char              *pln_test_run                  (const char * const *argv,
                                                  int                *status);
char              *pln_test_export               (PlnDocument        *document,
                                                  PlnDocumentFormat   format,
                                                  const char         *name);
char              *pln_test_libreoffice_to_pdf   (const char         *path);
guint              pln_test_count                (const char         *text,
                                                  const char         *what);
guint              pln_test_count_files          (const char         *folder);
void               pln_test_dump_folder          (const char         *folder,
                                                  GString            *out);
PlnRecommendation *pln_test_add_recommendation   (PlnMeeting         *meeting,
                                                  const char         *item_id,
                                                  guint               day_index,
                                                  const char         *text,
                                                  const char         *source);

/* Public editions */
void               pln_test_publish              (PlnWorkspace       *workspace,
                                                  const char         *folder);
void               pln_test_share_day            (PlnWorkspace       *workspace,
                                                  const char         *meeting_id,
                                                  guint               index);

/* The store */
void               pln_test_store_set_up         (PlnTestStore       *fixture,
                                                  gconstpointer       data);
void               pln_test_store_tear_down      (PlnTestStore       *fixture,
                                                  gconstpointer       data);
void               pln_test_two_stores_set_up    (PlnTestTwoStores   *fixture,
                                                  gconstpointer       data);
void               pln_test_two_stores_tear_down (PlnTestTwoStores   *fixture,
                                                  gconstpointer       data);
PlnMeeting        *pln_test_store_meeting        (PlnStore           *store,
                                                  guint               position);
void               pln_test_store_save_workspace (PlnStore           *store,
                                                  PlnWorkspace       *workspace);
gboolean           pln_test_store_save_async     (PlnStore           *store,
                                                  GError            **error);
gboolean           pln_test_store_clean          (gpointer            store);
void               pln_test_assert_load_fails    (PlnStore           *store,
                                                  GQuark              domain,
                                                  int                 code,
                                                  const char         *says);

char         *pln_test_dup_speaker_order (PlnSitting *sitting);

G_END_DECLS
