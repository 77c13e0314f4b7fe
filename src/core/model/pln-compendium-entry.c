/* pln-compendium-entry.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-compendium"

#include "config.h"

#include "pln-meeting.h"
#include "pln-meeting-recommendations.h"
#include "pln-recommendation.h"
#include "pln-resolution.h"
#include "pln-working-group.h"
#include "pln-compendium-entry.h"
#include "pln-compendium-private.h"

/* One entry of the compendium: a recommendation with the meeting it was
 * made in, or a resolution or decision of the Conference. It reads
 * everything from the model when asked (the model is the one source of
 * truth); the index (pln-compendium.c) keeps its words. */

struct _PlnCompendiumEntry
{
  GObject parent_instance;

  /* Owned references */
  PlnMeeting *meeting;
  PlnRecommendation *recommendation;
  PlnResolution *resolution;

  /* The index's: where the entry is and the words it was filed under. */
  guint slot;
  GPtrArray *words;
  char *normalized;
};

G_DEFINE_FINAL_TYPE (PlnCompendiumEntry, pln_compendium_entry, G_TYPE_OBJECT)

static void
pln_compendium_entry_dispose (GObject *object)
{
  PlnCompendiumEntry *self = PLN_COMPENDIUM_ENTRY (object);

  g_clear_object (&self->meeting);
  g_clear_object (&self->recommendation);
  g_clear_object (&self->resolution);

  G_OBJECT_CLASS (pln_compendium_entry_parent_class)->dispose (object);
}

static void
pln_compendium_entry_finalize (GObject *object)
{
  PlnCompendiumEntry *self = PLN_COMPENDIUM_ENTRY (object);

  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->normalized, g_free);

  G_OBJECT_CLASS (pln_compendium_entry_parent_class)->finalize (object);
}

static void
pln_compendium_entry_class_init (PlnCompendiumEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_compendium_entry_dispose;
  object_class->finalize = pln_compendium_entry_finalize;
}

static void
pln_compendium_entry_init (PlnCompendiumEntry *self)
{
}

PlnCompendiumEntry *
pln_compendium_entry_new_recommendation (PlnMeeting        *meeting,
                                         PlnRecommendation *recommendation)
{
  PlnCompendiumEntry *self = g_object_new (PLN_TYPE_COMPENDIUM_ENTRY, NULL);

  self->meeting = g_object_ref (meeting);
  self->recommendation = g_object_ref (recommendation);
  return self;
}

PlnCompendiumEntry *
pln_compendium_entry_new_resolution (PlnResolution *resolution)
{
  PlnCompendiumEntry *self = g_object_new (PLN_TYPE_COMPENDIUM_ENTRY, NULL);

  self->resolution = g_object_ref (resolution);
  return self;
}

PlnEntryKind
pln_compendium_entry_get_kind (PlnCompendiumEntry *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), PLN_ENTRY_RECOMMENDATION);

  return self->resolution != NULL ? pln_resolution_get_kind (self->resolution) : PLN_ENTRY_RECOMMENDATION;
}

/**
 * pln_compendium_entry_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting of a recommendation
 */
PlnMeeting *
pln_compendium_entry_get_meeting (PlnCompendiumEntry *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  return self->meeting;
}

/**
 * pln_compendium_entry_get_recommendation:
 *
 * Returns: (transfer none) (nullable): the recommendation, or %NULL for a
 *   resolution or decision
 */
PlnRecommendation *
pln_compendium_entry_get_recommendation (PlnCompendiumEntry *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  return self->recommendation;
}

/**
 * pln_compendium_entry_get_resolution:
 *
 * Returns: (transfer none) (nullable): the resolution or decision
 */
PlnResolution *
pln_compendium_entry_get_resolution (PlnCompendiumEntry *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  return self->resolution;
}

/**
 * pln_compendium_entry_get_working_group:
 *
 * Returns: (transfer none) (nullable): the working group of the meeting,
 *   or the one a resolution concerns
 */
PlnWorkingGroup *
pln_compendium_entry_get_working_group (PlnCompendiumEntry *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  if (self->resolution != NULL)
    return pln_resolution_get_working_group (self->resolution);

  return pln_meeting_get_working_group (self->meeting);
}

/**
 * pln_compendium_entry_get_date:
 *
 * Returns: (nullable): the day a recommendation was made (else its
 *   meeting's first), or a resolution's date
 */
const GDate *
pln_compendium_entry_get_date (PlnCompendiumEntry *self)
{
  const GDate *day;

  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  if (self->resolution != NULL)
    return pln_resolution_get_date (self->resolution);

  day = pln_recommendation_get_day (self->recommendation);
  return day != NULL ? day : pln_meeting_get_first_day (self->meeting);
}

const char *
pln_compendium_entry_get_text (PlnCompendiumEntry *self)
{
  const char *text;

  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  text = self->resolution != NULL ? pln_resolution_get_text (self->resolution)
                                  : pln_recommendation_get_text (self->recommendation);
  return text != NULL ? text : "";
}

/**
 * pln_compendium_entry_get_themes:
 *
 * Returns: (nullable): the ids of the entry's themes
 */
const char * const *
pln_compendium_entry_get_themes (PlnCompendiumEntry *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  if (self->resolution != NULL)
    return pln_resolution_get_themes (self->resolution);

  return pln_recommendation_get_themes (self->recommendation);
}

void
pln_compendium_entry_set_themes (PlnCompendiumEntry *self,
                                 const char * const *themes)
{
  g_return_if_fail (PLN_IS_COMPENDIUM_ENTRY (self));

  if (self->resolution != NULL)
    pln_resolution_set_themes (self->resolution, themes);
  else
    pln_recommendation_set_themes (self->recommendation, themes);
}

/**
 * pln_compendium_entry_is_current:
 *
 * Returns: whether the entry is in the compendium without asking for
 *   every status: a resolution, or an agreed recommendation (not one
 *   proposed, withdrawn or merged into another)
 */
gboolean
pln_compendium_entry_is_current (PlnCompendiumEntry *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), FALSE);

  return self->resolution != NULL ||
         pln_recommendation_get_status (self->recommendation) == PLN_RECOMMENDATION_STATUS_AGREED;
}

/**
 * pln_compendium_entry_has_theme_in:
 * @theme_ids: a set of theme ids
 *
 * Returns: whether one of the entry's themes is in @theme_ids
 */
gboolean
pln_compendium_entry_has_theme_in (PlnCompendiumEntry *self,
                                   GHashTable         *theme_ids)
{
  const char * const *themes = pln_compendium_entry_get_themes (self);

  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    if (g_hash_table_contains (theme_ids, themes[i]))
      return TRUE;

  return FALSE;
}

/**
 * pln_compendium_entry_dup_number:
 *
 * Returns: the number of an agreed recommendation in its meeting's
 *   report, or 0
 */
guint
pln_compendium_entry_dup_number (PlnCompendiumEntry *self)
{
  g_autoptr(GPtrArray) agreed = NULL;
  guint index;

  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), 0);

  if (self->recommendation == NULL)
    return 0;

  agreed = pln_meeting_dup_report_recommendations (self->meeting);
  return g_ptr_array_find (agreed, self->recommendation, &index) ? index + 1 : 0;
}

/**
 * pln_compendium_entry_dup_reference_en:
 * @number: the entry's number in the report (see
 *   pln_compendium_entry_dup_number()), or 0
 *
 * Returns: (transfer full): where the entry comes from, in English, for
 *   the compendium document: "CTOC/COP/WG.7/2019/4, para. 3" or
 *   "resolution 11/3"; "" when nothing is known
 */
char *
pln_compendium_entry_dup_reference_en (PlnCompendiumEntry *self,
                                       guint               number)
{
  const char *symbol;

  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  if (self->resolution != NULL)
    return g_strdup (pln_resolution_get_symbol (self->resolution) ?: "");

  symbol = pln_meeting_get_report_symbol (self->meeting);
  if (symbol != NULL && number > 0)
    return g_strdup_printf ("%s, recommendation %u", symbol, number);
  if (symbol != NULL)
    return g_strdup (symbol);
  if (number > 0)
    return g_strdup_printf ("recommendation %u", number);

  return g_strdup ("");
}

/**
 * pln_compendium_entry_dup_search_text:
 *
 * Returns: (transfer full): what the entry is found by: its text, who
 *   made a recommendation, a resolution's symbol
 */
char *
pln_compendium_entry_dup_search_text (PlnCompendiumEntry *self)
{
  const char *more;

  g_return_val_if_fail (PLN_IS_COMPENDIUM_ENTRY (self), NULL);

  more = self->resolution != NULL ? pln_resolution_get_symbol (self->resolution)
                                  : pln_recommendation_get_source (self->recommendation);
  return g_strconcat (pln_compendium_entry_get_text (self), "\n", more, NULL);
}

static const char *
group_name (PlnCompendiumEntry *self)
{
  PlnWorkingGroup *group = pln_compendium_entry_get_working_group (self);

  return group != NULL ? pln_working_group_get_short_name (group) : NULL;
}

/* The order the compendium lists entries in: newest first, then by
 * working group, then as made. */
int
pln_compendium_entry_compare (gconstpointer a,
                              gconstpointer b)
{
  PlnCompendiumEntry *ea = *(PlnCompendiumEntry **) a;
  PlnCompendiumEntry *eb = *(PlnCompendiumEntry **) b;
  const GDate *da = pln_compendium_entry_get_date (ea);
  const GDate *db = pln_compendium_entry_get_date (eb);
  int order;

  if (da == NULL || db == NULL)
    {
      if (da != db)
        return da == NULL ? 1 : -1;
    }
  else if (g_date_compare (da, db) != 0)
    return g_date_compare (db, da);

  order = g_strcmp0 (group_name (ea), group_name (eb));
  if (order != 0)
    return order;

  return ea->slot < eb->slot ? -1 : ea->slot > eb->slot;
}

/* For the index, in pln-compendium.c. */
guint
pln_compendium_entry_get_slot (PlnCompendiumEntry *self)
{
  return self->slot;
}

void
pln_compendium_entry_set_slot (PlnCompendiumEntry *self,
                               guint               slot)
{
  self->slot = slot;
}

GPtrArray **
pln_compendium_entry_words (PlnCompendiumEntry *self)
{
  return &self->words;
}

char **
pln_compendium_entry_normalized (PlnCompendiumEntry *self)
{
  return &self->normalized;
}
