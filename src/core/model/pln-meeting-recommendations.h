/* pln-meeting-recommendations.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

gboolean           pln_recommendation_is_on_day             (PlnRecommendation *recommendation,
                                                             const GDate       *day);
gboolean           pln_recommendation_in_non_paper          (PlnRecommendation *recommendation);
guint              pln_non_paper_count                      (PlnMeeting    *meeting,
                                                             const GDate   *day);

double             pln_text_similarity                      (const char    *a,
                                                             const char    *b);
PlnRecommendation *pln_meeting_find_similar_recommendation  (PlnMeeting        *meeting,
                                                             const char        *text,
                                                             PlnRecommendation *exclude);
guint              pln_text_count_words                     (const char    *text);

GPtrArray         *pln_meeting_dup_report_recommendations   (PlnMeeting    *meeting);

PlnExportRecord   *pln_meeting_record_export                (PlnMeeting    *meeting,
                                                             const GDate   *day,
                                                             const char    *format,
                                                             const char    *file);
PlnExportRecord   *pln_meeting_get_last_export              (PlnMeeting    *meeting,
                                                             const GDate   *day);
void               pln_meeting_mark_shared                  (PlnMeeting    *meeting,
                                                             const GDate   *day);
GDateTime         *pln_meeting_get_shared_time              (PlnMeeting    *meeting,
                                                             const GDate   *day);
gboolean           pln_meeting_changed_since_shared         (PlnMeeting    *meeting,
                                                             const GDate   *day);
GDateTime         *pln_meeting_dup_day_end                  (PlnMeeting    *meeting,
                                                             const GDate   *day);

G_END_DECLS
