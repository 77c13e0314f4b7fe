/* pln-meeting.h
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

#define PLN_TYPE_MEETING (pln_meeting_get_type ())

G_DECLARE_FINAL_TYPE (PlnMeeting, pln_meeting, PLN, MEETING, PlnObject)

PlnMeeting       *pln_meeting_new                      (void);
const char       *pln_meeting_get_id                   (PlnMeeting *self);
PlnWorkingGroup  *pln_meeting_get_working_group        (PlnMeeting *self);
void              pln_meeting_set_working_group        (PlnMeeting      *self,
                                                        PlnWorkingGroup *working_group);
guint             pln_meeting_get_ordinal              (PlnMeeting *self);
void              pln_meeting_set_ordinal              (PlnMeeting *self,
                                                        guint       ordinal);
const char       *pln_meeting_get_title                (PlnMeeting *self);
void              pln_meeting_set_title                (PlnMeeting *self,
                                                        const char *title);
const char       *pln_meeting_get_city                 (PlnMeeting *self);
void              pln_meeting_set_city                 (PlnMeeting *self,
                                                        const char *city);
const char       *pln_meeting_get_venue                (PlnMeeting *self);
void              pln_meeting_set_venue                (PlnMeeting *self,
                                                        const char *venue);
const char       *pln_meeting_get_time_zone            (PlnMeeting *self);
void              pln_meeting_set_time_zone            (PlnMeeting *self,
                                                        const char *time_zone);
const GDate      *pln_meeting_get_first_day            (PlnMeeting *self);
void              pln_meeting_set_first_day            (PlnMeeting  *self,
                                                        const GDate *first_day);
const GDate      *pln_meeting_get_last_day             (PlnMeeting *self);
void              pln_meeting_set_last_day             (PlnMeeting  *self,
                                                        const GDate *last_day);
PlnMeetingFormat  pln_meeting_get_format               (PlnMeeting *self);
void              pln_meeting_set_format               (PlnMeeting       *self,
                                                        PlnMeetingFormat  format);
const char       *pln_meeting_get_platform             (PlnMeeting *self);
void              pln_meeting_set_platform             (PlnMeeting *self,
                                                        const char *platform);
PlnLanguages      pln_meeting_get_languages            (PlnMeeting *self);
void              pln_meeting_set_languages            (PlnMeeting   *self,
                                                        PlnLanguages  languages);
const char       *pln_meeting_get_agenda_symbol        (PlnMeeting *self);
void              pln_meeting_set_agenda_symbol        (PlnMeeting *self,
                                                        const char *agenda_symbol);
const GDate      *pln_meeting_get_issued               (PlnMeeting  *self);
void              pln_meeting_set_issued               (PlnMeeting  *self,
                                                        const GDate *issued);
const char       *pln_meeting_get_job_number           (PlnMeeting *self);
void              pln_meeting_set_job_number           (PlnMeeting *self,
                                                        const char *job_number);
GListModel       *pln_meeting_get_annex_footnotes      (PlnMeeting  *self);
void              pln_meeting_insert_annex_footnote    (PlnMeeting  *self,
                                                        guint        position,
                                                        PlnFootnote *footnote);
int               pln_meeting_remove_annex_footnote    (PlnMeeting  *self,
                                                        PlnFootnote *footnote);
const char       *pln_meeting_get_report_symbol        (PlnMeeting *self);
void              pln_meeting_set_report_symbol        (PlnMeeting *self,
                                                        const char *report_symbol);
guint             pln_meeting_get_statement_limit      (PlnMeeting *self);
void              pln_meeting_set_statement_limit      (PlnMeeting *self,
                                                        guint       statement_limit);
guint             pln_meeting_get_online_cap           (PlnMeeting *self);
void              pln_meeting_set_online_cap           (PlnMeeting *self,
                                                        guint       online_cap);
gboolean          pln_meeting_get_online_cap_finishes  (PlnMeeting *self);
void              pln_meeting_set_online_cap_finishes  (PlnMeeting *self,
                                                        gboolean    finishes);
int               pln_meeting_get_morning_start        (PlnMeeting *self);
void              pln_meeting_set_morning_start        (PlnMeeting *self,
                                                        int         morning_start);
int               pln_meeting_get_morning_end          (PlnMeeting *self);
void              pln_meeting_set_morning_end          (PlnMeeting *self,
                                                        int         morning_end);
int               pln_meeting_get_afternoon_start      (PlnMeeting *self);
void              pln_meeting_set_afternoon_start      (PlnMeeting *self,
                                                        int         afternoon_start);
int               pln_meeting_get_afternoon_end        (PlnMeeting *self);
void              pln_meeting_set_afternoon_end        (PlnMeeting *self,
                                                        int         afternoon_end);
guint             pln_meeting_get_recommendation_limit (PlnMeeting *self);
void              pln_meeting_set_recommendation_limit (PlnMeeting *self,
                                                        guint       recommendation_limit);
GListModel       *pln_meeting_get_sittings             (PlnMeeting *self);
void              pln_meeting_append_sitting           (PlnMeeting *self,
                                                        PlnSitting *sitting);
void              pln_meeting_insert_sitting           (PlnMeeting *self,
                                                        guint       position,
                                                        PlnSitting *sitting);
int               pln_meeting_remove_sitting           (PlnMeeting *self,
                                                        PlnSitting *sitting);
gboolean          pln_meeting_move_sitting             (PlnMeeting *self,
                                                        PlnSitting *sitting,
                                                        guint       position);
GListModel       *pln_meeting_get_agenda               (PlnMeeting *self);
void              pln_meeting_append_agenda_item       (PlnMeeting    *self,
                                                        PlnAgendaItem *agenda_item);
void              pln_meeting_insert_agenda_item       (PlnMeeting    *self,
                                                        guint          position,
                                                        PlnAgendaItem *agenda_item);
int               pln_meeting_remove_agenda_item       (PlnMeeting    *self,
                                                        PlnAgendaItem *agenda_item);
gboolean          pln_meeting_move_agenda_item         (PlnMeeting    *self,
                                                        PlnAgendaItem *agenda_item,
                                                        guint          position);
GListModel       *pln_meeting_get_registrations        (PlnMeeting *self);
void              pln_meeting_append_registration      (PlnMeeting      *self,
                                                        PlnRegistration *registration);
void              pln_meeting_insert_registration      (PlnMeeting      *self,
                                                        guint            position,
                                                        PlnRegistration *registration);
int               pln_meeting_remove_registration      (PlnMeeting      *self,
                                                        PlnRegistration *registration);
gboolean          pln_meeting_move_registration        (PlnMeeting      *self,
                                                        PlnRegistration *registration,
                                                        guint            position);
GListModel       *pln_meeting_get_recommendations      (PlnMeeting *self);
void              pln_meeting_append_recommendation    (PlnMeeting        *self,
                                                        PlnRecommendation *recommendation);
void              pln_meeting_insert_recommendation    (PlnMeeting        *self,
                                                        guint              position,
                                                        PlnRecommendation *recommendation);
int               pln_meeting_remove_recommendation    (PlnMeeting        *self,
                                                        PlnRecommendation *recommendation);
gboolean          pln_meeting_move_recommendation      (PlnMeeting        *self,
                                                        PlnRecommendation *recommendation,
                                                        guint              position);
GTimeZone     *pln_meeting_dup_time_zone             (PlnMeeting    *self);
guint          pln_meeting_get_n_days                (PlnMeeting    *self);
gboolean       pln_meeting_get_day                   (PlnMeeting    *self,
                                                      guint          index,
                                                      GDate         *date);
int            pln_meeting_get_day_index             (PlnMeeting    *self,
                                                      const GDate   *date);
void           pln_meeting_generate_sittings         (PlnMeeting    *self);
void           pln_meeting_move_to                   (PlnMeeting    *self,
                                                      const GDate   *first_day);
PlnAgendaItem *pln_meeting_find_item_under_way       (PlnMeeting    *self,
                                                      GDateTime     *now);
PlnAgendaItem *pln_meeting_find_agenda_item          (PlnMeeting    *self,
                                                      const char    *id);
GPtrArray     *pln_meeting_dup_agenda_items          (PlnMeeting    *self);
void           pln_meeting_renumber_agenda           (PlnMeeting    *self);
gboolean       pln_meeting_is_placement_continued    (PlnMeeting    *self,
                                                      PlnSitting    *sitting,
                                                      guint          position);
guint          pln_meeting_count_recommendations_on  (PlnMeeting    *self,
                                                      const GDate   *day);
PlnWorkspace  *pln_meeting_get_workspace             (PlnMeeting    *self);
GListModel    *pln_meeting_get_exports               (PlnMeeting      *self);
void           pln_meeting_append_export             (PlnMeeting      *self,
                                                      PlnExportRecord *record);

G_END_DECLS
