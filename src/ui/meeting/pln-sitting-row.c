/* pln-sitting-row.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-sitting-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-format.h"
#include "pln-sitting-row.h"

/* A plenary meeting heading the items it takes up in the organization of
 * work: its name, and its day and times in the meeting's time zone, kept
 * up to date as they are edited on the Overview. */

struct _PlnSittingRow
{
  AdwActionRow  parent_instance;

  /* Owned references */
  PlnSitting   *sitting;
  PlnMeeting   *meeting;
};

G_DEFINE_FINAL_TYPE (PlnSittingRow, pln_sitting_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_SITTING,
  PROP_MEETING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_title (PlnSittingRow *self)
{
  g_autofree char *name = pln_sitting_dup_display_name (self->sitting);
  g_autofree char *when = self->meeting ? pln_format_sitting_when (self->meeting, self->sitting) : NULL;
  g_autofree char *shown = pln_format_in_reading_order (name ? name : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), shown);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), when ? when : "");
}

static void
pln_sitting_row_constructed (GObject *object)
{
  PlnSittingRow *self = PLN_SITTING_ROW (object);

  G_OBJECT_CLASS (pln_sitting_row_parent_class)->constructed (object);

  g_return_if_fail (PLN_IS_SITTING (self->sitting));

  g_signal_connect_object (self->sitting, "notify", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  if (self->meeting != NULL)
    g_signal_connect_object (self->meeting, "notify::time-zone", G_CALLBACK (update_title), self,
                             G_CONNECT_SWAPPED);
  update_title (self);
}

static void
pln_sitting_row_dispose (GObject *object)
{
  PlnSittingRow *self = PLN_SITTING_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_SITTING_ROW);
  g_clear_object (&self->sitting);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (pln_sitting_row_parent_class)->dispose (object);
}

static void
pln_sitting_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlnSittingRow *self = PLN_SITTING_ROW (object);

  switch (prop_id)
    {
    case PROP_SITTING:
      g_value_set_object (value, self->sitting);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_sitting_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlnSittingRow *self = PLN_SITTING_ROW (object);

  switch (prop_id)
    {
    case PROP_SITTING:
      self->sitting = g_value_dup_object (value);
      break;

    case PROP_MEETING:
      self->meeting = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_sitting_row_class_init (PlnSittingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pln_sitting_row_constructed;
  object_class->dispose = pln_sitting_row_dispose;
  object_class->get_property = pln_sitting_row_get_property;
  object_class->set_property = pln_sitting_row_set_property;

  properties [PROP_SITTING] =
    g_param_spec_object ("sitting", NULL, NULL,
                         PLN_TYPE_SITTING,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* For the time zone the times are shown in. */
  properties [PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         PLN_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-sitting-row.ui");
}

static void
pln_sitting_row_init (PlnSittingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pln_sitting_row_new (PlnSitting *sitting,
                     PlnMeeting *meeting)
{
  g_return_val_if_fail (PLN_IS_SITTING (sitting), NULL);
  g_return_val_if_fail (meeting == NULL || PLN_IS_MEETING (meeting), NULL);

  return g_object_new (PLN_TYPE_SITTING_ROW, "sitting", sitting, "meeting", meeting, NULL);
}

/**
 * pln_sitting_row_get_sitting:
 *
 * Returns: (transfer none): the plenary meeting shown
 */
PlnSitting *
pln_sitting_row_get_sitting (PlnSittingRow *self)
{
  g_return_val_if_fail (PLN_IS_SITTING_ROW (self), NULL);

  return self->sitting;
}
