/* pln-compendium-entry.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_TYPE_COMPENDIUM_ENTRY (pln_compendium_entry_get_type ())

G_DECLARE_FINAL_TYPE (PlnCompendiumEntry, pln_compendium_entry, PLN, COMPENDIUM_ENTRY, GObject)

PlnCompendiumEntry *pln_compendium_entry_new_recommendation (PlnMeeting        *meeting,
                                                             PlnRecommendation *recommendation);
PlnCompendiumEntry *pln_compendium_entry_new_resolution     (PlnResolution     *resolution);

PlnEntryKind        pln_compendium_entry_get_kind           (PlnCompendiumEntry *self);
PlnMeeting         *pln_compendium_entry_get_meeting        (PlnCompendiumEntry *self);
PlnRecommendation  *pln_compendium_entry_get_recommendation (PlnCompendiumEntry *self);
PlnResolution      *pln_compendium_entry_get_resolution     (PlnCompendiumEntry *self);
PlnWorkingGroup    *pln_compendium_entry_get_working_group  (PlnCompendiumEntry *self);
const GDate        *pln_compendium_entry_get_date           (PlnCompendiumEntry *self);
const char         *pln_compendium_entry_get_text           (PlnCompendiumEntry *self);
const char * const *pln_compendium_entry_get_themes         (PlnCompendiumEntry *self);
void                pln_compendium_entry_set_themes         (PlnCompendiumEntry *self,
                                                             const char * const *themes);
gboolean            pln_compendium_entry_is_current         (PlnCompendiumEntry *self);
gboolean            pln_compendium_entry_has_theme_in       (PlnCompendiumEntry *self,
                                                             GHashTable         *theme_ids);
guint               pln_compendium_entry_dup_number         (PlnCompendiumEntry *self);
char               *pln_compendium_entry_dup_reference_en   (PlnCompendiumEntry *self,
                                                             guint               number);
char               *pln_compendium_entry_dup_search_text    (PlnCompendiumEntry *self);
int                 pln_compendium_entry_compare            (gconstpointer       a,
                                                             gconstpointer       b);

G_END_DECLS
