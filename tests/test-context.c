/* test-context.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pln-context.h"
#include "pln-export-flow.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* What pages are given instead of reaching up to the window: the undo
 * queue (newest first, emptied with the workspace), toasts, the clock; and
 * the one export flow, whose failure shows why and writes nothing. */

static void
count_toast_cb (PlnContext *context,
                AdwToast   *toast,
                guint      *n_toasts)
{
  (*n_toasts)++;
}

static void
undo_append (gpointer user_data)
{
  GString *log = g_object_get_data (G_OBJECT (user_data), "log");

  g_string_append (log, g_object_get_data (G_OBJECT (user_data), "name"));
}

static GObject *
named_edit (GString    *log,
            const char *name)
{
  GObject *edit = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data (edit, "log", log);
  g_object_set_data_full (edit, "name", g_strdup (name), g_free);
  return edit;
}

static void
test_undo_queue (void)
{
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(PlnStore) store = NULL;
  guint n_toasts = 0;
  GObject *third;

  g_signal_connect (context, "toast", G_CALLBACK (count_toast_cb), &n_toasts);

  pln_context_add_undo (context, "First", undo_append, named_edit (log, "1"), g_object_unref);
  pln_context_add_undo (context, "Second", undo_append, named_edit (log, "2"), g_object_unref);
  third = named_edit (log, "3");
  g_object_add_weak_pointer (third, (gpointer *) &third);
  pln_context_add_undo (context, "Third", undo_append, third, g_object_unref);
  g_assert_cmpuint (n_toasts, ==, 3);
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 3);

  /* Newest first; each edit's data is freed once it is undone. */
  g_assert_true (pln_context_undo (context));
  g_assert_cmpstr (log->str, ==, "3");
  g_assert_null (third);
  g_assert_true (pln_context_undo (context));
  g_assert_cmpstr (log->str, ==, "32");
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 1);

  /* Another workspace: what is left cannot be undone there. */
  {
    g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/workspace.json");

    store = pln_store_new (file);
  }
  pln_context_set_store (context, store);
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 0);
  g_assert_false (pln_context_undo (context));
  g_assert_cmpstr (log->str, ==, "32");
}

/* The one removal helper: the item comes back at its place. */
static void
test_remove_with_undo (void)
{
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  g_autoptr(GListStore) list = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GObject) middle = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) elsewhere = g_object_new (G_TYPE_OBJECT, NULL);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GObject) item = i == 1 ? g_object_ref (middle) : g_object_new (G_TYPE_OBJECT, NULL);

      g_list_store_append (list, item);
    }

  g_assert_false (pln_context_remove_with_undo (context, G_LIST_MODEL (list), elsewhere, "Removed"));
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 0);

  g_assert_true (pln_context_remove_with_undo (context, G_LIST_MODEL (list), middle, "Removed"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  {
    g_autoptr(GObject) back = g_list_model_get_item (G_LIST_MODEL (list), 1);

    g_assert_true (back == middle);
  }
}

static GDateTime *
fixed_now (gpointer user_data)
{
  return g_date_time_new_local (2023, 10, 5, 17, 59, 30);
}

static void
test_clock (void)
{
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  g_autoptr(GDateTime) now = NULL;

  pln_context_set_clock (context, fixed_now, NULL);
  now = pln_context_dup_now (context);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 17);
  g_assert_cmpint (g_date_time_get_minute (now), ==, 59);
}

static gboolean
write_agenda (GObject  *owner,
              GFile    *file,
              GError  **error)
{
  g_autoptr(PlnDocument) document = pln_document_new ("Provisional agenda");

  pln_document_add_title (document, "Provisional agenda");
  pln_document_add_paragraph (document, "1. Organizational matters.", PLN_TEXT_PLAIN);
  return pln_document_export (document, PLN_DOCUMENT_FORMAT_TEXT, file, NULL, error);
}

static AdwMessageDialog *
find_alert (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return l->data;
  return NULL;
}

static gboolean
alert_shown (gpointer user_data)
{
  AdwMessageDialog *alert = find_alert ();

  return alert != NULL && gtk_widget_get_mapped (GTK_WIDGET (alert));
}

/* A folder that cannot be written (a file stands where the folder should
 * be, which no permission lets anyone write into): the alert says why, no
 * toast claims success, nothing is written. Then a folder that can be. */
static void
test_export_flow (void)
{
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  g_autofree char *not_a_folder = g_build_filename (g_get_user_data_dir (), "not-a-folder", NULL);
  g_autofree char *target = g_build_filename (not_a_folder, "agenda.txt", NULL);
  g_autofree char *good = g_build_filename (g_get_user_data_dir (), "agenda.txt", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (target);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *button = gtk_button_new_with_label ("Export");
  const PlnExportFlow flow = {
    .chooser_title = "Export Agenda",
    .suggested_name = "agenda.txt",
    .error_heading = "The Agenda Could Not Be Exported",
    .done_message = "Agenda exported",
  };
  AdwMessageDialog *alert;
  guint n_toasts = 0;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (not_a_folder, "a file", -1, NULL));
  gtk_window_set_child (window, button);
  gtk_window_present (window);
  g_signal_connect (context, "toast", G_CALLBACK (count_toast_cb), &n_toasts);

  g_assert_false (pln_export_flow_write (&flow, button, context, G_OBJECT (button), write_agenda, bad_file));
  g_assert_true (pln_test_wait_until (alert_shown, NULL, 10000));
  alert = find_alert ();
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, "The Agenda Could Not Be Exported");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (alert), "agenda.txt"));
  g_assert_cmpuint (n_toasts, ==, 0);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (not_a_folder, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "a file");
  }
  adw_message_dialog_response (alert, "close");
  gtk_window_destroy (GTK_WINDOW (alert));

  /* Written: a toast, which offers to open it. */
  g_assert_true (pln_export_flow_write (&flow, button, context, G_OBJECT (button), write_agenda, good_file));
  g_assert_cmpuint (n_toasts, ==, 1);
  g_assert_true (g_file_test (good, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/context/undo-queue", test_undo_queue);
  g_test_add_func ("/context/remove-with-undo", test_remove_with_undo);
  g_test_add_func ("/context/clock", test_clock);
  g_test_add_func ("/context/export-flow", test_export_flow);

  return g_test_run ();
}
