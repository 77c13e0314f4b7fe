/* pln-test-ui.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-core.h"

G_BEGIN_DECLS

/* Whether @widget is the one looked for, as @data describes it. */
typedef gboolean (*PlnTestWidgetMatch) (GtkWidget     *widget,
                                        gconstpointer  data);

void       pln_test_ui_init         (int                 *argc,
                                     char              ***argv);
void       pln_test_ui_init_language (void);
GtkWidget *pln_test_find_widget     (GtkWidget           *widget,
                                     PlnTestWidgetMatch   match,
                                     gconstpointer        data);
GtkWidget *pln_test_find_descendant (GtkWidget           *widget,
                                     GType                type);
GtkWindow *pln_test_find_toplevel   (GType                type);
gboolean   pln_test_wait_no_window  (GType                type,
                                     guint                timeout_ms);
gboolean   pln_test_wait_mapped     (gpointer             widget,
                                     guint                timeout_ms);
GtkWindow *pln_test_show_page       (gpointer             page,
                                     PlnMeeting          *meeting,
                                     int                  width,
                                     int                  height);
gboolean   pln_test_wait_painted    (GtkWidget           *widget,
                                     guint                timeout_ms);
gboolean   pln_test_wait_drawn      (GtkWidget           *widget,
                                     guint                timeout_ms);
void       pln_test_save_png        (GtkWidget           *window,
                                     const char          *path);
void       pln_test_save_screenshot (GtkWidget           *window,
                                     const char          *format,
                                     ...) G_GNUC_PRINTF (2, 3);

void       pln_test_press_shortcut  (GtkWidget           *widget,
                                     const char          *accelerator);

G_END_DECLS
