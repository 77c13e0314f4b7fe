/* pln-application-probe.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The run bench-scale times, when PLN_PROBE is set (see pln-probe.c):
 * the window mapped; the phase "load" while the worker reads the
 * workspace; "apply" from the workspace handed to the window to the first
 * frame that shows it; "settle" while what waits for an idle main loop
 * runs (the sidebar's groups opening, the store writing the meetings'
 * text ahead); then one edit and "autosave" until it is on disk; then the
 * application quits. */

#define G_LOG_DOMAIN "pln-application"

#include "config.h"

#include "pln-application-private.h"
#include "pln-probe.h"

typedef struct
{
  PlnApplication *app;
  GtkWindow      *window;
  PlnStore       *store;
  gboolean        applied;
} ProbeRun;

static void
finish (ProbeRun *run)
{
  pln_probe_phase ("end");
  g_signal_handlers_disconnect_by_data (run->app, run);
  if (run->store != NULL)
    g_signal_handlers_disconnect_by_data (run->store, run);
  g_application_quit (G_APPLICATION (run->app));
  g_clear_object (&run->store);
  g_free (run);
}

static void
store_saved_cb (ProbeRun *run)
{
  if (!pln_store_get_dirty (run->store) && !pln_store_get_busy (run->store))
    finish (run);
}

/* Changes what an officer would: a meeting's venue (or a working group's
 * name in a workspace without meetings), which the store then autosaves. */
static gboolean
edit (PlnWorkspace *workspace)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  GListModel *groups = pln_workspace_get_working_groups (workspace);
  g_autoptr(GObject) object = NULL;
  g_autofree char *value = g_strdup_printf ("Vienna, %" G_GINT64_FORMAT, g_get_real_time ());
  const char *property = "venue";

  if (g_list_model_get_n_items (meetings) > 0)
    object = g_list_model_get_item (meetings, 0);
  else if (g_list_model_get_n_items (groups) > 0)
    {
      object = g_list_model_get_item (groups, 0);
      property = "name";
    }
  else
    return FALSE;

  /* Another value each run, as the file keeps the last one. */
  g_object_set (object, property, value, NULL);
  return TRUE;
}

/* Below the priority of the store's writing ahead (G_PRIORITY_LOW): runs
 * once nothing else waits. */
static gboolean
settled_cb (gpointer user_data)
{
  ProbeRun *run = user_data;

  pln_probe_phase ("autosave");
  g_signal_connect_swapped (run->store, "notify::dirty", G_CALLBACK (store_saved_cb), run);
  g_signal_connect_swapped (run->store, "notify::busy", G_CALLBACK (store_saved_cb), run);
  if (!edit (pln_store_get_workspace (run->store)))
    finish (run);
  else
    store_saved_cb (run);
  return G_SOURCE_REMOVE;
}

static void
shown_cb (GtkWidget *window,
          gpointer   user_data)
{
  pln_probe_phase ("settle");
  g_idle_add_full (G_PRIORITY_LOW + 10, settled_cb, user_data, NULL);
}

static void
workspace_changed_cb (ProbeRun *run)
{
  if (run->applied || pln_store_get_workspace (run->store) == NULL)
    return;

  run->applied = TRUE;
  pln_probe_phase ("apply");
  pln_probe_after_paint (GTK_WIDGET (run->window), shown_cb, run);
}

static void
store_changed_cb (ProbeRun *run)
{
  PlnStore *store = pln_application_get_store (run->app);

  if (store == NULL || store == run->store)
    return;

  g_set_object (&run->store, store);
  g_signal_connect_swapped (store, "notify::workspace", G_CALLBACK (workspace_changed_cb), run);
  workspace_changed_cb (run);
}

static void
window_realize_cb (GtkWidget *window,
                   ProbeRun  *run)
{
  g_signal_handlers_disconnect_by_func (window, window_realize_cb, run);
  pln_probe_phase ("load");
  g_signal_connect_swapped (run->app, "notify::store", G_CALLBACK (store_changed_cb), run);
  store_changed_cb (run);
}

/* Times @window's start and the workspace's arrival in it, if the probe is
 * on; @window is not shown yet. */
void
_pln_application_probe_run (PlnApplication *self,
                            GtkWindow      *window)
{
  ProbeRun *run;

  if (!pln_probe_enabled ())
    return;

  run = g_new0 (ProbeRun, 1);
  run->app = self;
  run->window = window;
  pln_probe_watch_map (window);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), run);
}
