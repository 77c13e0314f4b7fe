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

/* A meeting, shown as the pages of a view stack (Overview, Agenda,
 * Registrations, Recommendations …). Each page has a typed "meeting" and
 * a "context" property, bound to this widget's in the template, so a page
 * added to the template needs no code here. */

struct _PlnMeetingPage
{
  AdwBin        parent_instance;

  /* Template widgets */
  AdwViewStack *stack;

  /* Owned references */
  PlnContext   *context;
  PlnMeeting   *meeting;
};

G_DEFINE_FINAL_TYPE (PlnMeetingPage, pln_meeting_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_CONTEXT,
  PROP_STACK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pln_meeting_page_dispose (GObject *object)
{
  PlnMeetingPage *self = PLN_MEETING_PAGE (object);

  g_clear_object (&self->context);
  /* AdwBin unparents its child itself; disposing the template as well
   * would unparent it twice. */
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (pln_meeting_page_parent_class)->dispose (object);
}

static void
pln_meeting_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlnMeetingPage *self = PLN_MEETING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    case PROP_STACK:
      g_value_set_object (value, self->stack);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_meeting_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlnMeetingPage *self = PLN_MEETING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      pln_meeting_page_set_context (self, g_value_get_object (value));
      break;

    case PROP_MEETING:
      pln_meeting_page_set_meeting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_meeting_page_class_init (PlnMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_meeting_page_dispose;
  object_class->get_property = pln_meeting_page_get_property;
  object_class->set_property = pln_meeting_page_set_property;

  properties [PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         PLN_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STACK] =
    g_param_spec_object ("stack", NULL, NULL,
                         ADW_TYPE_VIEW_STACK,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PLN_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLN_TYPE_OVERVIEW_PAGE);
  g_type_ensure (PLN_TYPE_AGENDA_PAGE);
  g_type_ensure (PLN_TYPE_REGISTRATIONS_PAGE);
  g_type_ensure (PLN_TYPE_RECOMMENDATIONS_PAGE);

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
 * Returns: (transfer none) (nullable): the meeting shown
 */
PlnMeeting *
pln_meeting_page_get_meeting (PlnMeetingPage *self)
{
  g_return_val_if_fail (PLN_IS_MEETING_PAGE (self), NULL);

  return self->meeting;
}

void
pln_meeting_page_set_meeting (PlnMeetingPage *self,
                              PlnMeeting     *meeting)
{
  g_return_if_fail (PLN_IS_MEETING_PAGE (self));
  g_return_if_fail (meeting == NULL || PLN_IS_MEETING (meeting));

  if (g_set_object (&self->meeting, meeting))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEETING]);
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

/**
 * pln_meeting_page_get_context:
 *
 * Returns: (transfer none) (nullable): what the page was given
 */
PlnContext *
pln_meeting_page_get_context (PlnMeetingPage *self)
{
  g_return_val_if_fail (PLN_IS_MEETING_PAGE (self), NULL);

  return self->context;
}

void
pln_meeting_page_set_context (PlnMeetingPage *self,
                              PlnContext *context)
{
  g_return_if_fail (PLN_IS_MEETING_PAGE (self));
  g_return_if_fail (context == NULL || PLN_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}
