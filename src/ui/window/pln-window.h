/* pln-window.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-application.h"
#include "pln-context.h"
#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_WINDOW (pln_window_get_type ())

G_DECLARE_FINAL_TYPE (PlnWindow, pln_window, PLN, WINDOW, AdwApplicationWindow)

PlnWindow    *pln_window_new           (PlnApplication *application);
PlnWorkspace *pln_window_get_workspace (PlnWindow      *self);
PlnContext   *pln_window_get_context   (PlnWindow      *self);
void          pln_window_show_meeting  (PlnWindow      *self,
                                        PlnMeeting     *meeting,
                                        const char     *page);

G_END_DECLS
