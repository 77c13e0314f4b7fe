/* pln-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-page"

#include "config.h"

#include "pln-page.h"

/* What every page has: the meeting it shows and the context it is given,
 * both bound from PlnMeetingPage for the pages of a meeting; the calendar
 * is given only the context, by the window. The page owns both; its
 * subclass hears of a change through the class's vfuncs, once, and only
 * when the value really changed. */

typedef struct
{
  /* Owned references */
  PlnMeeting *meeting;
  PlnContext *context;

  gboolean read_only;
} PlnPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PlnPage, pln_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The actions of the pages that only read or show: everything else is
 * disabled for a public edition (pln_workspace_is_read_only()). */
static const char * const reading_actions[] = {
  "agenda.export", "agenda.print", "agenda.show-items",
  "recommendations.export", "recommendations.print", "recommendations.day-index",
  "registrations.focus-search", "registrations.export-csv", "registrations.export-participants",
  "report.export", "report.print",
  "speakers.room-display",
  "calendar.next", "calendar.previous", "calendar.today",
  NULL
};

static gboolean
compute_read_only (PlnPage *self)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);
  PlnObject *root = priv->meeting != NULL ? pln_object_get_root (PLN_OBJECT (priv->meeting)) : NULL;
  PlnWorkspace *workspace = PLN_IS_WORKSPACE (root) ? PLN_WORKSPACE (root)
                            : priv->context != NULL ? pln_context_get_workspace (priv->context) : NULL;

  return workspace != NULL && pln_workspace_is_read_only (workspace);
}

/* Enables or disables every action of the page that edits. */
static void
set_editing_enabled (PlnPage  *self,
                     gboolean  enabled)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (self);
  const GVariantType *type;
  const char *name;
  const char *property;
  GType owner;

  /* GTK 4.8 fills every out argument: none may be NULL. */
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &type, &property); i++)
    if (!g_strv_contains (reading_actions, name))
      gtk_widget_action_set_enabled (GTK_WIDGET (self), name, enabled);
}

/* The widgets of the page that edit in place: on a public edition, texts
 * stay readable and selectable but cannot be typed into, and combo rows,
 * switches, check buttons and spin buttons take no input. Each keeps what it was, to
 * be given back. Search entries only filter what is shown. */
#define READ_ONLY_KEY "pln-page-read-only-was"

static void
set_widget_read_only (GtkWidget *widget,
                      gboolean   read_only)
{
  gpointer was = g_object_get_data (G_OBJECT (widget), READ_ONLY_KEY);

  if (read_only == (was != NULL))
    return;

  if (GTK_IS_EDITABLE (widget) && !GTK_IS_SPIN_BUTTON (widget))
    {
      if (read_only)
        g_object_set_data (G_OBJECT (widget), READ_ONLY_KEY,
                           GINT_TO_POINTER (1 + gtk_editable_get_editable (GTK_EDITABLE (widget))));
      gtk_editable_set_editable (GTK_EDITABLE (widget),
                                 read_only ? FALSE : GPOINTER_TO_INT (was) - 1);
    }
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      if (read_only)
        g_object_set_data (G_OBJECT (widget), READ_ONLY_KEY,
                           GINT_TO_POINTER (1 + gtk_text_view_get_editable (GTK_TEXT_VIEW (widget))));
      gtk_text_view_set_editable (GTK_TEXT_VIEW (widget), read_only ? FALSE : GPOINTER_TO_INT (was) - 1);
    }
  else
    {
      if (read_only)
        g_object_set_data (G_OBJECT (widget), READ_ONLY_KEY,
                           GINT_TO_POINTER (1 + gtk_widget_get_sensitive (widget)));
      gtk_widget_set_sensitive (widget, read_only ? FALSE : GPOINTER_TO_INT (was) - 1);
    }

  if (!read_only)
    g_object_set_data (G_OBJECT (widget), READ_ONLY_KEY, NULL);
}

/* Drop-downs of pages choose what is shown (a plenary meeting, a
 * filter), and stay. */
static gboolean
edits_in_place (GtkWidget *widget)
{
  return (GTK_IS_EDITABLE (widget) && !GTK_IS_SEARCH_ENTRY (widget)) || GTK_IS_TEXT_VIEW (widget) ||
         ADW_IS_COMBO_ROW (widget) || GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_SCALE (widget);
}

static void
set_widgets_read_only (GtkWidget *widget,
                       gboolean   read_only)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* A page inside this one (the meeting page's) does its own. */
      if (PLN_IS_PAGE (child))
        continue;
      if (edits_in_place (child))
        set_widget_read_only (child, read_only);
      else
        set_widgets_read_only (child, read_only);
    }
}

/* Rows that list views made since are reached when the page is shown. */
static void
map_cb (PlnPage *self)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);

  if (priv->read_only)
    set_widgets_read_only (GTK_WIDGET (self), TRUE);
}

/* Around the subclass's vfunc: its actions are enabled again before it
 * runs when the page leaves a public edition, so it sets their state;
 * they are disabled after it when the page shows one. */
static gboolean
read_only_before (PlnPage *self)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);
  gboolean was = priv->read_only;

  priv->read_only = compute_read_only (self);
  if (was && !priv->read_only)
    {
      set_editing_enabled (self, TRUE);
      set_widgets_read_only (GTK_WIDGET (self), FALSE);
    }
  return priv->read_only;
}

static void
read_only_after (PlnPage *self)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);

  if (priv->read_only)
    {
      set_editing_enabled (self, FALSE);
      set_widgets_read_only (GTK_WIDGET (self), TRUE);
    }
}

/* The vfuncs are not called here: the subclass went through its own
 * dispose first, and its widgets are gone. */
static void
pln_page_dispose (GObject *object)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (PLN_PAGE (object));

  g_clear_object (&priv->meeting);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (pln_page_parent_class)->dispose (object);
}

static void
pln_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PlnPage *self = PLN_PAGE (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      g_value_set_object (value, pln_page_get_meeting (self));
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, pln_page_get_context (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PlnPage *self = PLN_PAGE (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      pln_page_set_meeting (self, g_value_get_object (value));
      break;

    case PROP_CONTEXT:
      pln_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_page_class_init (PlnPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_page_dispose;
  object_class->get_property = pln_page_get_property;
  object_class->set_property = pln_page_set_property;

  properties [PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         PLN_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PLN_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pln_page_init (PlnPage *self)
{
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

/**
 * pln_page_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting the page shows
 */
PlnMeeting *
pln_page_get_meeting (PlnPage *self)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);

  g_return_val_if_fail (PLN_IS_PAGE (self), NULL);

  return priv->meeting;
}

void
pln_page_set_meeting (PlnPage    *self,
                      PlnMeeting *meeting)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);
  g_autoptr(PlnMeeting) old_meeting = NULL;

  g_return_if_fail (PLN_IS_PAGE (self));
  g_return_if_fail (meeting == NULL || PLN_IS_MEETING (meeting));

  if (priv->meeting == meeting)
    return;

  /* The old meeting stays alive through the vfunc: the subclass stops
   * listening to it there. */
  old_meeting = g_steal_pointer (&priv->meeting);
  g_set_object (&priv->meeting, meeting);

  read_only_before (self);
  if (PLN_PAGE_GET_CLASS (self)->meeting_changed != NULL)
    PLN_PAGE_GET_CLASS (self)->meeting_changed (self, old_meeting);
  read_only_after (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEETING]);
}

/**
 * pln_page_get_context:
 *
 * Returns: (transfer none) (nullable): what the page was given
 */
PlnContext *
pln_page_get_context (PlnPage *self)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);

  g_return_val_if_fail (PLN_IS_PAGE (self), NULL);

  return priv->context;
}

void
pln_page_set_context (PlnPage    *self,
                      PlnContext *context)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);

  g_return_if_fail (PLN_IS_PAGE (self));
  g_return_if_fail (context == NULL || PLN_IS_CONTEXT (context));

  if (!g_set_object (&priv->context, context))
    return;

  read_only_before (self);
  if (PLN_PAGE_GET_CLASS (self)->context_changed != NULL)
    PLN_PAGE_GET_CLASS (self)->context_changed (self);
  read_only_after (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

/**
 * pln_page_get_read_only:
 *
 * Returns: whether the page shows a public edition, which is not edited
 */
gboolean
pln_page_get_read_only (PlnPage *self)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);

  g_return_val_if_fail (PLN_IS_PAGE (self), FALSE);

  return priv->read_only;
}

/**
 * pln_page_action_set_enabled:
 *
 * gtk_widget_action_set_enabled() for an action of the page whose state
 * follows what is selected or happening: an action that edits stays
 * disabled on a public edition.
 */
void
pln_page_action_set_enabled (PlnPage    *self,
                             const char *action_name,
                             gboolean    enabled)
{
  PlnPagePrivate *priv = pln_page_get_instance_private (self);

  g_return_if_fail (PLN_IS_PAGE (self));

  if (priv->read_only && !g_strv_contains (reading_actions, action_name))
    enabled = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action_name, enabled);
}

/**
 * pln_page_get_reading_actions:
 *
 * Returns: (transfer none): the actions of pages that only read or show,
 *   enabled on a public edition
 */
const char * const *
pln_page_get_reading_actions (void)
{
  return reading_actions;
}
