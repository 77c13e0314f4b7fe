/* pln-registrations-page-actions.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registrations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-enum-types.h"
#include "pln-export-flow.h"
#include "pln-registration-import-dialog.h"
#include "pln-registrations-page-private.h"

/* What the Registrations page does with the selection (status, link sent,
 * removal, e-mails) and with files (CSV in and out, the list of
 * participants). */

/* Says something on a toast, where the page has a context to show it. */
void
pln_registrations_page_toast (PlnRegistrationsPage *self,
                              const char           *title)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  if (context != NULL)
    pln_context_add_toast (context, adw_toast_new (title));
}

/* ------------------------------------------------------------ the selection */

static void
set_selected (PlnRegistrationsPage *self,
              const char           *property,
              const GValue         *value)
{
  g_autoptr(GListStore) selected = pln_registrations_page_dup_selected (self);
  g_autoptr(PlnRegistrationsEdit) edit = pln_registrations_page_begin_edit (self);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selected)); i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (G_LIST_MODEL (selected), i);

      pln_registrations_edit_set (edit, reg, property, value);
    }

  pln_registrations_page_push_edit (self, edit, NULL);
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);
  g_auto(GValue) value = G_VALUE_INIT;
  int status;

  if (self->meeting == NULL ||
      !pln_enum_from_nick (PLN_TYPE_REGISTRATION_STATUS, g_variant_get_string (parameter, NULL), &status))
    return;

  g_value_init (&value, PLN_TYPE_REGISTRATION_STATUS);
  g_value_set_enum (&value, status);
  set_selected (self, "status", &value);
}

static void
mark_link_sent_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->meeting == NULL)
    return;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, TRUE);
  set_selected (self, "link-sent", &value);
}

static void
remove_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);
  g_autoptr(GListStore) selected = NULL;
  g_autoptr(PlnRegistrationsEdit) edit = NULL;
  g_autofree char *title = NULL;
  guint n;

  if (self->meeting == NULL)
    return;

  selected = pln_registrations_page_dup_selected (self);
  n = g_list_model_get_n_items (G_LIST_MODEL (selected));
  if (n == 0)
    return;

  edit = pln_registrations_page_begin_edit (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (G_LIST_MODEL (selected), i);

      pln_registrations_edit_remove (edit, reg);
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u registration removed", "%u registrations removed", n), n);
  pln_registrations_page_push_edit (self, edit, title);
}

static void
copy_emails_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);
  g_autoptr(GListStore) selected = NULL;
  g_autofree char *emails = NULL;

  /* The selection's, or all those shown. */
  if (g_variant_get_boolean (parameter))
    {
      selected = pln_registrations_page_dup_selected (self);
      emails = pln_registrations_dup_emails (G_LIST_MODEL (selected));
    }
  else
    emails = pln_registrations_dup_emails (pln_registrations_page_get_shown (self));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), emails);
  pln_registrations_page_toast (self, *emails ? _("E-mail addresses copied") : _("None of them has an e-mail address"));
}

static void
write_email_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);
  g_autoptr(GListStore) selected = pln_registrations_page_dup_selected (self);
  g_autoptr(PlnRegistration) reg = g_list_model_get_item (G_LIST_MODEL (selected), 0);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;

  if (reg == NULL || !pln_email_is_valid (pln_registration_get_email (reg)))
    {
      pln_registrations_page_toast (self, _("This registration has no e-mail address"));
      return;
    }

  escaped = g_uri_escape_string (pln_registration_get_email (reg), "@", FALSE);
  uri = g_strconcat ("mailto:", escaped, NULL);
  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    {
      g_debug ("Could not open %s: %s", uri, error->message);
      pln_registrations_page_toast (self, _("No e-mail program could be opened"));
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);

  if (self->meeting != NULL)
    pln_registrations_page_open_dialog (self, NULL);
}

/* ------------------------------------------------------------ files */

/**
 * pln_registrations_page_export_csv_to:
 *
 * Writes the registrations shown, in the order shown, as CSV. The file
 * has e-mail addresses: it is readable by its owner only.
 */
gboolean
pln_registrations_page_export_csv_to (PlnRegistrationsPage  *self,
                                      GFile                 *file,
                                      GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = pln_registrations_to_csv (pln_registrations_page_get_shown (self));
  return pln_file_write_bytes_safely (file, bytes, PLN_WRITE_PRIVATE, error);
}

static void
import_applied_cb (PlnRegistrationImportDialog *dialog,
                   PlnRegistrationsPage        *self)
{
  PlnRegistrationImport *import = pln_registration_import_dialog_get_import (dialog);
  g_autoptr(PlnRegistrationsEdit) edit = NULL;
  g_autofree char *title = NULL;
  guint n = pln_registration_import_get_added (import)->len + pln_registration_import_get_replaced (import)->len / 2;

  if (self->meeting == NULL || pln_registration_import_dialog_get_meeting (dialog) != self->meeting)
    return;

  edit = pln_registrations_page_begin_edit (self);
  pln_registrations_edit_take_import (edit, import);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u registration imported", "%u registrations imported", n), n);
  if (pln_registrations_edit_is_empty (edit))
    pln_registrations_page_toast (self, title);
  pln_registrations_page_push_edit (self, edit, title);
}

/**
 * pln_registrations_page_import_file:
 *
 * Reads @file and opens the import dialog on it; nothing is added to the
 * meeting until the user confirms there.
 *
 * Returns: whether the file could be read as CSV with a column of names
 */
gboolean
pln_registrations_page_import_file (PlnRegistrationsPage  *self,
                                    GFile                 *file,
                                    GError               **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length;
  PlnRegistrationImport *import;
  PlnRegistrationImportDialog *dialog;

  g_return_val_if_fail (PLN_IS_REGISTRATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);

  /* Bounded: a pipe or a device chosen by mistake is refused, rather
   * than freezing the window while it is read without end. */
  if (!pln_file_read_bounded (file, PLN_FILE_LIMIT_DOCUMENT, NULL, &data, &length, NULL, error))
    return FALSE;

  import = pln_registration_import_new (data, length, self->meeting, error);
  if (import == NULL)
    return FALSE;

  name = g_file_get_basename (file);
  dialog = pln_registration_import_dialog_present (GTK_WIDGET (self), self->meeting, import, name);
  g_signal_connect_object (dialog, "applied", G_CALLBACK (import_applied_cb), self, 0);
  return TRUE;
}

static void
import_chosen_cb (GObject *owner,
                  GFile   *file)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (owner);
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->meeting == NULL)
    return;

  if (!pln_registrations_page_import_file (self, file, &error))
    pln_alert_show_error (GTK_WIDGET (self), _("The File Could Not Be Imported"), error->message);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);
  g_autoptr(GtkFileFilter) csv = NULL;

  if (self->meeting == NULL)
    return;

  csv = gtk_file_filter_new ();
  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  pln_choose_file_to_open (widget, _("Import Registrations"), _("_Open"), csv, G_OBJECT (self), import_chosen_cb);
}

static gboolean
write_csv (GObject  *owner,
           GFile    *file,
           GError  **error)
{
  return pln_registrations_page_export_csv_to (PLN_REGISTRATIONS_PAGE (owner), file, error);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);
  const PlnExportFlow flow = {
    .chooser_title = _("Export Registrations"),
    /* File names are English, like the documents. */
    .suggested_name = "Registrations.csv",
    .error_heading = _("The Registrations Could Not Be Exported"),
    .done_message = _("Registrations exported"),
  };

  pln_export_flow_run (&flow, widget, pln_page_get_context (PLN_PAGE (self)), G_OBJECT (self), write_csv);
}

/* The format is the one asked for when the file chooser opened: one
 * export at a time per page (pln_export_flow_run()). */
static gboolean
write_participants (GObject  *owner,
                    GFile    *file,
                    GError  **error)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (owner);
  g_autoptr(PlnDocument) document = NULL;

  if (self->meeting == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The meeting is no longer open"));
      return FALSE;
    }

  document = pln_participants_document_new (self->meeting);
  return pln_document_export (document, self->export_format, file, NULL, error);
}

static void
export_participants_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PlnRegistrationsPage *self = PLN_REGISTRATIONS_PAGE (widget);
  PlnDocumentFormat format;
  g_autofree char *name = NULL;
  PlnExportFlow flow = {
    .chooser_title = _("Export List of Participants"),
    .error_heading = _("The List of Participants Could Not Be Exported"),
    .done_message = _("List of participants exported"),
  };

  if (self->meeting == NULL || !pln_document_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;

  /* File names are English, like the documents. */
  name = g_strdup_printf ("List of participants.%s", pln_document_format_get_extension (format));
  flow.suggested_name = name;
  self->export_format = format;
  pln_export_flow_run (&flow, widget, pln_page_get_context (PLN_PAGE (self)), G_OBJECT (self), write_participants);
}

void
pln_registrations_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "registrations.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "registrations.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "registrations.set-status", "s", set_status_action);
  gtk_widget_class_install_action (widget_class, "registrations.mark-link-sent", NULL, mark_link_sent_action);
  gtk_widget_class_install_action (widget_class, "registrations.remove-selected", NULL, remove_selected_action);
  gtk_widget_class_install_action (widget_class, "registrations.copy-emails", "b", copy_emails_action);
  gtk_widget_class_install_action (widget_class, "registrations.write-email", NULL, write_email_action);
  gtk_widget_class_install_action (widget_class, "registrations.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "registrations.export-participants", "s",
                                   export_participants_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "registrations.remove-selected", NULL);
  /* Insert, as Add Item on the agenda: Ctrl+N is the window's New Meeting. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "registrations.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "registrations.import", NULL);
}
