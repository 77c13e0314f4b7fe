/* pln-compendium.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"
#include "pln-compendium-entry.h"

G_BEGIN_DECLS

/**
 * PlnCompendiumFilter:
 * @working_group: (nullable): only this working group's entries
 * @theme: (nullable): only entries under this theme or one under it
 * @from_year: only entries of this year or later (0: any)
 * @to_year: only entries of this year or earlier (0: any)
 * @kinds: a mask of `1 << PlnEntryKind`; 0 for every kind
 * @all_statuses: also recommendations not agreed (proposed, withdrawn, merged)
 */
typedef struct
{
  PlnWorkingGroup *working_group;
  PlnTheme        *theme;
  guint            from_year;
  guint            to_year;
  guint            kinds;
  gboolean         all_statuses;
} PlnCompendiumFilter;

/* How alike an earlier recommendation must be to be offered as "already
 * recommended": half the words in common (the near-identical detection
 * of a meeting asks for 0.85). */
#define PLN_COMPENDIUM_EARLIER_SIMILARITY 0.5

#define PLN_TYPE_COMPENDIUM (pln_compendium_get_type ())

G_DECLARE_FINAL_TYPE (PlnCompendium, pln_compendium, PLN, COMPENDIUM, GObject)

PlnCompendium *pln_compendium_new           (PlnWorkspace              *workspace);
PlnWorkspace  *pln_compendium_get_workspace (PlnCompendium             *self);
void           pln_compendium_build_in_idle (PlnCompendium             *self);
gboolean       pln_compendium_get_ready     (PlnCompendium             *self);
double         pln_compendium_get_progress  (PlnCompendium             *self);
guint          pln_compendium_get_n_entries (PlnCompendium             *self);
GPtrArray     *pln_compendium_search        (PlnCompendium             *self,
                                             const PlnCompendiumFilter *filter,
                                             const char                *query);
GPtrArray     *pln_compendium_find_earlier  (PlnCompendium             *self,
                                             PlnMeeting                *meeting,
                                             const char                *text,
                                             guint                      max);
PlnCompendiumEntry *pln_compendium_find_entry (PlnCompendium           *self,
                                               gpointer                 object);

G_END_DECLS
