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

PlnDocument *pln_report_document_new        (PlnMeeting    *meeting);
char        *pln_report_dup_statements_text (PlnMeeting    *meeting,
                                             PlnAgendaItem *item);

G_END_DECLS
