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
  GObject parent_instance;

  char *id;
  GDate day;
  PlnAgendaItem *agenda_item;
  char *text;
  char *source;
  char *source_registration;
  PlnRecommendationStatus status;
  char *merged_into;
  GDateTime *created;
  GDateTime *changed;
};

G_DEFINE_FINAL_TYPE (PlnRecommendation, pln_recommendation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DAY,
  PROP_AGENDA_ITEM,
  PROP_TEXT,
  PROP_SOURCE,
  PROP_SOURCE_REGISTRATION,
  PROP_STATUS,
  PROP_MERGED_INTO,
  PROP_CREATED,
  PROP_CHANGED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_recommendation_dispose (GObject *object)
{
  PlnRecommendation *self = PLN_RECOMMENDATION (object);

  g_clear_object (&self->agenda_item);

  G_OBJECT_CLASS (pln_recommendation_parent_class)->dispose (object);
}

static void
pln_recommendation_finalize (GObject *object)
{
  PlnRecommendation *self = PLN_RECOMMENDATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->source_registration, g_free);
  g_clear_pointer (&self->merged_into, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->changed, g_date_time_unref);

  G_OBJECT_CLASS (pln_recommendation_parent_class)->finalize (object);
}

static void
pln_recommendation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlnRecommendation *self = PLN_RECOMMENDATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DAY:
      g_value_set_boxed (value, g_date_valid (&self->day) ? &self->day : NULL);
      break;

    case PROP_AGENDA_ITEM:
      g_value_set_object (value, self->agenda_item);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_SOURCE_REGISTRATION:
      g_value_set_string (value, self->source_registration);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_MERGED_INTO:
      g_value_set_string (value, self->merged_into);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_CHANGED:
      g_value_set_boxed (value, self->changed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_recommendation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PlnRecommendation *self = PLN_RECOMMENDATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_DAY:
      pln_recommendation_set_day (self, g_value_get_boxed (value));
      break;

    case PROP_AGENDA_ITEM:
      pln_recommendation_set_agenda_item (self, g_value_get_object (value));
      break;

    case PROP_TEXT:
      pln_recommendation_set_text (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      pln_recommendation_set_source (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_REGISTRATION:
      pln_recommendation_set_source_registration (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      pln_recommendation_set_status (self, g_value_get_enum (value));
      break;

    case PROP_MERGED_INTO:
      pln_recommendation_set_merged_into (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      pln_recommendation_set_created (self, g_value_get_boxed (value));
      break;

    case PROP_CHANGED:
      pln_recommendation_set_changed (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Any edit of a recommendation stamps its "changed" time: that is how a
 * non-paper shared earlier is known to be out of date. */
static void
pln_recommendation_notify (GObject    *object,
                           GParamSpec *pspec)
{
  PlnRecommendation *self = PLN_RECOMMENDATION (object);

  if (pspec != properties [PROP_CHANGED] && pspec != properties [PROP_CREATED])
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      pln_recommendation_set_changed (self, now);
    }

  pln_model_notify (object, pspec);
}

static void
pln_recommendation_class_init (PlnRecommendationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_recommendation_dispose;
  object_class->finalize = pln_recommendation_finalize;
  object_class->get_property = pln_recommendation_get_property;
  object_class->set_property = pln_recommendation_set_property;
  object_class->notify = pln_recommendation_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DAY] =
    g_param_spec_boxed ("day", NULL, NULL,
                        G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_AGENDA_ITEM] =
    g_param_spec_object ("agenda-item", NULL, NULL,
                         PLN_TYPE_AGENDA_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE_REGISTRATION] =
    g_param_spec_string ("source-registration", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PLN_TYPE_RECOMMENDATION_STATUS, PLN_RECOMMENDATION_STATUS_PROPOSED,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MERGED_INTO] =
    g_param_spec_string ("merged-into", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        G_TYPE_DATE_TIME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CHANGED] =
    g_param_spec_boxed ("changed", NULL, NULL,
                        G_TYPE_DATE_TIME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_recommendation_init (PlnRecommendation *self)
{
  self->id = pln_model_new_id ();
  g_date_clear (&self->day, 1);
  self->status = PLN_RECOMMENDATION_STATUS_PROPOSED;
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

  return self->id;
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
  if (pln_set_date (&self->day, day))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DAY]);
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
  if (g_set_object (&self->agenda_item, agenda_item))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AGENDA_ITEM]);
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
  if (pln_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
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
  if (pln_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE]);
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
  if (pln_set_string (&self->source_registration, source_registration))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE_REGISTRATION]);
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
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
    }
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
  if (pln_set_string (&self->merged_into, merged_into))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MERGED_INTO]);
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
  if (pln_set_date_time (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED]);
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
  if (pln_set_date_time (&self->changed, changed))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHANGED]);
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_recommendation_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, id), NULL, 0, 0 },
  { "day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnRecommendation, day), NULL, 0, 0 },
  { "agenda_item", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnRecommendation, agenda_item), pln_agenda_item_get_type, 0, 0 },
  { "text", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, text), NULL, 0, 0 },
  { "source", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, source), NULL, 0, 0 },
  { "source_registration", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, source_registration), NULL, 0, 0 },
  { "status", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnRecommendation, status), pln_recommendation_status_get_type, 0, 0 },
  { "merged_into", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnRecommendation, merged_into), NULL, 0, 0 },
  { "created", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnRecommendation, created), NULL, 0, 0 },
  { "changed", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnRecommendation, changed), NULL, 0, 0 },
  { NULL }
};
