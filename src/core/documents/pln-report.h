/* pln-report.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_REPORT_N_CATEGORIES (PLN_REGISTRATION_CATEGORY_SECRETARIAT + 1)

/**
 * PlnReportSpeaker:
 * @delegation: the delegation as the report names it: its registration's,
 *   or as typed on the list of speakers when none matches
 * @category: the registration's category; a State party when none matches
 *   (a panellist for a panellist's presentation)
 * @registered: whether a registration of the meeting matched
 *
 * A delegation that made statements, for the report's "Statements were
 * made by …".
 */
typedef struct
{
  char                    *delegation;
  PlnRegistrationCategory  category;
  gboolean                 registered;
} PlnReportSpeaker;

/**
 * PlnReportAttendance:
 * @delegations: for each category, the delegations of the confirmed
 *   registrations, each once, in English alphabetical order
 * @n_in_person: confirmed participants in the room
 * @n_online: confirmed participants online
 */
typedef struct
{
  GPtrArray *delegations[PLN_REPORT_N_CATEGORIES];
  guint      n_in_person;
  guint      n_online;
} PlnReportAttendance;

/**
 * PlnReportProblemKind:
 * @PLN_REPORT_PROBLEM_NO_SYMBOL: the meeting has no report symbol
 * @PLN_REPORT_PROBLEM_NO_ITEM: an agreed recommendation has no agenda
 *   item, so the report cannot place it
 * @PLN_REPORT_PROBLEM_NOT_REGISTERED: a delegation made statements but no
 *   registration of the meeting matches it
 */
typedef enum
{
  PLN_REPORT_PROBLEM_NO_SYMBOL,
  PLN_REPORT_PROBLEM_NO_ITEM,
  PLN_REPORT_PROBLEM_NOT_REGISTERED,
} PlnReportProblemKind;

/**
 * PlnReportProblem:
 * @kind: what is wrong
 * @subject: (nullable): the recommendation's text, or the delegation
 * @id: (nullable): the recommendation's id
 */
typedef struct
{
  PlnReportProblemKind  kind;
  char                 *subject;
  char                 *id;
} PlnReportProblem;

GPtrArray           *pln_report_dup_speakers     (PlnMeeting          *meeting,
                                                  PlnAgendaItem       *item);
GPtrArray           *pln_report_dup_agreed       (PlnMeeting          *meeting,
                                                  PlnAgendaItem       *item);
PlnReportAttendance *pln_report_attendance_new   (PlnMeeting          *meeting);
void                 pln_report_attendance_free  (PlnReportAttendance *attendance);
GPtrArray           *pln_report_dup_documents    (PlnMeeting          *meeting);
GPtrArray           *pln_report_dup_problems     (PlnMeeting          *meeting);
char                *pln_report_problem_dup_message (const PlnReportProblem *problem);
char                *pln_report_dup_title        (PlnMeeting          *meeting);
PlnSitting          *pln_report_get_adoption_sitting (PlnMeeting      *meeting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnReportAttendance, pln_report_attendance_free)

G_END_DECLS
