/* pln-report-document.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-document.h"
#include "pln-types.h"

G_BEGIN_DECLS

/**
 * PlnReportPart:
 *
 * The parts of the report's chapters III and IV, which it derives from
 * the workspace.
 */
typedef enum
{
  PLN_REPORT_PART_OPENING,
  PLN_REPORT_PART_STATEMENTS,
  PLN_REPORT_PART_AGENDA,
  PLN_REPORT_PART_ATTENDANCE,
  PLN_REPORT_PART_DOCUMENTATION,
  PLN_REPORT_PART_ADOPTION,
} PlnReportPart;

PlnDocument *pln_report_document_new        (PlnMeeting    *meeting);
char        *pln_report_dup_statements_text (PlnMeeting    *meeting,
                                             PlnAgendaItem *item);
char        *pln_report_dup_part_text       (PlnMeeting    *meeting,
                                             PlnReportPart  part);

G_END_DECLS
