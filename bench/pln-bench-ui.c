/* pln-bench-ui.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the benchmarks of the interface share: GTK set up or a skip, a
 * widget shown in a window, drawn as a frame would draw it, and the times
 * of many runs printed as a row of a Markdown table. */

#include "config.h"

#include <adwaita.h>

#include "pln-bench-ui.h"

/**
 * pln_bench_ui_init:
 * @name: the benchmark's, for the message it skips with
 *
 * Returns: whether GTK and libadwaita are set up; without a display they
 *   are not, and the benchmark is to exit with %PLN_BENCH_EXIT_SKIP
 */
gboolean
pln_bench_ui_init (const char *name)
{
  if (!gtk_init_check ())
    {
      g_print ("%s: skipped, no display (run it under xvfb-run)\n", name);
      return FALSE;
    }

  adw_init ();
  return TRUE;
}

/* Returns: the monotonic clock, in milliseconds. */
double
pln_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/**
 * pln_bench_show:
 *
 * Shows @child alone in a new window of @width × @height and waits until
 * it is laid out.
 *
 * Returns: (transfer none): the window, to destroy with
 *   gtk_window_destroy()
 */
GtkWidget *
pln_bench_show (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (child) || gtk_widget_get_width (child) == 0)
    g_main_context_iteration (NULL, TRUE);

  return window;
}

/* What a frame does after the layout: the snapshot of @widget, and its
 * render node drawn with cairo onto @surface. */
void
pln_bench_render (GtkWidget       *widget,
                  cairo_surface_t *surface)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_t *cr;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  cr = cairo_create (surface);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  g_clear_pointer (&node, gsk_render_node_unref);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @times, doubles, from the shortest. */
void
pln_bench_sort_times (GArray *times)
{
  g_array_sort (times, compare_doubles);
}

/* The head of the table pln_bench_print_times() prints the rows of. */
void
pln_bench_print_header (void)
{
  g_print ("| what | runs | median | p95 | max | budget |\n|---|---|---|---|---|---|\n");
}

/* Prints @times, in milliseconds, as a row: how many, the median, the
 * 95th percentile and the longest, against @budget. */
void
pln_bench_print_times (const char *what,
                       GArray     *times,
                       const char *budget)
{
  pln_bench_sort_times (times);
  g_print ("| %s | %u | %.2f ms | %.2f ms | %.2f ms | %s |\n", what, times->len,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len * 95 / 100),
           g_array_index (times, double, times->len - 1), budget);
}
