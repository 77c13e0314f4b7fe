/* pln-idle-refresh.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlnIdleRefresh:
 * @n_runs: how many times the refresh ran, for tests that count rebuilds
 *
 * A refresh that many changes ask for and that runs once, when the main
 * loop is idle. Kept in the widget's instance struct; cancelled in its
 * dispose with pln_idle_refresh_cancel().
 */
typedef struct
{
  guint      source;
  guint      n_runs;
  gpointer   owner;
  void     (*func) (gpointer owner);
} PlnIdleRefresh;

void      pln_idle_refresh_schedule  (PlnIdleRefresh  *refresh,
                                      gpointer         owner,
                                      void           (*func) (gpointer owner));
gboolean  pln_idle_refresh_flush     (PlnIdleRefresh  *refresh);
void      pln_idle_refresh_cancel    (PlnIdleRefresh  *refresh);

G_END_DECLS
