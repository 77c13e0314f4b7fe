/* pln-defaults.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

G_BEGIN_DECLS

/* Times of day are minutes after midnight in the venue's time zone, as
 * the workspace file writes them (docs/file-format.md). */
#define PLN_TIME_OF_DAY(hours, minutes) ((hours) * 60 + (minutes))
#define PLN_MINUTES_PER_DAY             PLN_TIME_OF_DAY (24, 0)

/* The default plenary meetings of a day: 10:00–13:00 and 15:00–18:00. */
#define PLN_DEFAULT_MORNING_START       PLN_TIME_OF_DAY (10, 0)
#define PLN_DEFAULT_MORNING_END         PLN_TIME_OF_DAY (13, 0)
#define PLN_DEFAULT_AFTERNOON_START     PLN_TIME_OF_DAY (15, 0)
#define PLN_DEFAULT_AFTERNOON_END       PLN_TIME_OF_DAY (18, 0)

/* Minutes a delegation may speak, and the cap on online statements in
 * one plenary meeting. */
#define PLN_DEFAULT_STATEMENT_LIMIT     3
#define PLN_MAX_STATEMENT_LIMIT         120
#define PLN_DEFAULT_ONLINE_CAP          30
#define PLN_MAX_ONLINE_CAP              180

/* The ranges the workspace file accepts. */
#define PLN_MAX_MEETING_ORDINAL         999
#define PLN_MAX_RECOMMENDATION_LIMIT    1000
#define PLN_MAX_EXPORT_COUNT            100000

G_END_DECLS
