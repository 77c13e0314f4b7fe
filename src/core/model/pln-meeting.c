/* pln-meeting.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-meeting"

#include "config.h"

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-working-group.h"
#include "pln-placement.h"
#include "pln-sitting.h"
#include "pln-agenda-item.h"
#include "pln-registration.h"
#include "pln-recommendation.h"
#include "pln-export-record.h"
#include "pln-statement.h"
#include "pln-footnote.h"
#include "pln-meeting-private.h"

/* A meeting's fields and registrations. Its other concerns have files of
 * their own: pln-meeting-days.c (days and plenary meetings),
 * pln-meeting-agenda.c and pln-meeting-recommendations.c. */

G_DEFINE_FINAL_TYPE (PlnMeeting, pln_meeting, PLN_TYPE_OBJECT)

enum {
  FIELD_WORKING_GROUP,
  FIELD_ORDINAL,
  FIELD_TITLE,
  FIELD_CITY,
  FIELD_VENUE,
  FIELD_TIME_ZONE,
  FIELD_FIRST_DAY,
  FIELD_LAST_DAY,
  FIELD_FORMAT,
  FIELD_PLATFORM,
  FIELD_LANGUAGES,
  FIELD_AGENDA_SYMBOL,
  FIELD_REPORT_SYMBOL,
  FIELD_ISSUED,
  FIELD_JOB_NUMBER,
  FIELD_ANNEX_FOOTNOTES,
  FIELD_STATEMENT_LIMIT,
  FIELD_ONLINE_CAP,
  FIELD_ONLINE_CAP_FINISHES,
  FIELD_MORNING_START,
  FIELD_MORNING_END,
  FIELD_AFTERNOON_START,
  FIELD_AFTERNOON_END,
  FIELD_RECOMMENDATION_LIMIT,
  FIELD_SITTINGS,
  FIELD_AGENDA,
  FIELD_REGISTRATIONS,
  FIELD_RECOMMENDATIONS,
  FIELD_EXPORTS,
  FIELD_STATEMENTS,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_WORKING_GROUP] = { "working-group", PLN_FIELD_OBJECT, G_STRUCT_OFFSET (PlnMeeting, working_group), pln_working_group_get_type },
  [FIELD_ORDINAL] = { "ordinal", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnMeeting, ordinal), NULL, 0, PLN_MAX_MEETING_ORDINAL },
  [FIELD_TITLE] = { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, title) },
  [FIELD_CITY] = { "city", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, city) },
  [FIELD_VENUE] = { "venue", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, venue) },
  [FIELD_TIME_ZONE] = { "time-zone", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, time_zone) },
  [FIELD_FIRST_DAY] = { "first-day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnMeeting, first_day) },
  [FIELD_LAST_DAY] = { "last-day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnMeeting, last_day) },
  [FIELD_FORMAT] = { "format", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnMeeting, format), pln_meeting_format_get_type, 0, 0, PLN_MEETING_FORMAT_IN_PERSON },
  [FIELD_PLATFORM] = { "platform", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, platform) },
  [FIELD_LANGUAGES] = { "languages", PLN_FIELD_FLAGS, G_STRUCT_OFFSET (PlnMeeting, languages), pln_languages_get_type, 0, 0, PLN_LANGUAGES_ALL_UN },
  [FIELD_AGENDA_SYMBOL] = { "agenda-symbol", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, agenda_symbol) },
  [FIELD_REPORT_SYMBOL] = { "report-symbol", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, report_symbol) },
  [FIELD_ISSUED] = { "issued", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnMeeting, issued) },
  [FIELD_JOB_NUMBER] = { "job-number", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnMeeting, job_number) },
  [FIELD_ANNEX_FOOTNOTES] = { "annex-footnotes", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, annex_footnotes), pln_footnote_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_STATEMENT_LIMIT] = { "statement-limit", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnMeeting, statement_limit), NULL, 1, PLN_MAX_STATEMENT_LIMIT, PLN_DEFAULT_STATEMENT_LIMIT },
  [FIELD_ONLINE_CAP] = { "online-cap", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnMeeting, online_cap), NULL, 0, PLN_MAX_ONLINE_CAP, PLN_DEFAULT_ONLINE_CAP },
  /* Whether an online statement that starts within the cap may finish
   * beyond it (FALSE: it must fit whole in what is left). */
  [FIELD_ONLINE_CAP_FINISHES] = { "online-cap-finishes", PLN_FIELD_BOOL, G_STRUCT_OFFSET (PlnMeeting, online_cap_finishes) },
  [FIELD_MORNING_START] = { "morning-start", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnMeeting, morning_start), NULL, 0, PLN_MINUTES_PER_DAY, PLN_DEFAULT_MORNING_START },
  [FIELD_MORNING_END] = { "morning-end", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnMeeting, morning_end), NULL, 0, PLN_MINUTES_PER_DAY, PLN_DEFAULT_MORNING_END },
  [FIELD_AFTERNOON_START] = { "afternoon-start", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnMeeting, afternoon_start), NULL, 0, PLN_MINUTES_PER_DAY, PLN_DEFAULT_AFTERNOON_START },
  [FIELD_AFTERNOON_END] = { "afternoon-end", PLN_FIELD_INT, G_STRUCT_OFFSET (PlnMeeting, afternoon_end), NULL, 0, PLN_MINUTES_PER_DAY, PLN_DEFAULT_AFTERNOON_END },
  [FIELD_RECOMMENDATION_LIMIT] = { "recommendation-limit", PLN_FIELD_UINT, G_STRUCT_OFFSET (PlnMeeting, recommendation_limit), NULL, 0, PLN_MAX_RECOMMENDATION_LIMIT },
  [FIELD_SITTINGS] = { "sittings", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, sittings), pln_sitting_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_AGENDA] = { "agenda", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, agenda), pln_agenda_item_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_REGISTRATIONS] = { "registrations", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, registrations), pln_registration_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_RECOMMENDATIONS] = { "recommendations", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, recommendations), pln_recommendation_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_EXPORTS] = { "exports", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, exports), pln_export_record_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_STATEMENTS] = { "statements", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnMeeting, statements), pln_statement_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
};

static void
pln_meeting_class_init (PlnMeetingClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_meeting_init (PlnMeeting *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
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

  return pln_object_get_id (PLN_OBJECT (self));
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

  pln_object_set_object (PLN_OBJECT (self), FIELD_WORKING_GROUP, working_group);
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

  pln_object_set_uint (PLN_OBJECT (self), FIELD_ORDINAL, ordinal);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_TITLE, title);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_CITY, city);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_VENUE, venue);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_TIME_ZONE, time_zone);
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

  pln_object_set_date (PLN_OBJECT (self), FIELD_FIRST_DAY, first_day);
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

  pln_object_set_date (PLN_OBJECT (self), FIELD_LAST_DAY, last_day);
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

  pln_object_set_int (PLN_OBJECT (self), FIELD_FORMAT, format);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_PLATFORM, platform);
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

  pln_object_set_uint (PLN_OBJECT (self), FIELD_LANGUAGES, languages);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_AGENDA_SYMBOL, agenda_symbol);
}

/**
 * pln_meeting_get_issued:
 *
 * Returns: (nullable): the date of issue of the agenda, printed under
 *   "Distr.: General"
 */
const GDate *
pln_meeting_get_issued (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return g_date_valid (&self->issued) ? &self->issued : NULL;
}

void
pln_meeting_set_issued (PlnMeeting  *self,
                        const GDate *issued)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_object_set_date (PLN_OBJECT (self), FIELD_ISSUED, issued);
}

/**
 * pln_meeting_get_job_number:
 *
 * Returns: (nullable): the job number of the agenda, as "V.22-01234 (E)"
 */
const char *
pln_meeting_get_job_number (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return self->job_number;
}

void
pln_meeting_set_job_number (PlnMeeting *self,
                            const char *job_number)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_JOB_NUMBER, job_number);
}

/**
 * pln_meeting_get_annex_footnotes:
 *
 * Returns: (transfer none): the footnotes of the annex's title
 *   ("Proposed organization of work¹"), a list of #PlnFootnote
 */
GListModel *
pln_meeting_get_annex_footnotes (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->annex_footnotes);
}

void
pln_meeting_insert_annex_footnote (PlnMeeting  *self,
                                   guint        position,
                                   PlnFootnote *footnote)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_FOOTNOTE (footnote));

  pln_object_list_insert (self->annex_footnotes, position, footnote);
}

/**
 * pln_meeting_remove_annex_footnote:
 *
 * Returns: the position @footnote had, for undo, or -1
 */
int
pln_meeting_remove_annex_footnote (PlnMeeting  *self,
                                   PlnFootnote *footnote)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);
  g_return_val_if_fail (PLN_IS_FOOTNOTE (footnote), -1);

  return pln_object_list_remove (self->annex_footnotes, footnote);
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

  pln_object_set_string (PLN_OBJECT (self), FIELD_REPORT_SYMBOL, report_symbol);
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

  pln_object_set_uint (PLN_OBJECT (self), FIELD_STATEMENT_LIMIT, statement_limit);
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

  pln_object_set_uint (PLN_OBJECT (self), FIELD_ONLINE_CAP, online_cap);
}

/**
 * pln_meeting_get_online_cap_finishes:
 *
 * Returns: whether an online statement that starts within the online cap
 *   of a plenary meeting may finish beyond it; when not, the next online
 *   speaker must fit whole in what is left, or is carried over
 */
gboolean
pln_meeting_get_online_cap_finishes (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);

  return self->online_cap_finishes;
}

void
pln_meeting_set_online_cap_finishes (PlnMeeting *self,
                                     gboolean    finishes)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_object_set_bool (PLN_OBJECT (self), FIELD_ONLINE_CAP_FINISHES, finishes);
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

  pln_object_set_int (PLN_OBJECT (self), FIELD_MORNING_START, morning_start);
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

  pln_object_set_int (PLN_OBJECT (self), FIELD_MORNING_END, morning_end);
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

  pln_object_set_int (PLN_OBJECT (self), FIELD_AFTERNOON_START, afternoon_start);
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

  pln_object_set_int (PLN_OBJECT (self), FIELD_AFTERNOON_END, afternoon_end);
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

  pln_object_set_uint (PLN_OBJECT (self), FIELD_RECOMMENDATION_LIMIT, recommendation_limit);
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

  pln_meeting_insert_registration (self, G_MAXUINT, registration);
}

void
pln_meeting_insert_registration (PlnMeeting *self,
                                 guint            position,
                                 PlnRegistration *registration)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_object_list_insert (self->registrations, position, registration);
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

  return pln_object_list_remove (self->registrations, registration);
}

gboolean
pln_meeting_move_registration (PlnMeeting *self,
                               PlnRegistration *registration,
                               guint            position)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);

  return pln_object_list_move (self->registrations, registration, position);
}

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

  return (PlnWorkspace *) pln_object_get_root (PLN_OBJECT (self));
}

