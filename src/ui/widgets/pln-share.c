/* pln-share.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-share"

#include "config.h"

#include <fcntl.h>
#include <gio/gunixfdlist.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pln-share.h"

/* A document (the non-paper, the report) e-mailed to the confirmed
 * delegates of its meeting, in BCC, as a PDF attachment, through the
 * e-mail portal (org.freedesktop.portal.Email) where the desktop has one;
 * otherwise through mailto:, with the document's text in the body. The
 * addresses can also be copied, for an e-mail written by hand. */

typedef struct
{
  PlnContext *context;
  char       *addresses;
  char       *subject;
  char       *text;
} ShareData;

static void
share_data_free (ShareData *data)
{
  g_clear_object (&data->context);
  g_free (data->addresses);
  g_free (data->subject);
  g_free (data->text);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShareData, share_data_free)

static void
add_toast (PlnContext *context,
           const char *message)
{
  if (context != NULL)
    pln_context_add_toast (context, adw_toast_new (message));
}

/**
 * pln_share_dup_addresses:
 *
 * Returns: (transfer full): the addresses of @meeting's confirmed
 *   registrations, comma-separated
 */
char *
pln_share_dup_addresses (PlnMeeting *meeting)
{
  GListModel *registrations = pln_meeting_get_registrations (meeting);
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

void
pln_share_copy_addresses (GtkWidget  *widget,
                          PlnContext *context,
                          PlnMeeting *meeting)
{
  g_autofree char *addresses = pln_share_dup_addresses (meeting);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), addresses);
  add_toast (context, *addresses ? _("Addresses copied") : _("No confirmed registration has an address"));
}

/* The fallback where there is no e-mail portal: the user's e-mail program
 * through mailto:. */
static void
share_by_mailto (ShareData *data)
{
  g_autofree char *subject = g_uri_escape_string (data->subject, NULL, FALSE);
  g_autofree char *body = g_uri_escape_string (data->text, NULL, FALSE);
  g_autofree char *uri = g_strdup_printf ("mailto:?bcc=%s&subject=%s&body=%s", data->addresses, subject, body);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    add_toast (data->context, _("No e-mail program could be opened; copy the addresses instead"));
}

static void
compose_email_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(ShareData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL, result, &error);
  if (reply == NULL)
    {
      g_debug ("No e-mail portal (%s): using mailto:", error->message);
      share_by_mailto (data);
    }
}

/* Readable by its owner only: the document is unpublished, and may name
 * the delegations and people who spoke. Returns an open descriptor of the
 * PDF written to the cache, or -1. */
static int
write_private_pdf (PlnDocument *document,
                   const char  *file_name)
{
  g_autoptr(GBytes) pdf = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_PDF, NULL);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "plenary", NULL);
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_mkdir_with_parents (dir, 0700);
  if (pdf == NULL || !pln_file_write_bytes_safely (file, pdf, PLN_WRITE_PRIVATE, NULL))
    return -1;

  return open (path, O_RDONLY | O_CLOEXEC);
}

static GVariant *
email_options (ShareData      *data,
               const PlnShare *share)
{
  g_auto(GStrv) bcc = g_strsplit (data->addresses, ",", -1);
  GVariantBuilder options;

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "bcc", g_variant_new_strv ((const char * const *) bcc, -1));
  g_variant_builder_add (&options, "{sv}", "subject", g_variant_new_string (share->subject));
  g_variant_builder_add (&options, "{sv}", "body", g_variant_new_string (share->body));
  g_variant_builder_add (&options, "{sv}", "attachment_fds",
                         g_variant_new_fixed_array (G_VARIANT_TYPE_HANDLE, (gint32[]) { 0 }, 1, sizeof (gint32)));
  return g_variant_builder_end (&options);
}

/**
 * pln_share_document:
 * @widget: the page sharing, for the clipboard and the toasts
 *
 * Opens an e-mail to @meeting's confirmed delegates with @document.
 */
void
pln_share_document (GtkWidget      *widget,
                    PlnContext     *context,
                    PlnMeeting     *meeting,
                    PlnDocument    *document,
                    const PlnShare *share)
{
  g_autoptr(ShareData) data = g_new0 (ShareData, 1);
  g_autoptr(GBytes) text = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_TEXT, NULL);
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GUnixFDList) fds = NULL;
  GVariant *options;
  int fd;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PLN_IS_MEETING (meeting));
  g_return_if_fail (PLN_IS_DOCUMENT (document));

  data->context = context ? g_object_ref (context) : NULL;
  data->addresses = pln_share_dup_addresses (meeting);
  data->subject = g_strdup (share->subject);
  data->text = g_strndup (g_bytes_get_data (text, NULL), g_bytes_get_size (text));

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL || (fd = write_private_pdf (document, share->file_name)) < 0)
    {
      share_by_mailto (data);
      return;
    }

  fds = g_unix_fd_list_new_from_array (&fd, 1);
  options = email_options (data, share);
  g_dbus_connection_call_with_unix_fd_list (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                            "org.freedesktop.portal.Email", "ComposeEmail",
                                            g_variant_new ("(s@a{sv})", "", options),
                                            G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, 10000, fds, NULL,
                                            compose_email_cb, g_steal_pointer (&data));
}
