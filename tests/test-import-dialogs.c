/* test-import-dialogs.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pln-agenda-import-dialog.h"
#include "pln-registration-import-dialog.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The two import dialogs as a user meets them: an agenda imported a
 * second time proposes to update the meeting the workspace has, says
 * what would change, and warns when a new meeting is chosen instead; a
 * registration system's export with columns Plenary does not import and
 * values that name no choice lists both, keeps those lines out until the
 * user says what a value means, and imports nothing on Cancel. With
 * PLN_SCREENSHOT_DIR set, each dialog is also drawn into a PNG there. */

/* ------------------------------------------------------------ helpers */

/* A PlnTestWidgetMatch: a row of a dialog by its title, of @data's type. */
typedef struct
{
  GType       type;
  const char *title;
} RowWanted;

static gboolean
is_row (GtkWidget     *widget,
        gconstpointer  data)
{
  const RowWanted *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) &&
         (wanted->type == ADW_TYPE_COMBO_ROW || !ADW_IS_COMBO_ROW (widget)) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), wanted->title) == 0;
}

static GtkWidget *
find_row (gpointer    dialog,
          GType       type,
          const char *title)
{
  RowWanted wanted = { type, title };

  return pln_test_find_widget (GTK_WIDGET (dialog), is_row, &wanted);
}

static const char *
selected_string (AdwComboRow *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  return item ? gtk_string_object_get_string (item) : NULL;
}

/* Shown, as the window shows it: closing a window never shown does
 * nothing. */
static gpointer
present (gpointer dialog)
{
  const char *width = g_getenv ("PLN_SCREENSHOT_WIDTH");

  if (g_getenv ("PLN_SCREENSHOT_DIR") != NULL)
    gtk_window_set_default_size (GTK_WINDOW (dialog), width ? atoi (width) : 1280, 800);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (pln_test_wait_mapped (dialog, 10000));
  return dialog;
}

/* Draws @dialog (shown at the width of $PLN_SCREENSHOT_WIDTH) into
 * $PLN_SCREENSHOT_DIR/$PLN_SCREENSHOT_PREFIX@name, when asked to. */
static void
maybe_screenshot (GtkWindow  *dialog,
                  const char *name)
{
  if (g_getenv ("PLN_SCREENSHOT_DIR") == NULL)
    return;

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (dialog), 10000));
  pln_test_save_screenshot (GTK_WIDGET (dialog), "%s%s", g_getenv ("PLN_SCREENSHOT_PREFIX") ?: "", name);
}

/* ------------------------------------------------------------ agenda */

typedef struct
{
  char         *folder;
  PlnStore     *store;
  PlnWorkspace *workspace;
  PlnContext   *context;
  char         *text;
} AgendaFixture;

static void
agenda_set_up (AgendaFixture *fixture,
               gconstpointer  data)
{
  g_autofree char *path = pln_test_data_path ("agenda-example.txt");
  g_autofree char *file_path = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_true (g_file_get_contents (path, &fixture->text, NULL, NULL));
  fixture->folder = pln_test_make_folder ();
  file_path = g_build_filename (fixture->folder, "workspace.json", NULL);
  file = g_file_new_for_path (file_path);
  fixture->store = pln_store_new (file);
  fixture->workspace = pln_workspace_new ();
  pln_store_set_workspace (fixture->store, fixture->workspace);
  fixture->context = pln_context_new (NULL, NULL);
  pln_context_set_store (fixture->context, fixture->store);
}

static void
agenda_tear_down (AgendaFixture *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->workspace);
  g_clear_pointer (&fixture->text, g_free);
  g_clear_pointer (&fixture->folder, g_free);
}

static PlnAgendaImportDialog *
open_agenda (AgendaFixture *fixture,
             PlnMeeting    *current)
{
  g_autoptr(GError) error = NULL;
  PlnAgendaImport *import = pln_agenda_import_new (fixture->text, strlen (fixture->text), &error);

  g_assert_no_error (error);
  return present (pln_agenda_import_dialog_new_for_context (NULL, fixture->context, import, fixture->text, current));
}

/* Imported twice: the second time the meeting the workspace has is the
 * default target, nothing would change, and a new meeting is only made
 * on purpose, with a warning; updating adds no meeting and is undone. */
static void
test_agenda_again (AgendaFixture *fixture,
                   gconstpointer  data)
{
  GListModel *meetings = pln_workspace_get_meetings (fixture->workspace);
  PlnAgendaImportDialog *dialog;
  PlnMeeting *first;
  AdwComboRow *target;
  GtkWidget *duplicate;
  GtkWidget *no_changes;
  guint n_items;

  /* The first time: a new meeting, as before. */
  dialog = open_agenda (fixture, NULL);
  target = ADW_COMBO_ROW (find_row (dialog, ADW_TYPE_COMBO_ROW, _("Import Into")));
  g_assert_cmpstr (selected_string (target), ==, _("A new meeting"));
  g_assert_null (find_row (dialog, ADW_TYPE_ACTION_ROW, _("No changes")));
  first = pln_agenda_import_dialog_apply (dialog);
  g_assert_nonnull (first);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  n_items = g_list_model_get_n_items (pln_meeting_get_agenda (first));

  /* Again: "Update Meeting 1 of …", proposed first, with no changes. */
  dialog = open_agenda (fixture, NULL);
  maybe_screenshot (GTK_WINDOW (dialog), "agenda-import-again.png");
  target = ADW_COMBO_ROW (find_row (dialog, ADW_TYPE_COMBO_ROW, _("Import Into")));
  g_assert_cmpuint (adw_combo_row_get_selected (target), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (target)), ==, 2);
  g_assert_true (g_str_has_prefix (selected_string (target), "Update Meeting ") ||
                 g_strcmp0 (_("Update Meeting %u of %s"), "Update Meeting %u of %s") != 0);
  no_changes = find_row (dialog, ADW_TYPE_ACTION_ROW, _("No changes"));
  g_assert_nonnull (no_changes);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (no_changes, ADW_TYPE_PREFERENCES_GROUP)));
  duplicate = find_row (dialog, ADW_TYPE_ACTION_ROW, _("The workspace already has this meeting"));
  g_assert_nonnull (duplicate);
  g_assert_true (!gtk_widget_get_visible (duplicate));

  /* A new meeting stays possible, but not silently. */
  adw_combo_row_set_selected (target, 0);
  g_assert_true (gtk_widget_get_visible (duplicate));
  g_assert_null (find_row (dialog, ADW_TYPE_ACTION_ROW, _("No changes")));
  adw_combo_row_set_selected (target, 1);
  g_assert_true (!gtk_widget_get_visible (duplicate));

  /* Updated: the same meeting, no second one, and Undo. */
  g_assert_true (pln_agenda_import_dialog_apply (dialog) == first);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_agenda (first)), ==, n_items);
  g_assert_cmpuint (pln_context_get_n_undo (fixture->context), ==, 2);
  g_assert_true (pln_context_undo (fixture->context));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_agenda (first)), ==, n_items);
  g_assert_true (pln_context_undo (fixture->context));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);
}

/* A revised agenda says what the update would change. */
static void
test_agenda_changes (AgendaFixture *fixture,
                     gconstpointer  data)
{
  PlnAgendaImportDialog *dialog;
  g_autofree char *revised = NULL;

  dialog = open_agenda (fixture, NULL);
  g_assert_nonnull (pln_agenda_import_dialog_apply (dialog));

  {
    g_auto(GStrv) parts = g_strsplit (fixture->text, "3. Adoption of the report.\n", 2);

    revised = g_strjoinv ("", parts);
  }
  g_free (fixture->text);
  fixture->text = g_steal_pointer (&revised);
  dialog = open_agenda (fixture, NULL);
  g_assert_true (find_row (dialog, ADW_TYPE_ACTION_ROW, "Item 3: removed") != NULL ||
                 g_strcmp0 (_("Item %s: removed"), "Item %s: removed") != 0);
  g_assert_null (find_row (dialog, ADW_TYPE_ACTION_ROW, _("No changes")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------ registrations */

static PlnRegistrationImportDialog *
open_registrations (PlnMeeting *meeting)
{
  g_autofree char *path = pln_test_data_path ("registrations-variants.csv");
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  PlnRegistrationImport *import;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  import = pln_registration_import_new (data, length, meeting, &error);
  g_assert_no_error (error);
  return present (pln_registration_import_dialog_new (NULL, meeting, import, "registrations-variants.csv"));
}

static PlnRegistration *
valid_named (PlnRegistrationImportDialog *dialog,
             const char                  *name)
{
  GPtrArray *valid = pln_registration_import_get_valid (pln_registration_import_dialog_get_import (dialog));

  for (guint i = 0; i < valid->len; i++)
    if (strstr (pln_registration_get_name (valid->pdata[i]), name) != NULL)
      return valid->pdata[i];

  return NULL;
}

/* "Badge" is listed as not imported; "Hybrid?" is a value to decide,
 * with its line; choosing "Online" brings that line in; Cancel imports
 * nothing. */
static void
test_registrations_variants (void)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  PlnRegistrationImportDialog *dialog = open_registrations (meeting);
  PlnRegistrationImport *import = pln_registration_import_dialog_get_import (dialog);
  GtkWidget *badge;
  GtkWidget *hybrid;
  guint n_valid;

  maybe_screenshot (GTK_WINDOW (dialog), "registrations-import.png");

  /* Listed as not imported, apart from its row among the columns. */
  badge = find_row (dialog, ADW_TYPE_ACTION_ROW, "Badge");
  g_assert_nonnull (badge);
  g_assert_true (gtk_widget_get_visible (badge));

  /* A value to decide, kept out until then, with its line. */
  hybrid = find_row (dialog, ADW_TYPE_COMBO_ROW, "Hybrid?");
  g_assert_nonnull (hybrid);
  g_assert_true (gtk_widget_get_visible (hybrid));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (hybrid)), "4"));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (hybrid)), ==, 0);
  g_assert_null (valid_named (dialog, "Chloé"));
  n_valid = pln_registration_import_get_valid (import)->len;

  /* Chosen as the user does, in the row: "Online". */
  adw_combo_row_set_selected (ADW_COMBO_ROW (hybrid), 1 + PLN_PARTICIPATION_MODE_ONLINE);
  g_assert_cmpuint (pln_registration_import_get_valid (import)->len, ==, n_valid + 1);
  g_assert_nonnull (valid_named (dialog, "Chloé"));
  g_assert_cmpint (pln_registration_get_mode (valid_named (dialog, "Chloé")), ==, PLN_PARTICIPATION_MODE_ONLINE);
  g_assert_nonnull (find_row (dialog, ADW_TYPE_COMBO_ROW, "Hybrid?"));

  /* Taken back: kept out again. */
  g_assert_true (pln_registration_import_dialog_choose (dialog, PLN_IMPORT_FIELD_MODE, "Hybrid?", -1));
  g_assert_null (valid_named (dialog, "Chloé"));
  g_assert_true (pln_registration_import_dialog_choose (dialog, PLN_IMPORT_FIELD_MODE, "Hybrid?",
                                                        PLN_PARTICIPATION_MODE_ONLINE));
  g_assert_false (pln_registration_import_dialog_choose (dialog, PLN_IMPORT_FIELD_MODE, "In person", 0));

  /* Cancel: nothing. */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (pln_test_wait_no_window (PLN_TYPE_REGISTRATION_IMPORT_DIALOG, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, 0);

  /* Again, applied: the lines decided come in, with their title. */
  dialog = open_registrations (meeting);
  g_assert_true (pln_registration_import_dialog_choose (dialog, PLN_IMPORT_FIELD_MODE, "Hybrid?",
                                                        PLN_PARTICIPATION_MODE_ONLINE));
  g_assert_true (pln_registration_import_dialog_apply (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, n_valid + 1);
  {
    g_autoptr(PlnRegistration) amina = g_list_model_get_item (pln_meeting_get_registrations (meeting), 0);

    g_assert_cmpstr (pln_registration_get_honorific (amina), ==, "Ms.");
  }
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init_language ();
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/import-dialogs/agenda-again", AgendaFixture, NULL, agenda_set_up, test_agenda_again, agenda_tear_down);
  g_test_add ("/import-dialogs/agenda-changes", AgendaFixture, NULL, agenda_set_up, test_agenda_changes,
              agenda_tear_down);
  g_test_add_func ("/import-dialogs/registrations-variants", test_registrations_variants);

  return g_test_run ();
}
