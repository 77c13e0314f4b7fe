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
} PlnPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PlnPage, pln_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

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

  if (PLN_PAGE_GET_CLASS (self)->meeting_changed != NULL)
    PLN_PAGE_GET_CLASS (self)->meeting_changed (self, old_meeting);

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

  if (PLN_PAGE_GET_CLASS (self)->context_changed != NULL)
    PLN_PAGE_GET_CLASS (self)->context_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}
