/* pln-compendium-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-compendium.h"

G_BEGIN_DECLS

/* What the index keeps in an entry: its place in the index, the words it
 * is filed under (the index's) and its text as pln_search_normalize()
 * gives it, for phrases. */
guint        pln_compendium_entry_get_slot   (PlnCompendiumEntry *self);
void         pln_compendium_entry_set_slot   (PlnCompendiumEntry *self,
                                              guint               slot);
GPtrArray  **pln_compendium_entry_words      (PlnCompendiumEntry *self);
char       **pln_compendium_entry_normalized (PlnCompendiumEntry *self);

void         pln_compendium_set_step_budget  (PlnCompendium      *self,
                                              gint64              usec);

G_END_DECLS
