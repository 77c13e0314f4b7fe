/* pln-online-bar.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PLN_TYPE_ONLINE_BAR (pln_online_bar_get_type ())

G_DECLARE_FINAL_TYPE (PlnOnlineBar, pln_online_bar, PLN, ONLINE_BAR, GtkWidget)

GtkWidget *pln_online_bar_new         (void);
void       pln_online_bar_set_minutes (PlnOnlineBar *self,
                                       int           cap,
                                       int           used,
                                       int           planned);
int        pln_online_bar_get_cap     (PlnOnlineBar *self);
int        pln_online_bar_get_used    (PlnOnlineBar *self);
int        pln_online_bar_get_planned (PlnOnlineBar *self);
void       pln_online_bar_set_text    (PlnOnlineBar *self,
                                       const char   *text);

G_END_DECLS
