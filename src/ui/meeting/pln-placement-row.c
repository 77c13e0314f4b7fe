/* pln-placement-row.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-placement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-format.h"
#include "pln-placement-row.h"

/* An agenda item taken up in a plenary meeting: its number and title,
 * kept up to date, with "(continued)" when an earlier plenary meeting
 * took it up already (the agenda page works that out and says so); its
 * button asks the page to take it out (agenda.remove-placement, with the
 * row's position in the organization of work). */

struct _PlnPlacementRow
{
  AdwActionRow   parent_instance;

  /* Template widgets */
  GtkLabel      *number_label;

  /* Owned references */
  PlnPlacement  *placement;
  PlnAgendaItem *item;
  gboolean       continued;
};

G_DEFINE_FINAL_TYPE (PlnPlacementRow, pln_placement_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_PLACEMENT,
  PROP_CONTINUED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_title (PlnPlacementRow *self)
{
  const char *title = self->item ? pln_agenda_item_get_title (self->item) : NULL;
  g_autofree char *label = self->item ? pln_agenda_item_dup_label (self->item) : g_strdup ("?");
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  if (self->continued)
    /* Translators: an item of the organization of work taken up again */
    text = g_strdup_printf (_("%s (continued)"), title ? title : "");
  else
    text = g_strdup (title ? title : "");

  /* An English title aligns as the interface does, like every row. */
  shown = pln_format_in_reading_order (text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), shown);
  gtk_label_set_text (self->number_label, label);
}

static void
remove_clicked_cb (PlnPlacementRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "agenda.remove-placement", "u",
                              (guint32) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));
}

static void
pln_placement_row_constructed (GObject *object)
{
  PlnPlacementRow *self = PLN_PLACEMENT_ROW (object);

  G_OBJECT_CLASS (pln_placement_row_parent_class)->constructed (object);

  g_return_if_fail (PLN_IS_PLACEMENT (self->placement));

  /* The title and the number (which follows moves) of the item placed. */
  g_set_object (&self->item, pln_placement_get_agenda_item (self->placement));
  if (self->item != NULL)
    {
      g_signal_connect_object (self->item, "notify::title", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->item, "notify::number", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
    }
  update_title (self);
}

static void
pln_placement_row_dispose (GObject *object)
{
  PlnPlacementRow *self = PLN_PLACEMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_PLACEMENT_ROW);
  g_clear_object (&self->item);
  g_clear_object (&self->placement);

  G_OBJECT_CLASS (pln_placement_row_parent_class)->dispose (object);
}

static void
pln_placement_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlnPlacementRow *self = PLN_PLACEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_PLACEMENT:
      g_value_set_object (value, self->placement);
      break;

    case PROP_CONTINUED:
      g_value_set_boolean (value, self->continued);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_placement_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PlnPlacementRow *self = PLN_PLACEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_PLACEMENT:
      self->placement = g_value_dup_object (value);
      break;

    case PROP_CONTINUED:
      pln_placement_row_set_continued (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_placement_row_class_init (PlnPlacementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pln_placement_row_constructed;
  object_class->dispose = pln_placement_row_dispose;
  object_class->get_property = pln_placement_row_get_property;
  object_class->set_property = pln_placement_row_set_property;

  properties [PROP_PLACEMENT] =
    g_param_spec_object ("placement", NULL, NULL,
                         PLN_TYPE_PLACEMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTINUED] =
    g_param_spec_boolean ("continued", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-placement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnPlacementRow, number_label);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
pln_placement_row_init (PlnPlacementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pln_placement_row_new (PlnPlacement *placement)
{
  g_return_val_if_fail (PLN_IS_PLACEMENT (placement), NULL);

  return g_object_new (PLN_TYPE_PLACEMENT_ROW, "placement", placement, NULL);
}

/**
 * pln_placement_row_get_placement:
 *
 * Returns: (transfer none): the placement shown
 */
PlnPlacement *
pln_placement_row_get_placement (PlnPlacementRow *self)
{
  g_return_val_if_fail (PLN_IS_PLACEMENT_ROW (self), NULL);

  return self->placement;
}

gboolean
pln_placement_row_get_continued (PlnPlacementRow *self)
{
  g_return_val_if_fail (PLN_IS_PLACEMENT_ROW (self), FALSE);

  return self->continued;
}

void
pln_placement_row_set_continued (PlnPlacementRow *self,
                                 gboolean         continued)
{
  g_return_if_fail (PLN_IS_PLACEMENT_ROW (self));

  continued = !!continued;
  if (self->continued == continued)
    return;

  self->continued = continued;
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTINUED]);
}
