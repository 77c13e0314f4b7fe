/* pln-english.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pln-types.h"

G_BEGIN_DECLS

/* English whatever the interface language, for the documents that are
 * English (the non-paper, the agenda): never through gettext or the
 * locale's formatting. */
char       *pln_ordinal_word_en                  (guint                   n);
char       *pln_ordinal_number_en                (guint                   n);
const char *pln_month_name_en                    (GDateMonth              month);
const char *pln_weekday_name_en                  (GDateWeekday            weekday);
char       *pln_date_format_en                   (const GDate            *date,
                                                  gboolean                with_weekday);
char       *pln_date_range_format_en             (const GDate            *first,
                                                  const GDate            *last);
char       *pln_meeting_dup_title_en             (PlnMeeting             *self);
char       *pln_cardinal_word_en                 (guint                   n);
char       *pln_list_format_en                   (const char * const     *words,
                                                  guint                   n_words);
int         pln_english_compare                  (const char             *a,
                                                  const char             *b);

G_END_DECLS
