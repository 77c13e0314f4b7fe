/* pln-meeting.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-working-group.h"
#include "pln-placement.h"
#include "pln-sitting.h"
#include "pln-agenda-item.h"
#include "pln-registration.h"
#include "pln-recommendation.h"
#include "pln-export-record.h"
#include "pln-meeting.h"

/* One gathering of a working group ("tenth meeting, Vienna, 5 and 6
 * October 2023"), with its plenary meetings, agenda, registrations and
 * recommendations. */

struct _PlnMeeting
{
  GObject parent_instance;

  char *id;
  PlnWorkingGroup *working_group;
  guint ordinal;
  char *title;
  char *city;
  char *venue;
  char *time_zone;
  GDate first_day;
  GDate last_day;
  PlnMeetingFormat format;
  char *platform;
  PlnLanguages languages;
  char *agenda_symbol;
  char *report_symbol;
  guint statement_limit;
  guint online_cap;
  int morning_start;
  int morning_end;
  int afternoon_start;
  int afternoon_end;
  guint recommendation_limit;
  GListStore *sittings;
  GListStore *agenda;
  GListStore *registrations;
  GListStore *recommendations;
  GListStore *exports;
};

G_DEFINE_FINAL_TYPE (PlnMeeting, pln_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKING_GROUP,
  PROP_ORDINAL,
  PROP_TITLE,
  PROP_CITY,
  PROP_VENUE,
  PROP_TIME_ZONE,
  PROP_FIRST_DAY,
  PROP_LAST_DAY,
  PROP_FORMAT,
  PROP_PLATFORM,
  PROP_LANGUAGES,
  PROP_AGENDA_SYMBOL,
  PROP_REPORT_SYMBOL,
  PROP_STATEMENT_LIMIT,
  PROP_ONLINE_CAP,
  PROP_MORNING_START,
  PROP_MORNING_END,
  PROP_AFTERNOON_START,
  PROP_AFTERNOON_END,
  PROP_RECOMMENDATION_LIMIT,
  PROP_SITTINGS,
  PROP_AGENDA,
  PROP_REGISTRATIONS,
  PROP_RECOMMENDATIONS,
  PROP_EXPORTS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_meeting_dispose (GObject *object)
{
  PlnMeeting *self = PLN_MEETING (object);

  g_clear_object (&self->working_group);

  G_OBJECT_CLASS (pln_meeting_parent_class)->dispose (object);
}

static void
pln_meeting_finalize (GObject *object)
{
  PlnMeeting *self = PLN_MEETING (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->city, g_free);
  g_clear_pointer (&self->venue, g_free);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->platform, g_free);
  g_clear_pointer (&self->agenda_symbol, g_free);
  g_clear_pointer (&self->report_symbol, g_free);
  g_clear_object (&self->sittings);
  g_clear_object (&self->agenda);
  g_clear_object (&self->registrations);
  g_clear_object (&self->recommendations);
  g_clear_object (&self->exports);

  G_OBJECT_CLASS (pln_meeting_parent_class)->finalize (object);
}

static void
pln_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlnMeeting *self = PLN_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_WORKING_GROUP:
      g_value_set_object (value, self->working_group);
      break;

    case PROP_ORDINAL:
      g_value_set_uint (value, self->ordinal);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;

    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;

    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;

    case PROP_FIRST_DAY:
      g_value_set_boxed (value, g_date_valid (&self->first_day) ? &self->first_day : NULL);
      break;

    case PROP_LAST_DAY:
      g_value_set_boxed (value, g_date_valid (&self->last_day) ? &self->last_day : NULL);
      break;

    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;

    case PROP_PLATFORM:
      g_value_set_string (value, self->platform);
      break;

    case PROP_LANGUAGES:
      g_value_set_flags (value, self->languages);
      break;

    case PROP_AGENDA_SYMBOL:
      g_value_set_string (value, self->agenda_symbol);
      break;

    case PROP_REPORT_SYMBOL:
      g_value_set_string (value, self->report_symbol);
      break;

    case PROP_STATEMENT_LIMIT:
      g_value_set_uint (value, self->statement_limit);
      break;

    case PROP_ONLINE_CAP:
      g_value_set_uint (value, self->online_cap);
      break;

    case PROP_MORNING_START:
      g_value_set_int (value, self->morning_start);
      break;

    case PROP_MORNING_END:
      g_value_set_int (value, self->morning_end);
      break;

    case PROP_AFTERNOON_START:
      g_value_set_int (value, self->afternoon_start);
      break;

    case PROP_AFTERNOON_END:
      g_value_set_int (value, self->afternoon_end);
      break;

    case PROP_RECOMMENDATION_LIMIT:
      g_value_set_uint (value, self->recommendation_limit);
      break;

    case PROP_SITTINGS:
      g_value_set_object (value, self->sittings);
      break;

    case PROP_AGENDA:
      g_value_set_object (value, self->agenda);
      break;

    case PROP_REGISTRATIONS:
      g_value_set_object (value, self->registrations);
      break;

    case PROP_RECOMMENDATIONS:
      g_value_set_object (value, self->recommendations);
      break;

    case PROP_EXPORTS:
      g_value_set_object (value, self->exports);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_meeting_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PlnMeeting *self = PLN_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      pln_set_id (&self->id, g_value_get_string (value));
      break;

    case PROP_WORKING_GROUP:
      pln_meeting_set_working_group (self, g_value_get_object (value));
      break;

    case PROP_ORDINAL:
      pln_meeting_set_ordinal (self, g_value_get_uint (value));
      break;

    case PROP_TITLE:
      pln_meeting_set_title (self, g_value_get_string (value));
      break;

    case PROP_CITY:
      pln_meeting_set_city (self, g_value_get_string (value));
      break;

    case PROP_VENUE:
      pln_meeting_set_venue (self, g_value_get_string (value));
      break;

    case PROP_TIME_ZONE:
      pln_meeting_set_time_zone (self, g_value_get_string (value));
      break;

    case PROP_FIRST_DAY:
      pln_meeting_set_first_day (self, g_value_get_boxed (value));
      break;

    case PROP_LAST_DAY:
      pln_meeting_set_last_day (self, g_value_get_boxed (value));
      break;

    case PROP_FORMAT:
      pln_meeting_set_format (self, g_value_get_enum (value));
      break;

    case PROP_PLATFORM:
      pln_meeting_set_platform (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGES:
      pln_meeting_set_languages (self, g_value_get_flags (value));
      break;

    case PROP_AGENDA_SYMBOL:
      pln_meeting_set_agenda_symbol (self, g_value_get_string (value));
      break;

    case PROP_REPORT_SYMBOL:
      pln_meeting_set_report_symbol (self, g_value_get_string (value));
      break;

    case PROP_STATEMENT_LIMIT:
      pln_meeting_set_statement_limit (self, g_value_get_uint (value));
      break;

    case PROP_ONLINE_CAP:
      pln_meeting_set_online_cap (self, g_value_get_uint (value));
      break;

    case PROP_MORNING_START:
      pln_meeting_set_morning_start (self, g_value_get_int (value));
      break;

    case PROP_MORNING_END:
      pln_meeting_set_morning_end (self, g_value_get_int (value));
      break;

    case PROP_AFTERNOON_START:
      pln_meeting_set_afternoon_start (self, g_value_get_int (value));
      break;

    case PROP_AFTERNOON_END:
      pln_meeting_set_afternoon_end (self, g_value_get_int (value));
      break;

    case PROP_RECOMMENDATION_LIMIT:
      pln_meeting_set_recommendation_limit (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_meeting_class_init (PlnMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_meeting_dispose;
  object_class->finalize = pln_meeting_finalize;
  object_class->get_property = pln_meeting_get_property;
  object_class->set_property = pln_meeting_set_property;
  object_class->notify = pln_model_notify;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WORKING_GROUP] =
    g_param_spec_object ("working-group", NULL, NULL,
                         PLN_TYPE_WORKING_GROUP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ORDINAL] =
    g_param_spec_uint ("ordinal", NULL, NULL,
                       0, 999, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_VENUE] =
    g_param_spec_string ("venue", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FIRST_DAY] =
    g_param_spec_boxed ("first-day", NULL, NULL,
                        G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LAST_DAY] =
    g_param_spec_boxed ("last-day", NULL, NULL,
                        G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       PLN_TYPE_MEETING_FORMAT, PLN_MEETING_FORMAT_IN_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PLATFORM] =
    g_param_spec_string ("platform", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LANGUAGES] =
    g_param_spec_flags ("languages", NULL, NULL,
                        PLN_TYPE_LANGUAGES, PLN_LANGUAGES_ALL_UN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_AGENDA_SYMBOL] =
    g_param_spec_string ("agenda-symbol", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_REPORT_SYMBOL] =
    g_param_spec_string ("report-symbol", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATEMENT_LIMIT] =
    g_param_spec_uint ("statement-limit", NULL, NULL,
                       1, 120, 3,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ONLINE_CAP] =
    g_param_spec_uint ("online-cap", NULL, NULL,
                       0, 180, 30,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MORNING_START] =
    g_param_spec_int ("morning-start", NULL, NULL,
                      0, 1440, 600,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MORNING_END] =
    g_param_spec_int ("morning-end", NULL, NULL,
                      0, 1440, 780,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_AFTERNOON_START] =
    g_param_spec_int ("afternoon-start", NULL, NULL,
                      0, 1440, 900,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_AFTERNOON_END] =
    g_param_spec_int ("afternoon-end", NULL, NULL,
                      0, 1440, 1080,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_RECOMMENDATION_LIMIT] =
    g_param_spec_uint ("recommendation-limit", NULL, NULL,
                       0, 1000, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SITTINGS] =
    g_param_spec_object ("sittings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_AGENDA] =
    g_param_spec_object ("agenda", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_REGISTRATIONS] =
    g_param_spec_object ("registrations", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_RECOMMENDATIONS] =
    g_param_spec_object ("recommendations", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_EXPORTS] =
    g_param_spec_object ("exports", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
pln_meeting_init (PlnMeeting *self)
{
  self->id = pln_model_new_id ();
  g_date_clear (&self->first_day, 1);
  g_date_clear (&self->last_day, 1);
  self->format = PLN_MEETING_FORMAT_IN_PERSON;
  self->languages = PLN_LANGUAGES_ALL_UN;
  self->statement_limit = 3;
  self->online_cap = 30;
  self->morning_start = 600;
  self->morning_end = 780;
  self->afternoon_start = 900;
  self->afternoon_end = 1080;
  self->sittings = g_list_store_new (PLN_TYPE_SITTING);
  self->agenda = g_list_store_new (PLN_TYPE_AGENDA_ITEM);
  self->registrations = g_list_store_new (PLN_TYPE_REGISTRATION);
  self->recommendations = g_list_store_new (PLN_TYPE_RECOMMENDATION);
  self->exports = g_list_store_new (PLN_TYPE_EXPORT_RECORD);
}

PlnMeeting *
pln_meeting_new (void)
{
  return g_object_new (PLN_TYPE_MEETING, NULL);
}

/**
 * pln_meeting_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_meeting_get_id (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->id;
}

PlnWorkingGroup *
pln_meeting_get_working_group (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->working_group;
}

void
pln_meeting_set_working_group (PlnMeeting *self,
                               PlnWorkingGroup *working_group)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (g_set_object (&self->working_group, working_group))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKING_GROUP]);
}

guint
pln_meeting_get_ordinal (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->ordinal;
}

void
pln_meeting_set_ordinal (PlnMeeting *self,
                         guint ordinal)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->ordinal != ordinal)
    {
      self->ordinal = ordinal;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORDINAL]);
    }
}

const char *
pln_meeting_get_title (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->title;
}

void
pln_meeting_set_title (PlnMeeting *self,
                       const char *title)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

const char *
pln_meeting_get_city (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->city;
}

void
pln_meeting_set_city (PlnMeeting *self,
                      const char *city)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_string (&self->city, city))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CITY]);
}

const char *
pln_meeting_get_venue (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->venue;
}

void
pln_meeting_set_venue (PlnMeeting *self,
                       const char *venue)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_string (&self->venue, venue))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VENUE]);
}

const char *
pln_meeting_get_time_zone (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->time_zone;
}

void
pln_meeting_set_time_zone (PlnMeeting *self,
                           const char *time_zone)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_string (&self->time_zone, time_zone))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TIME_ZONE]);
}

const GDate *
pln_meeting_get_first_day (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return g_date_valid (&self->first_day) ? &self->first_day : NULL;
}

void
pln_meeting_set_first_day (PlnMeeting *self,
                           const GDate *first_day)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_date (&self->first_day, first_day))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FIRST_DAY]);
}

const GDate *
pln_meeting_get_last_day (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return g_date_valid (&self->last_day) ? &self->last_day : NULL;
}

void
pln_meeting_set_last_day (PlnMeeting *self,
                          const GDate *last_day)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_date (&self->last_day, last_day))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LAST_DAY]);
}

PlnMeetingFormat
pln_meeting_get_format (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->format;
}

void
pln_meeting_set_format (PlnMeeting *self,
                        PlnMeetingFormat format)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->format != format)
    {
      self->format = format;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FORMAT]);
    }
}

const char *
pln_meeting_get_platform (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->platform;
}

void
pln_meeting_set_platform (PlnMeeting *self,
                          const char *platform)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_string (&self->platform, platform))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PLATFORM]);
}

PlnLanguages
pln_meeting_get_languages (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->languages;
}

void
pln_meeting_set_languages (PlnMeeting *self,
                           PlnLanguages languages)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->languages != languages)
    {
      self->languages = languages;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGES]);
    }
}

const char *
pln_meeting_get_agenda_symbol (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->agenda_symbol;
}

void
pln_meeting_set_agenda_symbol (PlnMeeting *self,
                               const char *agenda_symbol)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_string (&self->agenda_symbol, agenda_symbol))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AGENDA_SYMBOL]);
}

const char *
pln_meeting_get_report_symbol (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->report_symbol;
}

void
pln_meeting_set_report_symbol (PlnMeeting *self,
                               const char *report_symbol)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (pln_set_string (&self->report_symbol, report_symbol))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPORT_SYMBOL]);
}

guint
pln_meeting_get_statement_limit (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->statement_limit;
}

void
pln_meeting_set_statement_limit (PlnMeeting *self,
                                 guint statement_limit)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->statement_limit != statement_limit)
    {
      self->statement_limit = statement_limit;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATEMENT_LIMIT]);
    }
}

guint
pln_meeting_get_online_cap (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->online_cap;
}

void
pln_meeting_set_online_cap (PlnMeeting *self,
                            guint online_cap)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->online_cap != online_cap)
    {
      self->online_cap = online_cap;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ONLINE_CAP]);
    }
}

int
pln_meeting_get_morning_start (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->morning_start;
}

void
pln_meeting_set_morning_start (PlnMeeting *self,
                               int morning_start)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->morning_start != morning_start)
    {
      self->morning_start = morning_start;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MORNING_START]);
    }
}

int
pln_meeting_get_morning_end (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->morning_end;
}

void
pln_meeting_set_morning_end (PlnMeeting *self,
                             int morning_end)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->morning_end != morning_end)
    {
      self->morning_end = morning_end;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MORNING_END]);
    }
}

int
pln_meeting_get_afternoon_start (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->afternoon_start;
}

void
pln_meeting_set_afternoon_start (PlnMeeting *self,
                                 int afternoon_start)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->afternoon_start != afternoon_start)
    {
      self->afternoon_start = afternoon_start;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AFTERNOON_START]);
    }
}

int
pln_meeting_get_afternoon_end (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->afternoon_end;
}

void
pln_meeting_set_afternoon_end (PlnMeeting *self,
                               int afternoon_end)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->afternoon_end != afternoon_end)
    {
      self->afternoon_end = afternoon_end;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AFTERNOON_END]);
    }
}

guint
pln_meeting_get_recommendation_limit (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  return self->recommendation_limit;
}

void
pln_meeting_set_recommendation_limit (PlnMeeting *self,
                                      guint recommendation_limit)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  if (self->recommendation_limit != recommendation_limit)
    {
      self->recommendation_limit = recommendation_limit;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECOMMENDATION_LIMIT]);
    }
}

/**
 * pln_meeting_get_sittings:
 *
 * Returns: (transfer none): the plenary meetings, a list of #PlnSitting
 */
GListModel *
pln_meeting_get_sittings (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->sittings);
}

void
pln_meeting_append_sitting (PlnMeeting *self,
                            PlnSitting *sitting)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_SITTING (sitting));

  pln_meeting_insert_sitting (self, g_list_model_get_n_items (G_LIST_MODEL (self->sittings)), sitting);
}

void
pln_meeting_insert_sitting (PlnMeeting *self,
                            guint       position,
                            PlnSitting *sitting)
{
  guint n_items;

  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_SITTING (sitting));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sittings));
  g_list_store_insert (self->sittings, MIN (position, n_items), sitting);
}

/**
 * pln_meeting_remove_sitting:
 *
 * Returns: the position @sitting had, for undo, or -1 if it was not there
 */
int
pln_meeting_remove_sitting (PlnMeeting *self,
                            PlnSitting *sitting)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);
  g_return_val_if_fail (PLN_IS_SITTING (sitting), -1);

  return pln_list_store_remove_item (self->sittings, sitting);
}

gboolean
pln_meeting_move_sitting (PlnMeeting *self,
                          PlnSitting *sitting,
                          guint       position)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);
  g_return_val_if_fail (PLN_IS_SITTING (sitting), FALSE);

  return pln_list_store_move_item (self->sittings, sitting, position);
}

/**
 * pln_meeting_get_agenda:
 *
 * Returns: (transfer none): the top-level agenda items, a list of #PlnAgendaItem
 */
GListModel *
pln_meeting_get_agenda (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->agenda);
}

void
pln_meeting_append_agenda_item (PlnMeeting *self,
                                PlnAgendaItem *agenda_item)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_AGENDA_ITEM (agenda_item));

  pln_meeting_insert_agenda_item (self, g_list_model_get_n_items (G_LIST_MODEL (self->agenda)), agenda_item);
}

void
pln_meeting_insert_agenda_item (PlnMeeting *self,
                                guint          position,
                                PlnAgendaItem *agenda_item)
{
  guint n_items;

  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_AGENDA_ITEM (agenda_item));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  g_list_store_insert (self->agenda, MIN (position, n_items), agenda_item);
}

/**
 * pln_meeting_remove_agenda_item:
 *
 * Returns: the position @agenda_item had, for undo, or -1 if it was not there
 */
int
pln_meeting_remove_agenda_item (PlnMeeting *self,
                                PlnAgendaItem *agenda_item)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (agenda_item), -1);

  return pln_list_store_remove_item (self->agenda, agenda_item);
}

gboolean
pln_meeting_move_agenda_item (PlnMeeting *self,
                              PlnAgendaItem *agenda_item,
                              guint          position)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);
  g_return_val_if_fail (PLN_IS_AGENDA_ITEM (agenda_item), FALSE);

  return pln_list_store_move_item (self->agenda, agenda_item, position);
}

/**
 * pln_meeting_get_registrations:
 *
 * Returns: (transfer none): the registrations, a list of #PlnRegistration
 */
GListModel *
pln_meeting_get_registrations (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->registrations);
}

void
pln_meeting_append_registration (PlnMeeting *self,
                                 PlnRegistration *registration)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_REGISTRATION (registration));

  pln_meeting_insert_registration (self, g_list_model_get_n_items (G_LIST_MODEL (self->registrations)), registration);
}

void
pln_meeting_insert_registration (PlnMeeting *self,
                                 guint            position,
                                 PlnRegistration *registration)
{
  guint n_items;

  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_REGISTRATION (registration));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->registrations));
  g_list_store_insert (self->registrations, MIN (position, n_items), registration);
}

/**
 * pln_meeting_remove_registration:
 *
 * Returns: the position @registration had, for undo, or -1 if it was not there
 */
int
pln_meeting_remove_registration (PlnMeeting *self,
                                 PlnRegistration *registration)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);
  g_return_val_if_fail (PLN_IS_REGISTRATION (registration), -1);

  return pln_list_store_remove_item (self->registrations, registration);
}

gboolean
pln_meeting_move_registration (PlnMeeting *self,
                               PlnRegistration *registration,
                               guint            position)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);
  g_return_val_if_fail (PLN_IS_REGISTRATION (registration), FALSE);

  return pln_list_store_move_item (self->registrations, registration, position);
}

/**
 * pln_meeting_get_recommendations:
 *
 * Returns: (transfer none): the recommendations of all days, a list of #PlnRecommendation
 */
GListModel *
pln_meeting_get_recommendations (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->recommendations);
}

void
pln_meeting_append_recommendation (PlnMeeting *self,
                                   PlnRecommendation *recommendation)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_RECOMMENDATION (recommendation));

  pln_meeting_insert_recommendation (self, g_list_model_get_n_items (G_LIST_MODEL (self->recommendations)), recommendation);
}

void
pln_meeting_insert_recommendation (PlnMeeting *self,
                                   guint              position,
                                   PlnRecommendation *recommendation)
{
  guint n_items;

  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_RECOMMENDATION (recommendation));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->recommendations));
  g_list_store_insert (self->recommendations, MIN (position, n_items), recommendation);
}

/**
 * pln_meeting_remove_recommendation:
 *
 * Returns: the position @recommendation had, for undo, or -1 if it was not there
 */
int
pln_meeting_remove_recommendation (PlnMeeting *self,
                                   PlnRecommendation *recommendation)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (recommendation), -1);

  return pln_list_store_remove_item (self->recommendations, recommendation);
}

gboolean
pln_meeting_move_recommendation (PlnMeeting *self,
                                 PlnRecommendation *recommendation,
                                 guint              position)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);
  g_return_val_if_fail (PLN_IS_RECOMMENDATION (recommendation), FALSE);

  return pln_list_store_move_item (self->recommendations, recommendation, position);
}

/**
 * pln_meeting_dup_time_zone:
 *
 * Returns: (transfer full): the time zone of the venue; UTC when none is
 *   set or the identifier is unknown
 */
GTimeZone *
pln_meeting_dup_time_zone (PlnMeeting *self)
{
  GTimeZone *tz = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  if (self->time_zone != NULL)
    tz = g_time_zone_new_identifier (self->time_zone);

  return tz != NULL ? tz : g_time_zone_new_utc ();
}

/**
 * pln_meeting_get_n_days:
 *
 * Returns: the number of meeting days, first and last included; 0 when the
 *   dates are not set or the last day is before the first
 */
guint
pln_meeting_get_n_days (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  if (!g_date_valid (&self->first_day))
    return 0;
  if (!g_date_valid (&self->last_day))
    return 1;
  if (g_date_compare (&self->last_day, &self->first_day) < 0)
    return 0;

  return g_date_days_between (&self->first_day, &self->last_day) + 1;
}

/**
 * pln_meeting_get_day:
 * @index: 0 for Day 1
 * @date: (out caller-allocates): the date of that day
 *
 * Returns: %TRUE if the meeting has such a day
 */
gboolean
pln_meeting_get_day (PlnMeeting *self,
                     guint       index,
                     GDate      *date)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (index >= pln_meeting_get_n_days (self))
    return FALSE;

  *date = self->first_day;
  g_date_add_days (date, index);
  return TRUE;
}

/**
 * pln_meeting_get_day_index:
 *
 * Returns: 0 for Day 1 …, or -1 when @date is not a day of the meeting
 */
int
pln_meeting_get_day_index (PlnMeeting  *self,
                           const GDate *date)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);

  if (date == NULL || !g_date_valid (date) || !g_date_valid (&self->first_day))
    return -1;

  if (g_date_compare (date, &self->first_day) < 0)
    return -1;
  if ((guint) g_date_days_between (&self->first_day, date) >= pln_meeting_get_n_days (self))
    return -1;

  return g_date_days_between (&self->first_day, date);
}

/**
 * pln_meeting_generate_sittings:
 *
 * Replaces the plenary meetings by a morning and an afternoon one on each
 * day of the meeting, at the meeting's default times (10:00–13:00 and
 * 15:00–18:00 unless changed), named "Plenary meeting 1" … in the interface language
 */
void
pln_meeting_generate_sittings (PlnMeeting *self)
{
  g_autoptr(GPtrArray) sittings = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_days;
  guint counter = 0;

  g_return_if_fail (PLN_IS_MEETING (self));

  n_days = pln_meeting_get_n_days (self);
  for (guint day = 0; day < n_days; day++)
    {
      const int starts[] = { self->morning_start, self->afternoon_start };
      const int ends[] = { self->morning_end, self->afternoon_end };
      GDate date;

      pln_meeting_get_day (self, day, &date);

      for (guint half = 0; half < 2; half++)
        {
          PlnSitting *sitting = pln_sitting_new ();
          /* Kept in English as the documents write it; the interface shows it
           * in its language (pln_sitting_dup_display_name()). */
          g_autofree char *ordinal = pln_ordinal_number_en (++counter);
          g_autofree char *name = g_strdup_printf ("%s plenary meeting", ordinal);

          pln_sitting_set_name (sitting, name);
          pln_sitting_set_date (sitting, &date);
          pln_sitting_set_start (sitting, starts[half]);
          pln_sitting_set_end (sitting, ends[half]);
          g_ptr_array_add (sittings, sitting);
        }
    }

  g_list_store_splice (self->sittings, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->sittings)),
                       sittings->pdata, sittings->len);
}

static PlnAgendaItem *
find_item_in (GListModel *items,
              const char *id)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (items, i);
      PlnAgendaItem *found;

      if (g_strcmp0 (pln_agenda_item_get_id (item), id) == 0)
        return item;

      found = find_item_in (pln_agenda_item_get_sub_items (item), id);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * pln_meeting_find_agenda_item:
 *
 * Returns: (transfer none) (nullable): the item or sub-item with @id
 */
PlnAgendaItem *
pln_meeting_find_agenda_item (PlnMeeting *self,
                              const char *id)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  if (id == NULL)
    return NULL;

  return find_item_in (G_LIST_MODEL (self->agenda), id);
}

/**
 * pln_meeting_renumber_agenda:
 *
 * Numbers the items 1, 2, 3 … in their order and letters their sub-items,
 * so the numbering stays consistent after a move or a removal.
 */
void
pln_meeting_renumber_agenda (PlnMeeting *self)
{
  guint n;

  g_return_if_fail (PLN_IS_MEETING (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      pln_agenda_item_set_number (item, number);
      pln_agenda_item_renumber_sub_items (item);
    }
}

/**
 * pln_meeting_is_placement_continued:
 * @sitting: a plenary meeting of @self
 * @position: a position in its placements
 *
 * An item is "(continued)" when it was already taken up earlier: in an
 * earlier plenary meeting, or earlier in the same one.
 *
 * Returns: whether the placement at @position continues an item
 */
gboolean
pln_meeting_is_placement_continued (PlnMeeting *self,
                                    PlnSitting *sitting,
                                    guint       position)
{
  g_autoptr(PlnPlacement) target = NULL;
  PlnAgendaItem *item;
  guint n_sittings;

  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);
  g_return_val_if_fail (PLN_IS_SITTING (sitting), FALSE);

  target = g_list_model_get_item (pln_sitting_get_placements (sitting), position);
  if (target == NULL || (item = pln_placement_get_agenda_item (target)) == NULL)
    return FALSE;

  n_sittings = g_list_model_get_n_items (G_LIST_MODEL (self->sittings));
  for (guint s = 0; s < n_sittings; s++)
    {
      g_autoptr(PlnSitting) other = g_list_model_get_item (G_LIST_MODEL (self->sittings), s);
      GListModel *placements = pln_sitting_get_placements (other);
      guint n = other == sitting ? position : g_list_model_get_n_items (placements);

      for (guint p = 0; p < n; p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);

          if (pln_placement_get_agenda_item (placement) == item)
            return TRUE;
        }

      if (other == sitting)
        break;
    }

  return FALSE;
}

/**
 * pln_meeting_dup_title_en:
 *
 * Returns: (transfer full): "Tenth meeting", in English whatever the
 *   interface language, for documents that are English
 */
char *
pln_meeting_dup_title_en (PlnMeeting *self)
{
  g_autofree char *ordinal = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  if (self->ordinal == 0)
    return g_strdup (self->title ? self->title : "Meeting");

  ordinal = pln_ordinal_word_en (self->ordinal);
  ordinal[0] = g_ascii_toupper (ordinal[0]);
  return g_strdup_printf ("%s meeting", ordinal);
}

/**
 * pln_meeting_count_recommendations_on:
 *
 * Returns: how many recommendations were made on @day, not counting those
 *   withdrawn or merged into another
 */
guint
pln_meeting_count_recommendations_on (PlnMeeting  *self,
                                      const GDate *day)
{
  guint n, count = 0;

  g_return_val_if_fail (PLN_IS_MEETING (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->recommendations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (self->recommendations), i);
      const GDate *rec_day = pln_recommendation_get_day (rec);
      PlnRecommendationStatus status = pln_recommendation_get_status (rec);

      if (rec_day != NULL && day != NULL && g_date_compare (rec_day, day) == 0 &&
          status != PLN_RECOMMENDATION_STATUS_WITHDRAWN &&
          status != PLN_RECOMMENDATION_STATUS_MERGED)
        count++;
    }

  return count;
}

/* The fields as the workspace file has them, for pln-json.c. */
const PlnFieldInfo pln_meeting_fields[] = {
  { "id", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, id), NULL, 0, 0 },
  { "working_group", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnMeeting, working_group), pln_working_group_get_type, 0, 0 },
  { "ordinal", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnMeeting, ordinal), NULL, 0, 999 },
  { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, title), NULL, 0, 0 },
  { "city", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, city), NULL, 0, 0 },
  { "venue", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, venue), NULL, 0, 0 },
  { "time_zone", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, time_zone), NULL, 0, 0 },
  { "first_day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnMeeting, first_day), NULL, 0, 0 },
  { "last_day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnMeeting, last_day), NULL, 0, 0 },
  { "format", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnMeeting, format), pln_meeting_format_get_type, 0, 0 },
  { "platform", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, platform), NULL, 0, 0 },
  { "languages", PLN_FIELD_FLAGS, G_STRUCT_OFFSET (PlnMeeting, languages), pln_languages_get_type, 0, 0 },
  { "agenda_symbol", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, agenda_symbol), NULL, 0, 0 },
  { "report_symbol", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, report_symbol), NULL, 0, 0 },
  { "statement_limit", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnMeeting, statement_limit), NULL, 1, 120 },
  { "online_cap", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnMeeting, online_cap), NULL, 0, 180 },
  { "morning_start", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnMeeting, morning_start), NULL, 0, 1440 },
  { "morning_end", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnMeeting, morning_end), NULL, 0, 1440 },
  { "afternoon_start", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnMeeting, afternoon_start), NULL, 0, 1440 },
  { "afternoon_end", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnMeeting, afternoon_end), NULL, 0, 1440 },
  { "recommendation_limit", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnMeeting, recommendation_limit), NULL, 0, 1000 },
  { "sittings", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, sittings), pln_sitting_get_type, 0, 0 },
  { "agenda", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, agenda), pln_agenda_item_get_type, 0, 0 },
  { "registrations", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, registrations), pln_registration_get_type, 0, 0 },
  { "recommendations", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, recommendations), pln_recommendation_get_type, 0, 0 },
  { "exports", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, exports), pln_export_record_get_type, 0, 0 },
  { NULL }
};

/**
 * pln_meeting_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace the meeting is in,
 *   whose "changed" signal tells of any edit of it
 */
PlnWorkspace *
pln_meeting_get_workspace (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return pln_model_get_workspace (G_OBJECT (self));
}

/**
 * pln_meeting_get_exports:
 *
 * Returns: (transfer none): the record of the non-papers exported, a list
 *   of #PlnExportRecord, oldest first
 */
GListModel *
pln_meeting_get_exports (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->exports);
}

void
pln_meeting_append_export (PlnMeeting      *self,
                           PlnExportRecord *record)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_EXPORT_RECORD (record));

  g_list_store_append (self->exports, record);
}
