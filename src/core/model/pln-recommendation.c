/* pln-recommendation.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-agenda-item.h"
#include "pln-recommendation.h"

/* A concise proposal made in the room for inclusion in the report, on a
 * given day, under an agenda item, by a delegation or a panellist. */

struct _PlnRecommendation
{
  PlnObject parent_instance;

  GDate day;
  PlnAgendaItem *agenda_item;
  char *text;
  char *source;
  char *source_registration;
  PlnRecommendationStatus status;
  char *merged_into;
  GDateTime *created;
  GDateTime *changed;
  char **themes;
};

G_DEFINE_FINAL_TYPE (PlnRecommendation, pln_recommendation, PLN_TYPE_OBJECT)

enum {
  FIELD_DAY,
  FIELD_AGENDA_ITEM,
  FIELD_TEXT,
  FIELD_SOURCE,
  FIELD_SOURCE_REGISTRATION,
  FIELD_STATUS,
  FIELD_MERGED_INTO,
  FIELD_CREATED,
  FIELD_CHANGED,
  FIELD_THEMES,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_DAY] = { "day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnRecommendation, day) },
  [FIELD_AGENDA_ITEM] = { "agenda-item", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnRecommendation, agenda_item), pln_agenda_item_get_type },
  [FIELD_TEXT] = { "text", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, text) },
  [FIELD_SOURCE] = { "source", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, source) },
  [FIELD_SOURCE_REGISTRATION] = { "source-registration", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, source_registration) },
  [FIELD_STATUS] = { "status", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRecommendation, status), pln_recommendation_status_get_type, 0, 0, PLN_RECOMMENDATION_STATUS_PROPOSED },
  [FIELD_MERGED_INTO] = { "merged-into", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, merged_into) },
  [FIELD_CREATED] = { "created", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnRecommendation, created) },
  [FIELD_CHANGED] = { "changed", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnRecommendation, changed), NULL, 0, 0, 0, PLN_FIELD_LATEST },
  /* The ids of its themes in the workspace's thematic index. */
  [FIELD_THEMES] = { "themes", PLN_FIELD_STRV, G_STRUCT_OFFSET (PlnRecommendation, themes) },
};

/* Any edit of a recommendation stamps its "changed" time: that is how a
 * non-paper shared earlier is known to be out of date. Its themes are not
 * in the non-paper, so filing it under one is not an edit of it; nor is
 * a save recording who changed it ("changed-by", "changed-at"), which
 * happens later than the edit. */
static void
pln_recommendation_notify (GObject    *object,
                           GParamSpec *pspec)
{
  PlnRecommendation *self = PLN_RECOMMENDATION (object);
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (self);

  if (pspec != pln_object_class_get_pspec (klass, FIELD_CHANGED) &&
      pspec != pln_object_class_get_pspec (klass, FIELD_CREATED) &&
      pspec != pln_object_class_get_pspec (klass, FIELD_THEMES) &&
      !pln_object_is_bookkeeping (pspec))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      pln_recommendation_set_changed (self, now);
    }

  G_OBJECT_CLASS (pln_recommendation_parent_class)->notify (object, pspec);
}

static void
pln_recommendation_class_init (PlnRecommendationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);

  object_class->notify = pln_recommendation_notify;
}

static void
pln_recommendation_init (PlnRecommendation *self)
{
  pln_object_init_fields (PLN_OBJECT (self));

  /* A recommendation made now changed now, after any non-paper shared;
   * a load replaces the time with the file's. */
  self->changed = g_date_time_new_now_utc ();
}

PlnRecommendation *
pln_recommendation_new (void)
{
  return g_object_new (PLN_TYPE_RECOMMENDATION, NULL);
}

/**
 * pln_recommendation_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_recommendation_get_id (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

const GDate *
pln_recommendation_get_day (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return g_date_valid (&self->day) ? &self->day : NULL;
}

void
pln_recommendation_set_day (PlnRecommendation *self,
                            const GDate *day)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_date (PLN_OBJECT (self), FIELD_DAY, day);
}

PlnAgendaItem *
pln_recommendation_get_agenda_item (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return self->agenda_item;
}

void
pln_recommendation_set_agenda_item (PlnRecommendation *self,
                                    PlnAgendaItem *agenda_item)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_object (PLN_OBJECT (self), FIELD_AGENDA_ITEM, agenda_item);
}

const char *
pln_recommendation_get_text (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return self->text;
}

void
pln_recommendation_set_text (PlnRecommendation *self,
                             const char *text)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_TEXT, text);
}

const char *
pln_recommendation_get_source (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return self->source;
}

void
pln_recommendation_set_source (PlnRecommendation *self,
                               const char *source)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_SOURCE, source);
}

const char *
pln_recommendation_get_source_registration (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return self->source_registration;
}

void
pln_recommendation_set_source_registration (PlnRecommendation *self,
                                            const char *source_registration)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_SOURCE_REGISTRATION, source_registration);
}

PlnRecommendationStatus
pln_recommendation_get_status (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), 0);

  return self->status;
}

void
pln_recommendation_set_status (PlnRecommendation *self,
                               PlnRecommendationStatus status)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_STATUS, status);
}

const char *
pln_recommendation_get_merged_into (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return self->merged_into;
}

void
pln_recommendation_set_merged_into (PlnRecommendation *self,
                                    const char *merged_into)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_MERGED_INTO, merged_into);
}

GDateTime *
pln_recommendation_get_created (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return self->created;
}

void
pln_recommendation_set_created (PlnRecommendation *self,
                                GDateTime *created)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_date_time (PLN_OBJECT (self), FIELD_CREATED, created);
}

GDateTime *
pln_recommendation_get_changed (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return self->changed;
}

void
pln_recommendation_set_changed (PlnRecommendation *self,
                                GDateTime *changed)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_date_time (PLN_OBJECT (self), FIELD_CHANGED, changed);
}


/**
 * pln_recommendation_get_themes:
 *
 * Returns: (nullable): the ids of its themes (#PlnTheme)
 */
const char * const *
pln_recommendation_get_themes (PlnRecommendation *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (self), NULL);

  return (const char * const *) self->themes;
}

void
pln_recommendation_set_themes (PlnRecommendation  *self,
                               const char * const *themes)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION (self));

  pln_object_set_strv (PLN_OBJECT (self), FIELD_THEMES, themes);
}
