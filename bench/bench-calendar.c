/* bench-calendar.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "plenary-core.h"
#include "pln-bench-ui.h"
#include "pln-calendar-month-view.h"

/* Switching months in the month view of a ten-year workspace (100
 * meetings): the layout of the spans and the drawing of the month into a
 * render node and onto a 1000×700 surface, per switch, against a frame of
 * 16 ms. Needs a display (run under xvfb-run). */

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

  if (!pln_bench_ui_init ("bench-calendar"))
    return PLN_BENCH_EXIT_SKIP;

  workspace = pln_synth_workspace (10, 42);
  month = pln_calendar_month_view_new ();
  pln_calendar_month_view_set_workspace (PLN_CALENDAR_MONTH_VIEW (month), workspace);
  window = pln_bench_show (month, 1000, 700);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (month), gtk_widget_get_height (month));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);

  for (guint i = 0; i < 240; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      /* Twenty years forward, then back: GDate takes a count of months,
       * not a signed step. */
      if (i < 120)
        g_date_add_months (&date, 1);
      else
        g_date_subtract_months (&date, 1);
      pln_calendar_month_view_set_date (PLN_CALENDAR_MONTH_VIEW (month), &date);
      pln_bench_render (month, surface);

      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }

  g_print ("Month switch in a 10-year workspace (%u meetings), 1000×700:\n\n",
           g_list_model_get_n_items (pln_workspace_get_meetings (workspace)));
  pln_bench_print_header ();
  pln_bench_print_times ("month switch: layout + snapshot + cairo rendering", times, "16 ms");

  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
