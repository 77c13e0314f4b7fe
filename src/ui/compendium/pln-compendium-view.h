/* pln-compendium-view.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_COMPENDIUM_VIEW (pln_compendium_view_get_type ())

G_DECLARE_FINAL_TYPE (PlnCompendiumView, pln_compendium_view, PLN, COMPENDIUM_VIEW, GtkWidget)

void           pln_compendium_view_set_workspace (PlnCompendiumView *self,
                                                  PlnWorkspace      *workspace);
PlnCompendium *pln_compendium_view_get_compendium (PlnCompendiumView *self);
GListModel    *pln_compendium_view_get_shown     (PlnCompendiumView *self);
GtkEditable   *pln_compendium_view_get_search    (PlnCompendiumView *self);
void           pln_compendium_view_set_filter    (PlnCompendiumView         *self,
                                                  const PlnCompendiumFilter *filter);
void           pln_compendium_view_activate      (PlnCompendiumView *self,
                                                  guint              position);

G_END_DECLS
