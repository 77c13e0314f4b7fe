/* pln-probe.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*PlnProbeFunc) (GtkWidget *widget,
                              gpointer   user_data);


gboolean pln_probe_init           (void);
gboolean pln_probe_enabled        (void);
void     pln_probe_phase          (const char *name);
void     pln_probe_watch_map      (GtkWindow  *window);
void     pln_probe_after_paint    (GtkWidget  *widget,
                                   PlnProbeFunc func,
                                   gpointer    user_data);

G_END_DECLS
