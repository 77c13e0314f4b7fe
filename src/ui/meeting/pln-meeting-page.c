/* pln-meeting-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-meeting-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-agenda-page.h"
#include "pln-meeting-page.h"
#include "pln-overview-page.h"
#include "pln-recommendations-page.h"
#include "pln-registrations-page.h"
#include "pln-report-page.h"
#include "pln-speakers-page.h"

/* A meeting, shown as the pages of a view stack (Overview, Agenda,
 * Registrations, Speakers, Recommendations, Report). It is a PlnPage itself: each page's
 * "meeting" and "context" are bound to this widget's in the template, so
 * a page added to the template needs no code here. */

struct _PlnMeetingPage
{
  PlnPage       parent_instance;

  /* Template widgets */
  AdwViewStack *stack;
};

G_DEFINE_FINAL_TYPE (PlnMeetingPage, pln_meeting_page, PLN_TYPE_PAGE)

/* No dispose: AdwBin unparents its child itself, and disposing the
 * template as well would unparent it twice; PlnPage drops the meeting and
 * the context. */

static void
pln_meeting_page_class_init (PlnMeetingPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (PLN_TYPE_OVERVIEW_PAGE);
  g_type_ensure (PLN_TYPE_AGENDA_PAGE);
  g_type_ensure (PLN_TYPE_REGISTRATIONS_PAGE);
  g_type_ensure (PLN_TYPE_RECOMMENDATIONS_PAGE);
  g_type_ensure (PLN_TYPE_SPEAKERS_PAGE);
  g_type_ensure (PLN_TYPE_REPORT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnMeetingPage, stack);
}

static void
pln_meeting_page_init (PlnMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pln_meeting_page_get_meeting:
 *
 * The same as pln_page_get_meeting(), for the window, which holds the
 * page by its own type.
 *
 * Returns: (transfer none) (nullable): the meeting shown
 */
PlnMeeting *
pln_meeting_page_get_meeting (PlnMeetingPage *self)
{
  g_return_val_if_fail (PLN_IS_MEETING_PAGE (self), NULL);

  return pln_page_get_meeting (PLN_PAGE (self));
}

void
pln_meeting_page_set_meeting (PlnMeetingPage *self,
                              PlnMeeting     *meeting)
{
  g_return_if_fail (PLN_IS_MEETING_PAGE (self));

  pln_page_set_meeting (PLN_PAGE (self), meeting);
}

/**
 * pln_meeting_page_get_stack:
 *
 * Returns: (transfer none): the view stack of the meeting's pages, for the
 *   window's view switcher
 */
AdwViewStack *
pln_meeting_page_get_stack (PlnMeetingPage *self)
{
  g_return_val_if_fail (PLN_IS_MEETING_PAGE (self), NULL);

  return self->stack;
}

void
pln_meeting_page_set_visible_page (PlnMeetingPage *self,
                                   const char     *name)
{
  g_return_if_fail (PLN_IS_MEETING_PAGE (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}
