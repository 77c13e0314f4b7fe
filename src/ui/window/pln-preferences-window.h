/* pln-preferences-window.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_PREFERENCES_WINDOW (pln_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PlnPreferencesWindow, pln_preferences_window, PLN, PREFERENCES_WINDOW, AdwPreferencesWindow)

PlnPreferencesWindow *pln_preferences_window_new           (GSettings            *settings);
void                  pln_preferences_window_set_workspace (PlnPreferencesWindow *self,
                                                            PlnWorkspace         *workspace);

G_END_DECLS
