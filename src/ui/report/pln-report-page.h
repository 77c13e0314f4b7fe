/* pln-report-page.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-page.h"

G_BEGIN_DECLS

#define PLN_TYPE_REPORT_PAGE (pln_report_page_get_type ())

G_DECLARE_FINAL_TYPE (PlnReportPage, pln_report_page, PLN, REPORT_PAGE, PlnPage)

const char *pln_report_page_get_status    (PlnReportPage      *self);
guint       pln_report_page_get_n_problems (PlnReportPage     *self);
GtkTextView *pln_report_page_get_summary_view (PlnReportPage  *self,
                                              PlnAgendaItem  *item);
gboolean    pln_report_page_export_to     (PlnReportPage      *self,
                                           PlnDocumentFormat   format,
                                           GFile              *file,
                                           GError            **error);

G_END_DECLS
