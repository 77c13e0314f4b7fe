/* pln-test-ui.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *pln_test_find_descendant (GtkWidget  *widget,
                                     GType       type);
gboolean   pln_test_wait_drawn      (GtkWidget  *widget,
                                     guint       timeout_ms);
void       pln_test_save_png        (GtkWidget  *window,
                                     const char *path);

G_END_DECLS
