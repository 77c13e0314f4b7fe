/* pln-report-page-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-idle-refresh.h"
#include "pln-report-page.h"

G_BEGIN_DECLS

/* What the files of the page share: the outline and the summaries
 * (pln-report-page.c), export, printing and sharing (-export.c). */

struct _PlnReportPage
{
  PlnPage               parent_instance;

  /* Template widgets */
  GtkLabel             *status_label;
  GtkWidget            *report_button;
  AdwPreferencesGroup  *problems_group;
  AdwActionRow         *symbol_row;
  AdwActionRow         *title_row;
  AdwPreferencesGroup  *recommendations_group;
  AdwPreferencesGroup  *deliberations_group;
  AdwActionRow         *opening_row;
  AdwActionRow         *statements_row;
  AdwActionRow         *agenda_row;
  AdwActionRow         *attendance_row;
  AdwActionRow         *documentation_row;
  AdwActionRow         *adoption_row;

  /* Borrowed references */
  PlnMeeting           *meeting;          /* PlnPage's, kept in step by meeting_changed */

  /* Owned references */
  GSignalGroup         *workspace_signals;
  GPtrArray            *problem_rows;     /* the rows added to problems_group */
  GPtrArray            *recommendation_rows;
  GPtrArray            *editors;          /* an Editor for each agenda item, in agenda order */

  PlnIdleRefresh        refresh;
  guint                 n_problems;
  PlnDocumentFormat     export_format;
};

/* pln-report-page-export.c */
PlnDocument *pln_report_page_dup_document      (PlnReportPage  *self);
void         pln_report_page_class_init_export (GtkWidgetClass *widget_class);

G_END_DECLS
