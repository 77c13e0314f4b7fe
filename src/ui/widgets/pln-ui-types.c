/* pln-ui-types.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-ui-types.h"

#include "pln-agenda-import-dialog.h"
#include "pln-agenda-page.h"
#include "pln-calendar-month-view.h"
#include "pln-calendar-view.h"
#include "pln-compendium-view.h"
#include "pln-date-row.h"
#include "pln-languages-row.h"
#include "pln-meeting-page.h"
#include "pln-merge-dialog.h"
#include "pln-notes-group.h"
#include "pln-online-bar.h"
#include "pln-overview-page.h"
#include "pln-preferences-window.h"
#include "pln-publish-group.h"
#include "pln-recommendation-row.h"
#include "pln-recommendations-page.h"
#include "pln-registration-dialog.h"
#include "pln-registration-import-dialog.h"
#include "pln-registrations-page.h"
#include "pln-report-page.h"
#include "pln-sidebar.h"
#include "pln-speakers-page.h"
#include "pln-statements-dialog.h"
#include "pln-subscribe-dialog.h"
#include "pln-window.h"
#include "pln-working-group-dialog.h"

/* Registers every widget class of the interface, so that templates can
 * name them and tests can load each template by its class name. Add a
 * line here with every new widget. */
void
pln_ui_ensure_types (void)
{
  g_type_ensure (PLN_TYPE_AGENDA_IMPORT_DIALOG);
  g_type_ensure (PLN_TYPE_AGENDA_PAGE);
  g_type_ensure (PLN_TYPE_CALENDAR_MONTH_VIEW);
  g_type_ensure (PLN_TYPE_CALENDAR_VIEW);
  g_type_ensure (PLN_TYPE_COMPENDIUM_VIEW);
  g_type_ensure (PLN_TYPE_DATE_ROW);
  g_type_ensure (PLN_TYPE_LANGUAGES_ROW);
  g_type_ensure (PLN_TYPE_MEETING_PAGE);
  g_type_ensure (PLN_TYPE_MERGE_DIALOG);
  g_type_ensure (PLN_TYPE_NOTES_GROUP);
  g_type_ensure (PLN_TYPE_ONLINE_BAR);
  g_type_ensure (PLN_TYPE_OVERVIEW_PAGE);
  g_type_ensure (PLN_TYPE_PREFERENCES_WINDOW);
  g_type_ensure (PLN_TYPE_PUBLISH_GROUP);
  g_type_ensure (PLN_TYPE_RECOMMENDATION_ROW);
  g_type_ensure (PLN_TYPE_RECOMMENDATIONS_PAGE);
  g_type_ensure (PLN_TYPE_REGISTRATION_DIALOG);
  g_type_ensure (PLN_TYPE_REGISTRATION_IMPORT_DIALOG);
  g_type_ensure (PLN_TYPE_REGISTRATIONS_PAGE);
  g_type_ensure (PLN_TYPE_REPORT_PAGE);
  g_type_ensure (PLN_TYPE_SIDEBAR);
  g_type_ensure (PLN_TYPE_SPEAKERS_PAGE);
  g_type_ensure (PLN_TYPE_STATEMENTS_DIALOG);
  g_type_ensure (PLN_TYPE_SUBSCRIBE_DIALOG);
  g_type_ensure (PLN_TYPE_WINDOW);
  g_type_ensure (PLN_TYPE_WORKING_GROUP_DIALOG);
}
