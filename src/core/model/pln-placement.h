/* pln-placement.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-object.h"
#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_TYPE_PLACEMENT (pln_placement_get_type ())

G_DECLARE_FINAL_TYPE (PlnPlacement, pln_placement, PLN, PLACEMENT, PlnObject)

PlnPlacement  *pln_placement_new             (void);
const char    *pln_placement_get_id          (PlnPlacement *self);
PlnAgendaItem *pln_placement_get_agenda_item (PlnPlacement *self);
void           pln_placement_set_agenda_item (PlnPlacement  *self,
                                              PlnAgendaItem *agenda_item);
const char    *pln_placement_get_note        (PlnPlacement *self);
void           pln_placement_set_note        (PlnPlacement *self,
                                              const char   *note);

G_END_DECLS
