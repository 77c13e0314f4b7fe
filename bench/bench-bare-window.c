/* bench-bare-window.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-probe.h"

/* The baseline of bench-scale: an AdwApplication whose window is an empty
 * AdwApplicationWindow of Plenary's default size. With PLN_PROBE set it
 * says when the window is mapped (pln-probe.c, as Plenary does) and quits
 * after its first frame on screen. */

static void
painted_cb (GtkWidget *window,
            gpointer   user_data)
{
  pln_probe_phase ("end");
  g_application_quit (G_APPLICATION (user_data));
}

static void
realize_cb (GtkWidget *window,
            gpointer   app)
{
  pln_probe_after_paint (window, painted_cb, app);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  pln_probe_watch_map (GTK_WINDOW (window));
  g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  pln_probe_init ();
  app = adw_application_new ("io.github.plenary.BenchBareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
