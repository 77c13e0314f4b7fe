/* pln-bench-ui.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Exit status meson reads as "skipped". */
#define PLN_BENCH_EXIT_SKIP 77

gboolean   pln_bench_ui_init       (const char      *name);
double     pln_bench_now_ms        (void);
GtkWidget *pln_bench_show          (GtkWidget       *child,
                                    int              width,
                                    int              height);
void       pln_bench_render        (GtkWidget       *widget,
                                    cairo_surface_t *surface);
void       pln_bench_sort_times    (GArray          *times);
void       pln_bench_print_header  (void);
void       pln_bench_print_times   (const char      *what,
                                    GArray          *times,
                                    const char      *budget);

G_END_DECLS
