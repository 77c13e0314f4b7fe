/* pln-sidebar.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_SIDEBAR (pln_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (PlnSidebar, pln_sidebar, PLN, SIDEBAR, AdwBin)

void          pln_sidebar_set_workspace      (PlnSidebar   *self,
                                              PlnWorkspace *workspace);
void          pln_sidebar_set_shown_meeting  (PlnSidebar   *self,
                                              PlnMeeting   *meeting);
GObject      *pln_sidebar_dup_selected_item  (PlnSidebar   *self);
GListModel   *pln_sidebar_get_rows           (PlnSidebar   *self);

GMenuModel   *pln_sidebar_create_menu        (GObject      *item);
char         *pln_sidebar_format_meeting     (PlnMeeting   *meeting);

G_END_DECLS
