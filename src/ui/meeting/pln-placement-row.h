/* pln-placement-row.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_PLACEMENT_ROW (pln_placement_row_get_type ())

G_DECLARE_FINAL_TYPE (PlnPlacementRow, pln_placement_row, PLN, PLACEMENT_ROW, AdwActionRow)

GtkWidget    *pln_placement_row_new           (PlnPlacement    *placement);
PlnPlacement *pln_placement_row_get_placement (PlnPlacementRow *self);
gboolean      pln_placement_row_get_continued (PlnPlacementRow *self);
void          pln_placement_row_set_continued (PlnPlacementRow *self,
                                               gboolean         continued);

G_END_DECLS
