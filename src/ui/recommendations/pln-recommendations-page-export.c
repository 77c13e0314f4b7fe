/* pln-recommendations-page-export.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <fcntl.h>
#include <gio/gunixfdlist.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pln-compat.h"
#include "pln-export-flow.h"
#include "pln-print.h"
#include "pln-recommendations-page-private.h"

/* The non-paper leaves the page: exported (PDF, DOCX, ODT, text) through
 * the export flow and recorded in the meeting's export log, printed, or
 * e-mailed to the confirmed delegates. */

static PlnDocument *
current_document (PlnRecommendationsPage *self)
{
  GSettings *settings = pln_recommendations_page_get_settings (self);
  gboolean sources = settings ? g_settings_get_boolean (settings, "non-paper-show-sources") : FALSE;
  GDate day;

  if (pln_recommendations_page_get_day (self, &day))
    return pln_non_paper_new (self->meeting, &day, sources);

  return pln_report_recommendations_new (self->meeting, sources);
}

/* The export flow's PlnWriteFunc: the format is the one chosen in the
 * menu, kept on the page while the file chooser is open. */
static gboolean
write_non_paper (GObject  *owner,
                 GFile    *file,
                 GError  **error)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (owner);
  g_autoptr(PlnDocument) document = NULL;
  g_autofree char *path = NULL;
  GDate day;

  if (self->meeting == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The meeting is no longer open"));
      return FALSE;
    }

  document = current_document (self);
  if (!pln_document_export (document, self->export_format, file, NULL, error))
    return FALSE;

  path = g_file_get_parse_name (file);
  if (pln_recommendations_page_get_day (self, &day))
    pln_meeting_record_export (self->meeting, &day, pln_document_format_get_extension (self->export_format), path);
  return TRUE;
}

/**
 * pln_recommendations_page_export_to:
 *
 * Exports the shown day's non-paper (or the report's recommendations) and
 * records the export.
 */
gboolean
pln_recommendations_page_export_to (PlnRecommendationsPage  *self,
                                    PlnDocumentFormat        format,
                                    GFile                   *file,
                                    GError                 **error)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  self->export_format = format;
  return write_non_paper (G_OBJECT (self), file, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autofree char *name = NULL;
  PlnExportFlow flow = {
    .chooser_title = _("Export Non-paper"),
    .error_heading = _("The Non-paper Could Not Be Exported"),
    .done_message = _("Non-paper exported"),
  };
  PlnDocumentFormat format;
  GDate day;

  if (self->meeting == NULL || !pln_document_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;

  /* File names are English, like the document. */
  if (pln_recommendations_page_get_day (self, &day))
    name = g_strdup_printf ("Non-paper Day %d.%s", self->day_index + 1, pln_document_format_get_extension (format));
  else
    name = g_strdup_printf ("Recommendations.%s", pln_document_format_get_extension (format));

  self->export_format = format;
  flow.suggested_name = name;
  pln_export_flow_run (&flow, widget, pln_page_get_context (PLN_PAGE (self)), G_OBJECT (self), write_non_paper);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;

  document = current_document (self);
  if (!pln_print_document_for_widget (widget, document, NULL, &error))
    pln_alert_show_error (widget, _("The Non-paper Could Not Be Printed"), error->message);
}

static void
add_toast (PlnRecommendationsPage *self,
           const char             *message)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  if (context != NULL)
    pln_context_add_toast (context, adw_toast_new (message));
}

/* The addresses of the confirmed registrations, comma-separated. */
static char *
delegate_addresses (PlnRecommendationsPage *self)
{
  GListModel *registrations = pln_meeting_get_registrations (self->meeting);
  g_autoptr(GString) addresses = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      const char *email = pln_registration_get_email (reg);

      if (pln_registration_get_status (reg) == PLN_REGISTRATION_STATUS_CONFIRMED && pln_email_is_valid (email))
        g_string_append_printf (addresses, "%s%s", addresses->len > 0 ? "," : "", email);
    }

  return g_string_free (g_steal_pointer (&addresses), FALSE);
}

static void
copy_addresses_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autofree char *addresses = NULL;

  if (self->meeting == NULL)
    return;

  addresses = delegate_addresses (self);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), addresses);
  add_toast (self, *addresses ? _("Addresses copied") : _("No confirmed registration has an address"));
}

/* The fallback where there is no e-mail portal: the user's e-mail program
 * through mailto:, with the non-paper's text in the body. */
static void
share_by_mailto (PlnRecommendationsPage *self)
{
  g_autoptr(PlnDocument) document = current_document (self);
  g_autoptr(GBytes) text = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_TEXT, NULL);
  g_autofree char *addresses = delegate_addresses (self);
  g_autofree char *body = g_uri_escape_string (g_bytes_get_data (text, NULL), NULL, FALSE);
  g_autofree char *uri = g_strdup_printf ("mailto:?bcc=%s&subject=Non-paper&body=%s", addresses, body);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    add_toast (self, _("No e-mail program could be opened; copy the addresses instead"));
}

static void
compose_email_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PlnRecommendationsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL, result, &error);
  if (reply == NULL && self->meeting != NULL)
    {
      g_debug ("No e-mail portal (%s): using mailto:", error->message);
      share_by_mailto (self);
    }
}

/* Readable by its owner only: the non-paper is unpublished, and with its
 * sources it names the delegations and people who spoke. Returns an open
 * descriptor of the PDF written to the cache, or -1. */
static int
write_private_pdf (PlnRecommendationsPage *self)
{
  g_autoptr(PlnDocument) document = current_document (self);
  g_autoptr(GBytes) pdf = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_PDF, NULL);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "plenary", NULL);
  g_autofree char *path = g_build_filename (dir, "Non-paper.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_mkdir_with_parents (dir, 0700);
  if (pdf == NULL || !pln_file_write_bytes_safely (file, pdf, PLN_WRITE_PRIVATE, NULL))
    return -1;

  return open (path, O_RDONLY | O_CLOEXEC);
}

static GVariant *
email_options (PlnRecommendationsPage *self)
{
  g_autofree char *addresses = delegate_addresses (self);
  g_auto(GStrv) bcc = g_strsplit (addresses, ",", -1);
  GVariantBuilder options;

  /* The e-mail is English, like the non-paper it carries. */
  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "bcc", g_variant_new_strv ((const char * const *) bcc, -1));
  g_variant_builder_add (&options, "{sv}", "subject", g_variant_new_string ("Non-paper"));
  g_variant_builder_add (&options, "{sv}", "body",
                         g_variant_new_string ("Please find attached the non-paper, unedited and in English only."));
  g_variant_builder_add (&options, "{sv}", "attachment_fds",
                         g_variant_new_fixed_array (G_VARIANT_TYPE_HANDLE, (gint32[]) { 0 }, 1, sizeof (gint32)));
  return g_variant_builder_end (&options);
}

/* An e-mail to the confirmed delegates, in BCC, with the non-paper as a
 * PDF attachment, through the e-mail portal (org.freedesktop.portal.Email)
 * where the desktop has one; otherwise through mailto:. */
static void
share_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GUnixFDList) fds = NULL;
  int fd;

  if (self->meeting == NULL)
    return;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL || (fd = write_private_pdf (self)) < 0)
    {
      share_by_mailto (self);
      return;
    }

  fds = g_unix_fd_list_new_from_array (&fd, 1);
  g_dbus_connection_call_with_unix_fd_list (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                            "org.freedesktop.portal.Email", "ComposeEmail",
                                            g_variant_new ("(s@a{sv})", "", email_options (self)),
                                            G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, 10000, fds, NULL,
                                            compose_email_cb, g_object_ref (self));
}

void
pln_recommendations_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "recommendations.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "recommendations.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "recommendations.share", NULL, share_action);
  gtk_widget_class_install_action (widget_class, "recommendations.copy-addresses", NULL, copy_addresses_action);
}
