/* bench-calendar.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "plenary-core.h"
#include "pln-calendar-month-view.h"

/* Switching months in the month view of a ten-year workspace (100
 * meetings): the layout of the spans and the drawing of the month into a
 * render node and onto a 1000×700 surface, per switch, against a frame of
 * 16 ms. Needs a display (run under xvfb-run). */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlnWorkspace) workspace = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  cairo_surface_t *surface;
  GtkWidget *window;
  GtkWidget *month;
  GDate date;

  if (!gtk_init_check ())
    {
      g_print ("bench-calendar: skipped, no display (run it under xvfb-run)\n");
      return 77;
    }
  adw_init ();

  workspace = pln_synth_workspace (10, 42);
  window = gtk_window_new ();
  month = pln_calendar_month_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), month);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  pln_calendar_month_view_set_workspace (PLN_CALENDAR_MONTH_VIEW (month), workspace);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (month) || gtk_widget_get_width (month) == 0)
    g_main_context_iteration (NULL, TRUE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (month), gtk_widget_get_height (month));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);

  for (guint i = 0; i < 240; i++)
    {
      gint64 start = g_get_monotonic_time ();
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      GskRenderNode *node;
      cairo_t *cr;
      double ms;

      g_date_add_months (&date, i < 120 ? 1 : -1);
      pln_calendar_month_view_set_date (PLN_CALENDAR_MONTH_VIEW (month), &date);
      GTK_WIDGET_GET_CLASS (month)->snapshot (month, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      cr = cairo_create (surface);
      if (node != NULL)
        gsk_render_node_draw (node, cr);
      cairo_destroy (cr);
      g_clear_pointer (&node, gsk_render_node_unref);

      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  g_print ("Month switch in a 10-year workspace (%u meetings), layout + snapshot + cairo rendering of 1000×700:\n",
           g_list_model_get_n_items (pln_workspace_get_meetings (workspace)));
  g_print ("| switches | median | p95 | max | frame budget |\n|---|---|---|---|---|\n");
  g_print ("| %u | %.2f ms | %.2f ms | %.2f ms | 16 ms |\n", times->len,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len * 95 / 100),
           g_array_index (times, double, times->len - 1));

  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
