/* pln-working-group-dialog.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-working-group-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-dialog-rows.h"
#include "pln-working-group-dialog.h"

/* A new working group, or the fields of one, edited in a dialog: nothing
 * changes in the workspace until Save, so Cancel leaves it as it was. */

struct _PlnWorkingGroupDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkWidget       *save_button;
  AdwEntryRow     *name_row;
  AdwEntryRow     *short_name_row;
  AdwEntryRow     *series_row;
  AdwEntryRow     *parent_body_row;
  AdwEntryRow     *mandate_row;
  GtkColorButton  *color_button;
  AdwPreferencesGroup *fields_group;

  /* Owned references */
  PlnWorkspace    *workspace;
  PlnWorkingGroup *group;   /* NULL for a new one */
};

G_DEFINE_FINAL_TYPE (PlnWorkingGroupDialog, pln_working_group_dialog, ADW_TYPE_WINDOW)

static void
name_changed_cb (PlnWorkingGroupDialog *self)
{
  g_autofree char *name = pln_dialog_entry_dup_text (self->name_row);

  /* A working group needs at least its name. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "group.save", name != NULL);
}

static char *
color_string (GtkColorButton *button)
{
  GdkRGBA rgba;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + 0.5), (int) (rgba.green * 255 + 0.5),
                          (int) (rgba.blue * 255 + 0.5));
}

/**
 * pln_working_group_dialog_save:
 *
 * Writes the fields into the working group (adding a new one to the
 * workspace) and closes the dialog.
 */
void
pln_working_group_dialog_save (PlnWorkingGroupDialog *self)
{
  g_autoptr(PlnWorkingGroup) group = NULL;
  g_autofree char *color = color_string (self->color_button);

  g_return_if_fail (PLN_IS_WORKING_GROUP_DIALOG (self));

  group = self->group ? g_object_ref (self->group) : pln_working_group_new ();
  pln_working_group_set_name (group, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  pln_working_group_set_short_name (group, gtk_editable_get_text (GTK_EDITABLE (self->short_name_row)));
  pln_working_group_set_symbol_series (group, gtk_editable_get_text (GTK_EDITABLE (self->series_row)));
  pln_working_group_set_parent_body (group, gtk_editable_get_text (GTK_EDITABLE (self->parent_body_row)));
  pln_working_group_set_mandate (group, gtk_editable_get_text (GTK_EDITABLE (self->mandate_row)));
  pln_working_group_set_color (group, color);

  if (self->group == NULL)
    pln_workspace_append_working_group (self->workspace, group);

  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pln_working_group_dialog_save (PLN_WORKING_GROUP_DIALOG (widget));
}

static void
pln_working_group_dialog_dispose (GObject *object)
{
  PlnWorkingGroupDialog *self = PLN_WORKING_GROUP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_WORKING_GROUP_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->group);

  G_OBJECT_CLASS (pln_working_group_dialog_parent_class)->dispose (object);
}

static void
pln_working_group_dialog_class_init (PlnWorkingGroupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_working_group_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-working-group-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnWorkingGroupDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWorkingGroupDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PlnWorkingGroupDialog, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, PlnWorkingGroupDialog, series_row);
  gtk_widget_class_bind_template_child (widget_class, PlnWorkingGroupDialog, parent_body_row);
  gtk_widget_class_bind_template_child (widget_class, PlnWorkingGroupDialog, mandate_row);
  gtk_widget_class_bind_template_child (widget_class, PlnWorkingGroupDialog, color_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWorkingGroupDialog, fields_group);

  gtk_widget_class_install_action (widget_class, "group.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "group.save", NULL);
}

static void
pln_working_group_dialog_init (PlnWorkingGroupDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (name_changed_cb), self, G_CONNECT_SWAPPED);
  /* The group has no title of its own, and the colour button's inner
   * button no label: what a screen reader says for them. */
  pln_accessible_name_lists (GTK_WIDGET (self->fields_group), _("Working Group"));
  pln_accessible_set_label (GTK_WIDGET (self->color_button), _("Colour"));
}

/**
 * pln_working_group_dialog_new:
 * @group: (nullable): the working group to edit, or %NULL for a new one
 */
PlnWorkingGroupDialog *
pln_working_group_dialog_new (PlnWorkspace    *workspace,
                              PlnWorkingGroup *group)
{
  PlnWorkingGroupDialog *self = g_object_new (PLN_TYPE_WORKING_GROUP_DIALOG, NULL);
  GdkRGBA rgba;

  self->workspace = g_object_ref (workspace);
  self->group = group ? g_object_ref (group) : NULL;

  gtk_window_set_title (GTK_WINDOW (self), group ? _("Edit Working Group") : _("New Working Group"));
  if (group != NULL)
    {
      pln_dialog_entry_set_text (self->name_row, pln_working_group_get_name (group));
      pln_dialog_entry_set_text (self->short_name_row, pln_working_group_get_short_name (group));
      pln_dialog_entry_set_text (self->series_row, pln_working_group_get_symbol_series (group));
      pln_dialog_entry_set_text (self->parent_body_row, pln_working_group_get_parent_body (group));
      pln_dialog_entry_set_text (self->mandate_row, pln_working_group_get_mandate (group));
    }

  if (!gdk_rgba_parse (&rgba, group && pln_working_group_get_color (group) ? pln_working_group_get_color (group) : "#3584e4"))
    gdk_rgba_parse (&rgba, "#3584e4");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS

  name_changed_cb (self);
  return self;
}
