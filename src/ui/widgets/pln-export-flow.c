/* pln-export-flow.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export-flow"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-export-flow.h"

/* Every export goes the same way: the file chooser, the write through the
 * storage layer's safe path (the page's PlnWriteFunc), an alert that says
 * why when it fails (nothing is written then), and a toast that offers to
 * open the file or show it in its folder when it is written. */

typedef struct
{
  PlnExportFlow  flow;         /* strings owned */
  GtkWidget     *parent;       /* weak */
  PlnContext    *context;
  PlnWriteFunc   write;
} Export;

static void
export_free (Export *export)
{
  g_free ((char *) export->flow.chooser_title);
  g_free ((char *) export->flow.suggested_name);
  g_free ((char *) export->flow.error_heading);
  g_free ((char *) export->flow.done_message);
  g_clear_weak_pointer (&export->parent);
  g_clear_object (&export->context);
  g_free (export);
}

static void
open_file_cb (AdwToast *toast,
              GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  gtk_show_uri (pln_widget_get_parent_window (adw_toast_get_custom_title (toast)), uri, GDK_CURRENT_TIME);
}

static void
show_in_folder_clicked_cb (GtkButton *button,
                           GFile     *file)
{
  pln_show_in_folder (GTK_WIDGET (button), file);
}

static AdwToast *
done_toast (const char *message,
            GFile      *file)
{
  AdwToast *toast = adw_toast_new (message);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (message);
  GtkWidget *folder = gtk_button_new_with_mnemonic (_("Show in _Folder"));

  /* The toast's own button opens the file; the title carries the second. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (folder, "flat");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), folder);
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_button_label (toast, _("_Open"));

  g_signal_connect_data (folder, "clicked", G_CALLBACK (show_in_folder_clicked_cb),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_file_cb),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return toast;
}

/**
 * pln_export_flow_write:
 * @file: where to write
 *
 * The second half of pln_export_flow_run(), for a file already chosen:
 * writes it, then says how that went.
 *
 * Returns: whether @file was written
 */
gboolean
pln_export_flow_write (const PlnExportFlow *flow,
                       GtkWidget           *parent,
                       PlnContext          *context,
                       GObject             *owner,
                       PlnWriteFunc         write,
                       GFile               *file)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (flow != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!write (owner, file, &error))
    {
      pln_alert_show_error (parent, flow->error_heading, error->message);
      return FALSE;
    }

  if (context != NULL)
    pln_context_add_toast (context, done_toast (flow->done_message, file));
  return TRUE;
}

static void
file_chosen_cb (GObject *owner,
                GFile   *file)
{
  Export *export = g_object_get_data (owner, "pln-export-flow");

  if (export == NULL)
    return;

  if (file != NULL)
    pln_export_flow_write (&export->flow, export->parent, export->context, owner, export->write, file);
  g_object_set_data (owner, "pln-export-flow", NULL);
}

/**
 * pln_export_flow_run:
 * @parent: the widget the export starts from
 * @context: (nullable): where the toast goes
 * @owner: the object @write is for; the flow ends with it
 * @write: writes the file
 *
 * Asks where to export, then writes and says how that went. One export
 * at a time for each @owner: a second replaces the first.
 */
void
pln_export_flow_run (const PlnExportFlow *flow,
                     GtkWidget           *parent,
                     PlnContext          *context,
                     GObject             *owner,
                     PlnWriteFunc         write)
{
  Export *export;

  g_return_if_fail (flow != NULL);
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (write != NULL);

  export = g_new0 (Export, 1);
  export->flow.chooser_title = g_strdup (flow->chooser_title);
  export->flow.suggested_name = g_strdup (flow->suggested_name);
  export->flow.error_heading = g_strdup (flow->error_heading);
  export->flow.done_message = g_strdup (flow->done_message);
  g_set_weak_pointer (&export->parent, parent);
  export->context = context ? g_object_ref (context) : NULL;
  export->write = write;
  g_object_set_data_full (owner, "pln-export-flow", export, (GDestroyNotify) export_free);

  pln_choose_file (parent, GTK_FILE_CHOOSER_ACTION_SAVE, flow->chooser_title, _("_Export"),
                   flow->suggested_name, NULL, owner, file_chosen_cb);
}

static void
open_folder (GFile *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = folder ? g_file_get_uri (folder) : NULL;

  if (uri != NULL)
    g_app_info_launch_default_for_uri (uri, NULL, NULL);
}

static void
show_items_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GFile) file = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);

  /* No file manager on the bus: open the folder itself. */
  if (reply == NULL)
    open_folder (file);
}

/**
 * pln_show_in_folder:
 *
 * Shows @file selected in the file manager (org.freedesktop.FileManager1),
 * or opens its folder where there is none.
 */
void
pln_show_in_folder (GtkWidget *parent,
                    GFile     *file)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autofree char *uri = g_file_get_uri (file);
  const char *uris[] = { uri, NULL };

  if (bus == NULL)
    {
      open_folder (file);
      return;
    }

  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, show_items_cb, g_object_ref (file));
}
