/* pln-format.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-core.h"

G_BEGIN_DECLS

char *pln_format_day           (GDateTime   *day);
char *pln_format_date          (const GDate *date);
char *pln_format_time          (GDateTime   *time);
char *pln_format_minutes       (int          minutes);
char *pln_format_changed       (PlnObject   *object,
                                GDateTime   *now);
char *pln_format_change        (const char  *by,
                                GDateTime   *at,
                                GDateTime   *now);
char *pln_format_sitting_when  (PlnMeeting  *meeting,
                                PlnSitting  *sitting);
char *pln_format_meeting_short_title (PlnMeeting *meeting);
char *pln_format_meeting_dates (PlnMeeting  *meeting);
char *pln_format_in_reading_order (const char *text);
gboolean pln_format_binding_text (GBinding     *binding,
                                  const GValue *from,
                                  GValue       *to,
                                  gpointer      user_data);
gboolean pln_format_binding_changed (GBinding     *binding,
                                     const GValue *from,
                                     GValue       *to,
                                     gpointer      user_data);
gboolean pln_format_binding_reading_order (GBinding     *binding,
                                           const GValue *from,
                                           GValue       *to,
                                           gpointer      user_data);

G_END_DECLS
