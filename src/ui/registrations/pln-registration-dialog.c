/* pln-registration-dialog.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registration-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-accessible.h"
#include "pln-dialog-rows.h"
#include "pln-enum-types.h"
#include "pln-registration-dialog.h"

/* A new registration, or the fields of one, in a dialog. Nothing changes
 * until Save, which hands a scratch registration with the values to the
 * "saved" signal: whoever opened the dialog applies them, so the change
 * can be undone as one. */

struct _PlnRegistrationDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwEntryRow     *honorific_row;
  AdwEntryRow     *name_row;
  AdwEntryRow     *delegation_row;
  AdwEntryRow     *email_row;
  GtkLabel        *problem_label;
  AdwComboRow     *category_row;
  AdwComboRow     *role_row;
  AdwComboRow     *mode_row;
  AdwComboRow     *status_row;
  GtkSwitch       *link_switch;
  GtkWidget       *names_group;
  GtkWidget       *choices_group;
};

G_DEFINE_FINAL_TYPE (PlnRegistrationDialog, pln_registration_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/**
 * pln_registration_enum_label:
 *
 * Returns: the interface's label of a value of a registration's enum
 */
const char *
pln_registration_enum_label (GType enum_type,
                             int   value)
{
  if (enum_type == PLN_TYPE_REGISTRATION_CATEGORY)
    return pln_registration_category_to_label (value);
  if (enum_type == PLN_TYPE_REGISTRATION_ROLE)
    return pln_registration_role_to_label (value);
  if (enum_type == PLN_TYPE_PARTICIPATION_MODE)
    return pln_participation_mode_to_label (value);
  if (enum_type == PLN_TYPE_REGISTRATION_STATUS)
    return pln_registration_status_to_label (value);

  g_return_val_if_reached ("");
}

/**
 * pln_registration_labels_new:
 *
 * Returns: (transfer full): the labels of every value of @enum_type, in
 *   the order of the values, for a drop-down whose position is the value
 */
GtkStringList *
pln_registration_labels_new (GType enum_type)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  GEnumClass *klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, pln_registration_enum_label (enum_type, klass->values[i].value));

  g_type_class_unref (klass);
  return list;
}

/* A registration needs a name; an e-mail, when given, must be one. */
static void
changed_cb (PlnRegistrationDialog *self)
{
  g_autofree char *name = pln_dialog_entry_dup_text (self->name_row);
  g_autofree char *email = pln_dialog_entry_dup_text (self->email_row);
  const char *problem = NULL;

  if (email != NULL && !pln_email_is_valid (email))
    problem = _("This is not an e-mail address");

  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->email_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "registration.save", name != NULL && problem == NULL);
}

/**
 * pln_registration_dialog_save:
 *
 * Emits "saved" with the values and closes, when they are complete.
 *
 * Returns: whether it was saved
 */
gboolean
pln_registration_dialog_save (PlnRegistrationDialog *self)
{
  g_autoptr(PlnRegistration) values = pln_registration_new ();
  g_autofree char *honorific = pln_dialog_entry_dup_text (self->honorific_row);
  g_autofree char *name = pln_dialog_entry_dup_text (self->name_row);
  g_autofree char *delegation = pln_dialog_entry_dup_text (self->delegation_row);
  g_autofree char *email = pln_dialog_entry_dup_text (self->email_row);

  g_return_val_if_fail (PLN_IS_REGISTRATION_DIALOG (self), FALSE);

  if (!gtk_widget_is_sensitive (GTK_WIDGET (self)) || name == NULL || (email != NULL && !pln_email_is_valid (email)))
    return FALSE;

  pln_registration_set_honorific (values, honorific);
  pln_registration_set_name (values, name);
  pln_registration_set_delegation (values, delegation);
  pln_registration_set_email (values, email);
  pln_registration_set_category (values, adw_combo_row_get_selected (self->category_row));
  pln_registration_set_role (values, adw_combo_row_get_selected (self->role_row));
  pln_registration_set_mode (values, adw_combo_row_get_selected (self->mode_row));
  pln_registration_set_status (values, adw_combo_row_get_selected (self->status_row));
  pln_registration_set_link_sent (values, gtk_switch_get_active (self->link_switch));

  g_signal_emit (self, signals [SAVED], 0, values);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pln_registration_dialog_save (PLN_REGISTRATION_DIALOG (widget));
}

static void
pln_registration_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PLN_TYPE_REGISTRATION_DIALOG);

  G_OBJECT_CLASS (pln_registration_dialog_parent_class)->dispose (object);
}

static void
pln_registration_dialog_class_init (PlnRegistrationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_registration_dialog_dispose;

  /**
   * PlnRegistrationDialog::saved:
   * @values: a registration, not in any meeting, with the values entered
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLN_TYPE_REGISTRATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-registration-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, honorific_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, delegation_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, mode_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, link_switch);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, names_group);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationDialog, choices_group);

  gtk_widget_class_install_action (widget_class, "registration.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "registration.save", NULL);
}

static void
set_model (AdwComboRow *row,
           GType        enum_type)
{
  g_autoptr(GtkStringList) labels = pln_registration_labels_new (enum_type);

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static void
pln_registration_dialog_init (PlnRegistrationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_model (self->category_row, PLN_TYPE_REGISTRATION_CATEGORY);
  set_model (self->role_row, PLN_TYPE_REGISTRATION_ROLE);
  set_model (self->mode_row, PLN_TYPE_PARTICIPATION_MODE);
  set_model (self->status_row, PLN_TYPE_REGISTRATION_STATUS);
  /* The groups have no titles: their lists, and the rows' lists of
   * choices, named for a screen reader. */
  pln_accessible_name_lists (GTK_WIDGET (self->names_group), _("Registration"));
  pln_accessible_name_lists (GTK_WIDGET (self->choices_group), _("Registration"));
  pln_accessible_name_lists (GTK_WIDGET (self->category_row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->category_row)));
  pln_accessible_name_lists (GTK_WIDGET (self->role_row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->role_row)));
  pln_accessible_name_lists (GTK_WIDGET (self->mode_row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->mode_row)));
  pln_accessible_name_lists (GTK_WIDGET (self->status_row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->status_row)));
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->email_row, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  changed_cb (self);
}

/**
 * pln_registration_dialog_new:
 * @registration: (nullable): the registration to edit, or %NULL for a new one
 */
PlnRegistrationDialog *
pln_registration_dialog_new (GtkWindow       *parent,
                             PlnRegistration *registration)
{
  PlnRegistrationDialog *self = g_object_new (PLN_TYPE_REGISTRATION_DIALOG, "transient-for", parent, NULL);

  g_return_val_if_fail (registration == NULL || PLN_IS_REGISTRATION (registration), self);

  if (registration == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Registration"));
      return self;
    }

  pln_dialog_entry_set_text (self->honorific_row, pln_registration_get_honorific (registration));
  pln_dialog_entry_set_text (self->name_row, pln_registration_get_name (registration));
  pln_dialog_entry_set_text (self->delegation_row, pln_registration_get_delegation (registration));
  pln_dialog_entry_set_text (self->email_row, pln_registration_get_email (registration));
  adw_combo_row_set_selected (self->category_row, pln_registration_get_category (registration));
  adw_combo_row_set_selected (self->role_row, pln_registration_get_role (registration));
  adw_combo_row_set_selected (self->mode_row, pln_registration_get_mode (registration));
  adw_combo_row_set_selected (self->status_row, pln_registration_get_status (registration));
  gtk_switch_set_active (self->link_switch, pln_registration_get_link_sent (registration));
  return self;
}

/**
 * pln_registration_dialog_present:
 * @parent: the widget the dialog is opened from; its window becomes the
 *   dialog's parent
 * @registration: (nullable): the registration to edit, or %NULL for a new one
 *
 * Returns: (transfer none): the dialog, shown
 */
PlnRegistrationDialog *
pln_registration_dialog_present (GtkWidget       *parent,
                                 PlnRegistration *registration)
{
  PlnRegistrationDialog *self = pln_registration_dialog_new (pln_widget_get_parent_window (parent), registration);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
