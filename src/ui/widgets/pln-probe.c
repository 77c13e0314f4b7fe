/* pln-probe.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Timings for bench-scale, on when PLN_PROBE is set: when the window is
 * mapped, and the longest main-loop iteration of each phase of a run (a
 * wrapper around the default main context's poll function: what happens
 * between two polls is one iteration's work), in wall-clock time and in
 * the main thread's CPU time. Lines go to standard output, each starting
 * with "pln-probe: "; PLN_PROBE=verbose also says every iteration over
 * 5 ms, with its phase and when it began (g_get_monotonic_time(), which
 * `perf record -k CLOCK_MONOTONIC` shares: a profile of that iteration).
 * Only GTK is used here: the bare window benchmark compiles this file
 * too, so both are measured the same way. */

#include "config.h"

#include <malloc.h>
#include <time.h>

#include "pln-probe.h"

#define PREFIX "pln-probe: "

typedef struct
{
  char   *phase;
  gint64  woke;       /* wall µs when the last poll returned */
  gint64  woke_cpu;   /* the main thread's CPU µs then */
  gint64  max_wall;
  gint64  max_cpu;
  gboolean verbose;   /* PLN_PROBE=verbose: every iteration over 5 ms */
} Probe;

static Probe *probe;

static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Counts the work since the last poll returned in the current phase. */
static void
account_iteration (void)
{
  gint64 wall;
  gint64 cpu;

  if (probe->woke == 0)
    return;

  wall = g_get_monotonic_time () - probe->woke;
  cpu = thread_cpu_time () - probe->woke_cpu;
  probe->max_wall = MAX (probe->max_wall, wall);
  probe->max_cpu = MAX (probe->max_cpu, cpu);
  if (probe->verbose && wall > 5000)
    g_print (PREFIX "iteration %s %" G_GINT64_FORMAT " %.3f %.3f\n", probe->phase,
             probe->woke, wall / 1000.0, cpu / 1000.0);
}

static gint
probe_poll (GPollFD *fds,
            guint    n_fds,
            gint     timeout)
{
  gint ready;

  account_iteration ();
  ready = g_poll (fds, n_fds, timeout);
  probe->woke = g_get_monotonic_time ();
  probe->woke_cpu = thread_cpu_time ();
  return ready;
}

/**
 * pln_probe_init:
 *
 * Starts the phase "start" and measures the main loop's iterations from
 * now on, when the environment asks for it (PLN_PROBE). Call it on the
 * main thread before the main loop runs.
 *
 * Returns: whether the probe is on
 */
gboolean
pln_probe_init (void)
{
  if (probe != NULL || g_getenv ("PLN_PROBE") == NULL)
    return probe != NULL;

  probe = g_new0 (Probe, 1);
  probe->phase = g_strdup ("start");
  probe->verbose = g_strcmp0 (g_getenv ("PLN_PROBE"), "verbose") == 0;
  g_main_context_set_poll_func (g_main_context_default (), probe_poll);
  return TRUE;
}

/**
 * pln_probe_enabled:
 *
 * Returns: whether pln_probe_init() turned the probe on
 */
gboolean
pln_probe_enabled (void)
{
  return probe != NULL;
}

/**
 * pln_probe_phase:
 * @name: the phase that begins now
 *
 * Ends the current phase, printing when (monotonic µs) and its longest
 * iteration ("phase NAME END_US WALL_MS CPU_MS"); the iteration under way
 * counts in the phase it began in up to now, and in @name for the rest.
 */
void
pln_probe_phase (const char *name)
{
  g_return_if_fail (name != NULL);

  if (probe == NULL)
    return;

  account_iteration ();
  g_print (PREFIX "phase %s %" G_GINT64_FORMAT " %.3f %.3f\n", probe->phase,
           g_get_monotonic_time (), probe->max_wall / 1000.0, probe->max_cpu / 1000.0);

  if (probe->verbose)
    {
      g_autofree char *status = NULL;

      /* The memory at each phase's end: now and at its peak so far. */
      if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
        {
          g_auto(GStrv) lines = g_strsplit (status, "\n", -1);

          for (guint i = 0; lines[i] != NULL; i++)
            if (g_str_has_prefix (lines[i], "VmHWM:") || g_str_has_prefix (lines[i], "VmRSS:"))
              g_print (PREFIX "memory %s %s\n", probe->phase, lines[i]);
        }
      {
        struct mallinfo2 info = mallinfo2 ();

        g_print (PREFIX "memory %s malloc in use %zu kB, free %zu kB, mmapped %zu kB\n", probe->phase,
                 info.uordblks / 1024, info.fordblks / 1024, info.hblkhd / 1024);
      }
    }

  g_free (probe->phase);
  probe->phase = g_strdup (name);
  probe->max_wall = probe->max_cpu = 0;
  if (probe->woke != 0)
    {
      probe->woke = g_get_monotonic_time ();
      probe->woke_cpu = thread_cpu_time ();
    }
}

static void
surface_mapped_cb (GdkSurface *surface)
{
  if (!gdk_surface_get_mapped (surface))
    return;

  g_print (PREFIX "mapped %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (surface, surface_mapped_cb, NULL);
}

static void
window_realize_cb (GtkWidget *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect (surface, "notify::mapped", G_CALLBACK (surface_mapped_cb), NULL);
  g_signal_handlers_disconnect_by_func (window, window_realize_cb, NULL);
}

/**
 * pln_probe_watch_map:
 * @window: a window not yet shown
 *
 * Prints "mapped US" (monotonic µs, the clock of other processes too) when
 * the display server has mapped @window's surface.
 */
void
pln_probe_watch_map (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (!gtk_widget_get_realized (GTK_WIDGET (window)));

  if (probe != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}

typedef struct
{
  GtkWidget *widget;
  PlnProbeFunc func;
  gpointer   user_data;
  gulong     handler;
} AfterPaint;

static void
after_paint_cb (GdkFrameClock *clock,
                AfterPaint    *after)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (after->widget));

  /* A frame drawn before the surface is on screen shows nothing. */
  if (!gdk_surface_get_mapped (surface))
    return;

  g_signal_handler_disconnect (clock, after->handler);
  after->func (after->widget, after->user_data);
  g_object_unref (after->widget);
  g_free (after);
}

/**
 * pln_probe_after_paint:
 * @widget: a realized widget
 * @func: called with @widget and @user_data
 * @user_data: for @func
 *
 * Calls @func once the next frame of @widget's surface is painted while
 * the surface is mapped.
 */
void
pln_probe_after_paint (GtkWidget *widget,
                       PlnProbeFunc func,
                       gpointer   user_data)
{
  GdkFrameClock *clock;
  AfterPaint *after;

  g_return_if_fail (gtk_widget_get_realized (widget));

  clock = gtk_widget_get_frame_clock (widget);
  after = g_new0 (AfterPaint, 1);
  after->widget = g_object_ref (widget);
  after->func = func;
  after->user_data = user_data;
  after->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), after);
  gtk_widget_queue_draw (widget);
}
