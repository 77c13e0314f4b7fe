/* pln-idle-refresh.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pln-idle-refresh.h"

static gboolean
refresh_cb (gpointer user_data)
{
  PlnIdleRefresh *refresh = user_data;

  refresh->source = 0;
  refresh->n_runs++;
  refresh->func (refresh->owner);
  return G_SOURCE_REMOVE;
}

/**
 * pln_idle_refresh_schedule:
 * @owner: passed to @func
 * @func: the refresh
 *
 * Runs @func once at the next idle moment, however many times this is
 * called before.
 */
void
pln_idle_refresh_schedule (PlnIdleRefresh  *refresh,
                           gpointer         owner,
                           void           (*func) (gpointer owner))
{
  g_return_if_fail (refresh != NULL);
  g_return_if_fail (func != NULL);

  refresh->owner = owner;
  refresh->func = func;
  if (refresh->source == 0)
    refresh->source = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_cb, refresh, NULL);
}

/**
 * pln_idle_refresh_flush:
 *
 * Runs a scheduled refresh now, for code that needs its result at once.
 *
 * Returns: whether one was scheduled
 */
gboolean
pln_idle_refresh_flush (PlnIdleRefresh *refresh)
{
  g_return_val_if_fail (refresh != NULL, FALSE);

  if (refresh->source == 0)
    return FALSE;

  g_clear_handle_id (&refresh->source, g_source_remove);
  refresh_cb (refresh);
  return TRUE;
}

/**
 * pln_idle_refresh_cancel:
 *
 * Drops a scheduled refresh: for the owner's dispose, so that no refresh
 * runs after the widget is gone.
 */
void
pln_idle_refresh_cancel (PlnIdleRefresh *refresh)
{
  g_return_if_fail (refresh != NULL);

  g_clear_handle_id (&refresh->source, g_source_remove);
}
