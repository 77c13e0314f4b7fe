/* pln-test-util.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit status meson reads as "skipped". */
#define PLN_TEST_EXIT_SKIP 77

typedef gboolean (*PlnTestCondition) (gpointer user_data);

void         pln_test_init_home  (void);
const char  *pln_test_seeds_dir  (void);
char        *pln_test_seed_path  (const char       *name);
char        *pln_test_data_path  (const char       *name);
gboolean     pln_test_has_display (void);
gboolean     pln_test_wait_until (PlnTestCondition  condition,
                                  gpointer          user_data,
                                  guint             timeout_ms);
gboolean     pln_test_wait_idle  (guint             timeout_ms);
gboolean     pln_test_wait_n_items (GListModel     *model,
                                    guint           n_items,
                                    guint           timeout_ms);

G_END_DECLS
