/* test-registrations-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "pln-registration-import-dialog.h"
#include "pln-registrations-page-private.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The Registrations page in a window under Xvfb: the search filters as it
 * is typed, a column sorts, a cell edits its registration, Ctrl+Z undoes
 * edits, bulk changes and a removal through the context's one undo queue,
 * the import dialog adds nothing until confirmed, the CSV export reads
 * back, and the summary follows the registrations, not the workspace's
 * "changed". The people are invented. */

/* The columns of the cells looked at: the title comes before the name. */
#define NAME_COLUMN 1
#define DELEGATION_COLUMN 2
#define STATUS_COLUMN 6

typedef struct
{
  GtkWindow            *window;
  PlnRegistrationsPage *page;
  PlnMeeting           *meeting;
  PlnContext           *context;
  guint                 n_toasts;
} Fixture;

static gboolean
n_shown_is (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (pln_registrations_page_get_shown (args[0])) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_shown (PlnRegistrationsPage *page,
                guint                 n)
{
  gpointer args[] = { page, GUINT_TO_POINTER (n) };

  if (!pln_test_wait_until (n_shown_is, args, 5000))
    {
      GListModel *shown = pln_registrations_page_get_shown (page);

      for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
        {
          g_autoptr(PlnRegistration) reg = g_list_model_get_item (shown, i);

          g_test_message ("shown: %s", pln_registration_get_name (reg));
        }
      g_error ("%u registrations shown, %u expected", g_list_model_get_n_items (shown), n);
    }
}

static void
add_people (PlnMeeting *meeting)
{
  static const struct { const char *name, *delegation, *email; PlnRegistrationCategory category; } people[] = {
    { "Zoë Ostrova", "Examplestan", "zoe@example.org", PLN_REGISTRATION_CATEGORY_STATE_PARTY },
    { "Élodie Martin", "Republic of Sample", "elodie@example.org", PLN_REGISTRATION_CATEGORY_STATE_PARTY },
    { "Ahmed Nasser", "Testland", "ahmed@example.org", PLN_REGISTRATION_CATEGORY_OBSERVER_STATE },
    { "Bea Sample", "Examplestan", "bea@example.org", PLN_REGISTRATION_CATEGORY_STATE_PARTY },
    { "Chen Li", "Placeholdia", NULL, PLN_REGISTRATION_CATEGORY_IGO },
    { "Dmitri Test", "Civil Society Example", "dmitri@example.org", PLN_REGISTRATION_CATEGORY_NGO },
  };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(PlnRegistration) reg = pln_registration_new ();

      pln_registration_set_name (reg, people[i].name);
      pln_registration_set_delegation (reg, people[i].delegation);
      pln_registration_set_email (reg, people[i].email);
      pln_registration_set_category (reg, people[i].category);
      pln_registration_set_mode (reg, i % 2 ? PLN_PARTICIPATION_MODE_ONLINE : PLN_PARTICIPATION_MODE_IN_PERSON);
      pln_meeting_append_registration (meeting, reg);
    }
}

static void
toast_cb (PlnContext *context,
          AdwToast   *toast,
          Fixture    *fixture)
{
  fixture->n_toasts++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->meeting = pln_meeting_new ();
  add_people (fixture->meeting);
  /* The window's context: its undo queue is the one Ctrl+Z reverts. */
  fixture->context = pln_context_new (NULL, NULL);
  g_signal_connect (fixture->context, "toast", G_CALLBACK (toast_cb), fixture);

  fixture->page = g_object_new (PLN_TYPE_REGISTRATIONS_PAGE, "context", fixture->context, NULL);
  fixture->window = pln_test_show_page (fixture->page, fixture->meeting, 1100, 700);
}

/* The page holds the meeting for as long as it lives; the context's
 * edits hold it too. */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_assert_finalize_object (g_steal_pointer (&fixture->meeting));
}

static GtkColumnViewColumn *
column_by_id (PlnRegistrationsPage *page,
              const char           *id)
{
  GListModel *columns = gtk_column_view_get_columns (pln_registrations_page_get_column_view (page));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "pln-column-id"), id) == 0)
        return column;
    }

  g_assert_not_reached ();
}

static PlnRegistration *
shown_at (PlnRegistrationsPage *page,
          guint                 position)
{
  PlnRegistration *reg = g_list_model_get_item (pln_registrations_page_get_shown (page), position);

  g_object_unref (reg);
  return reg;
}

static void
test_filter_by_typing (Fixture       *fixture,
                       gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GtkEditable *search = GTK_EDITABLE (page->search_entry);

  wait_for_shown (page, 6);

  /* Letter by letter, as typed: the search entry waits for a pause. */
  gtk_editable_set_text (search, "e");
  gtk_editable_set_text (search, "ex");
  gtk_editable_set_text (search, "exa");
  /* Examplestan twice, and every example.org address. */
  wait_for_shown (page, 5);
  gtk_editable_set_text (search, "examplestan");
  wait_for_shown (page, 2);

  /* Accents and case do not matter; the e-mail is searched too. */
  gtk_editable_set_text (search, "ELODIE");
  wait_for_shown (page, 1);
  g_assert_cmpstr (pln_registration_get_name (shown_at (page, 0)), ==, "Élodie Martin");
  gtk_editable_set_text (search, "zoe@");
  wait_for_shown (page, 1);

  gtk_editable_set_text (search, "nobody at all");
  wait_for_shown (page, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "no-match");

  /* With the drop-downs: category, then participation. */
  gtk_editable_set_text (search, "");
  wait_for_shown (page, 6);
  gtk_drop_down_set_selected (page->category_filter, 1 + PLN_REGISTRATION_CATEGORY_STATE_PARTY);
  wait_for_shown (page, 3);
  gtk_drop_down_set_selected (page->mode_filter, 1 + PLN_PARTICIPATION_MODE_ONLINE);
  wait_for_shown (page, 2);
  g_assert_cmpstr (pln_registration_get_name (shown_at (page, 0)), ==, "Élodie Martin");
  g_assert_cmpstr (pln_registration_get_name (shown_at (page, 1)), ==, "Bea Sample");
  g_assert_nonnull (strstr (pln_registrations_page_get_summary (page), "2 shown"));
  gtk_drop_down_set_selected (page->category_filter, 0);
  gtk_drop_down_set_selected (page->mode_filter, 0);
  wait_for_shown (page, 6);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GtkColumnView *view = pln_registrations_page_get_column_view (page);
  GListModel *shown = pln_registrations_page_get_shown (page);

  gtk_column_view_sort_by_column (view, column_by_id (page, "name"), GTK_SORT_ASCENDING);
  /* Accents and case aside, whatever the locale: É with the E's. */
  {
    static const char * const order[] = {
      "Ahmed Nasser", "Bea Sample", "Chen Li", "Dmitri Test", "Élodie Martin", "Zoë Ostrova",
    };

    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, G_N_ELEMENTS (order));
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      g_assert_cmpstr (pln_registration_get_name (shown_at (page, i)), ==, order[i]);
  }

  gtk_column_view_sort_by_column (view, column_by_id (page, "name"), GTK_SORT_DESCENDING);
  g_assert_cmpstr (pln_registration_get_name (shown_at (page, 0)), ==, "Zoë Ostrova");

  /* Categories in their order, not the alphabet's. */
  gtk_column_view_sort_by_column (view, column_by_id (page, "category"), GTK_SORT_DESCENDING);
  g_assert_cmpint (pln_registration_get_category (shown_at (page, 0)), ==, PLN_REGISTRATION_CATEGORY_NGO);
  g_assert_cmpint (pln_registration_get_category (shown_at (page, 5)), ==, PLN_REGISTRATION_CATEGORY_STATE_PARTY);

  /* A search keeps the order. */
  gtk_column_view_sort_by_column (view, column_by_id (page, "delegation"), GTK_SORT_ASCENDING);
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "example.org");
  wait_for_shown (page, 5);
  g_assert_cmpstr (pln_registration_get_delegation (shown_at (page, 0)), ==, "Civil Society Example");
}

static guint
position_of (PlnRegistrationsPage *page,
             PlnRegistration      *reg)
{
  GListModel *shown = pln_registrations_page_get_shown (page);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    if (shown_at (page, i) == reg)
      return i;

  g_assert_not_reached ();
}

static void
type_in_cell (PlnRegistrationsPage *page,
              PlnRegistration      *reg,
              const char           *column,
              const char           *text)
{
  g_assert_true (pln_registrations_page_edit_cell (page, position_of (page, reg), column));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->editor)));
  gtk_editable_set_text (GTK_EDITABLE (page->editor_entry), text);
  g_signal_emit_by_name (page->editor_entry, "activate");
}

static void
choose_in_cell (PlnRegistrationsPage *page,
                PlnRegistration      *reg,
                const char           *column,
                int                   choice)
{
  g_assert_true (pln_registrations_page_edit_cell (page, position_of (page, reg), column));
  g_signal_emit_by_name (page->editor_choices, "row-activated",
                         gtk_list_box_get_row_at_index (page->editor_choices, choice));
}

/* The cell of @reg in @column, as on screen, or %NULL. */
static GtkWidget *
cell_widget (PlnRegistrationsPage *page,
             PlnRegistration      *reg,
             guint                 column)
{
  GtkWidget *view = GTK_WIDGET (pln_registrations_page_get_column_view (page));
  GPtrArray *stack = g_ptr_array_new ();
  GtkWidget *found = NULL;

  g_ptr_array_add (stack, view);
  while (stack->len > 0 && found == NULL)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
      PlnRegistrationSlot *slot = g_object_get_data (G_OBJECT (w), "slot");

      if (GTK_IS_INSCRIPTION (w) && slot != NULL && pln_registration_slot_get_registration (slot) == reg &&
          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (w), "column")) == column)
        found = w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }

  g_ptr_array_unref (stack);
  return found;
}

/* The text a cell of @reg shows in @column, as on screen. */
static const char *
cell_text (PlnRegistrationsPage *page,
           PlnRegistration      *reg,
           guint                 column)
{
  GtkWidget *cell = cell_widget (page, reg, column);

  return cell ? gtk_inscription_get_text (GTK_INSCRIPTION (cell)) : NULL;
}

typedef struct
{
  PlnRegistrationsPage *page;
  PlnRegistration      *reg;
  guint                 column;
  const char           *text;
} CellShows;

/* The rows are made when the column view is laid out. */
static gboolean
cell_shows (gpointer user_data)
{
  CellShows *wanted = user_data;

  return g_strcmp0 (cell_text (wanted->page, wanted->reg, wanted->column), wanted->text) == 0;
}

static void
test_edit_cells_and_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  g_autoptr(PlnRegistration) bea = g_list_model_get_item (pln_meeting_get_registrations (fixture->meeting), 3);

  pln_test_wait_until (cell_shows, &(CellShows) { page, bea, NAME_COLUMN, "Bea Sample" }, 10000);
  g_assert_cmpstr (cell_text (page, bea, NAME_COLUMN), ==, "Bea Sample");

  /* Typed into the cell's editor and confirmed with Enter. */
  type_in_cell (page, bea, "name", "Beatrice Sample");
  g_assert_cmpstr (pln_registration_get_name (bea), ==, "Beatrice Sample");
  g_assert_cmpstr (cell_text (page, bea, NAME_COLUMN), ==, "Beatrice Sample");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->editor)));

  /* A name cannot be emptied: the editor stays, saying why. */
  type_in_cell (page, bea, "name", "  ");
  g_assert_cmpstr (pln_registration_get_name (bea), ==, "Beatrice Sample");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->editor_problem)));
  gtk_popover_popdown (page->editor);

  /* A drop-down's choice, and the link sent. */
  choose_in_cell (page, bea, "status", PLN_REGISTRATION_STATUS_CONFIRMED);
  g_assert_cmpint (pln_registration_get_status (bea), ==, PLN_REGISTRATION_STATUS_CONFIRMED);
  g_assert_cmpstr (cell_text (page, bea, STATUS_COLUMN), ==, "Confirmed");
  choose_in_cell (page, bea, "link-sent", 1);
  g_assert_true (pln_registration_get_link_sent (bea));

  /* Ctrl+Z, newest first. */
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.undo", NULL);
  g_assert_false (pln_registration_get_link_sent (bea));
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.undo", NULL);
  g_assert_cmpint (pln_registration_get_status (bea), ==, PLN_REGISTRATION_STATUS_REQUESTED);
  g_assert_cmpstr (cell_text (page, bea, STATUS_COLUMN), ==, "Requested");
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.undo", NULL);
  g_assert_cmpstr (pln_registration_get_name (bea), ==, "Bea Sample");
  g_assert_cmpstr (cell_text (page, bea, NAME_COLUMN), ==, "Bea Sample");
  g_assert_false (pln_registrations_page_undo (page));

  /* An e-mail that is not one is refused. */
  type_in_cell (page, bea, "email", "bea at example");
  g_assert_cmpstr (pln_registration_get_email (bea), ==, "bea@example.org");
  gtk_popover_popdown (page->editor);

  /* Sorted by name, the edited row moves and the rows show it. */
  gtk_column_view_sort_by_column (pln_registrations_page_get_column_view (page), column_by_id (page, "name"),
                                  GTK_SORT_ASCENDING);
  type_in_cell (page, bea, "name", "Zygmunt Sample");
  gtk_column_view_sort_by_column (pln_registrations_page_get_column_view (page), column_by_id (page, "name"),
                                  GTK_SORT_DESCENDING);
  g_assert_true (shown_at (page, 0) == bea);
}

static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GListModel *registrations = pln_meeting_get_registrations (fixture->meeting);
  GtkSelectionModel *selection = pln_registrations_page_get_selection (page);
  g_autoptr(PlnRegistration) first = g_list_model_get_item (registrations, 0);
  g_autoptr(GdkClipboard) clipboard = NULL;

  /* The State parties, all confirmed at once, then undone. */
  gtk_drop_down_set_selected (page->category_filter, 1 + PLN_REGISTRATION_CATEGORY_STATE_PARTY);
  wait_for_shown (page, 3);
  gtk_selection_model_select_all (selection);
  g_assert_true (gtk_action_bar_get_revealed (page->selection_bar));
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.set-status", "s", "confirmed");
  g_assert_cmpint (pln_registration_get_status (first), ==, PLN_REGISTRATION_STATUS_CONFIRMED);
  g_assert_nonnull (strstr (pln_registrations_page_get_summary (page), "3 confirmed, 3 requested"));
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.mark-link-sent", NULL);
  g_assert_true (pln_registration_get_link_sent (first));
  pln_registrations_page_undo (page);
  pln_registrations_page_undo (page);
  g_assert_false (pln_registration_get_link_sent (first));
  g_assert_cmpint (pln_registration_get_status (first), ==, PLN_REGISTRATION_STATUS_REQUESTED);

  /* Their addresses, as an e-mail program takes them. */
  gtk_selection_model_select_all (selection);
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.copy-emails", "b", TRUE);

  /* Removed, then back in their places. */
  gtk_selection_model_select_all (selection);
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.remove-selected", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 3);
  wait_for_shown (page, 0);
  pln_registrations_page_undo (page);
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 6);
  {
    g_autoptr(PlnRegistration) again = g_list_model_get_item (registrations, 0);
    g_autoptr(PlnRegistration) bea = g_list_model_get_item (registrations, 3);

    g_assert_true (again == first);
    g_assert_cmpstr (pln_registration_get_name (bea), ==, "Bea Sample");
  }
  wait_for_shown (page, 3);
}

static void
test_import_and_export (Fixture       *fixture,
                        gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GListModel *registrations = pln_meeting_get_registrations (fixture->meeting);
  g_autofree char *path = pln_test_data_path ("registrations.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out_path = g_build_filename (g_get_user_data_dir (), "registrations-out.csv", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  PlnRegistrationImportDialog *dialog;
  GStatBuf st;

  /* Cancelled: nothing changes. */
  g_assert_true (pln_registrations_page_import_file (page, file, &error));
  g_assert_no_error (error);
  dialog = PLN_REGISTRATION_IMPORT_DIALOG (gtk_window_get_toplevels ()
                                           ? g_list_model_get_item (gtk_window_get_toplevels (), 1) : NULL);
  g_assert_true (PLN_IS_REGISTRATION_IMPORT_DIALOG (dialog));
  g_object_unref (dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  pln_test_wait_no_window (PLN_TYPE_REGISTRATION_IMPORT_DIALOG, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 6);

  /* Confirmed: the four good lines, then undone as one. */
  g_assert_true (pln_registrations_page_import_file (page, file, &error));
  dialog = g_list_model_get_item (gtk_window_get_toplevels (), 1);
  g_object_unref (dialog);
  g_assert_true (pln_registration_import_dialog_apply (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 10);
  wait_for_shown (page, 10);
  g_assert_true (pln_registrations_page_undo (page));
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 6);

  /* What is shown, as CSV readable by its owner only, reads back. */
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "examplestan");
  wait_for_shown (page, 2);
  g_assert_true (pln_registrations_page_export_csv_to (page, out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (out_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *text = NULL;
    gsize length;
    g_autoptr(PlnMeeting) other = pln_meeting_new ();
    g_autoptr(PlnRegistrationImport) back = NULL;

    g_assert_true (g_file_get_contents (out_path, &text, &length, NULL));
    back = pln_registration_import_new (text, length, other, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (pln_registration_import_get_problems (back)->len, ==, 0);
    g_assert_cmpuint (pln_registration_import_apply (back, PLN_DUPLICATES_SKIP), ==, 2);
  }
}

/* The named action a shortcut of the page's class runs for @trigger. */
static const char *
shortcut_action (PlnRegistrationsPage *page,
                 const char           *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (page));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_str_equal (text, trigger) && GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }

  return NULL;
}

static gboolean
is_entry_row (GtkWidget     *widget,
              gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The title (Ms., Mr.) before the name: a column of its own, a field of
 * the dialog; Insert adds a registration (Ctrl+N is New Meeting). */
static void
test_title_and_insert (Fixture       *fixture,
                       gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GListModel *registrations = pln_meeting_get_registrations (fixture->meeting);
  g_autoptr(PlnRegistration) bea = g_list_model_get_item (registrations, 3);
  PlnRegistrationDialog *dialog;
  GtkWidget *title_row;

  pln_registration_set_honorific (bea, "Ms.");
  g_assert_true (pln_test_wait_until (cell_shows, &(CellShows) { page, bea, 0, "Ms." }, 10000));
  g_assert_cmpstr (gtk_column_view_column_get_title (column_by_id (page, "honorific")), ==, "Title");

  g_assert_cmpstr (shortcut_action (page, "Insert"), ==, "registrations.add");
  g_assert_null (shortcut_action (page, "<Control>n"));

  /* Added with its title, and undone. */
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.add", NULL);
  dialog = PLN_REGISTRATION_DIALOG (pln_test_find_toplevel (PLN_TYPE_REGISTRATION_DIALOG));
  g_assert_nonnull (dialog);
  title_row = pln_test_find_widget (GTK_WIDGET (dialog), is_entry_row, "Title");
  g_assert_nonnull (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "H.E. Mr.");
  gtk_editable_set_text (GTK_EDITABLE (pln_test_find_widget (GTK_WIDGET (dialog), is_entry_row, "Name")),
                         "Farid Example");
  g_assert_true (pln_registration_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 7);
  {
    g_autoptr(PlnRegistration) added = g_list_model_get_item (registrations, 6);

    g_assert_cmpstr (pln_registration_get_honorific (added), ==, "H.E. Mr.");
  }

  /* Edited in the dialog, and undone as one. */
  dialog = pln_registrations_page_open_dialog (page, bea);
  title_row = pln_test_find_widget (GTK_WIDGET (dialog), is_entry_row, "Title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Ms.");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Dr.");
  g_assert_true (pln_registration_dialog_save (dialog));
  g_assert_cmpstr (pln_registration_get_honorific (bea), ==, "Dr.");
  g_assert_true (pln_registrations_page_undo (page));
  g_assert_cmpstr (pln_registration_get_honorific (bea), ==, "Ms.");
  g_assert_true (pln_registrations_page_undo (page));
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 6);
}

static void
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* The page's edits are in the context's one queue with the others: the
 * newest first, whichever made it; only removals and imports toast. */
static void
test_one_undo_queue (Fixture       *fixture,
                     gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  PlnContext *context = fixture->context;
  g_autoptr(PlnRegistration) bea = g_list_model_get_item (pln_meeting_get_registrations (fixture->meeting), 3);
  gboolean other_undone = FALSE;

  pln_test_wait_until (cell_shows, &(CellShows) { page, bea, NAME_COLUMN, "Bea Sample" }, 10000);

  type_in_cell (page, bea, "name", "Beatrice Sample");
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 1);
  pln_context_add_undo (context, "Meeting removed", set_flag, &other_undone, NULL);
  g_assert_cmpuint (fixture->n_toasts, ==, 1);
  choose_in_cell (page, bea, "status", PLN_REGISTRATION_STATUS_CONFIRMED);
  g_assert_cmpuint (pln_context_get_n_undo (context), ==, 3);
  /* A cell typed in does not toast. */
  g_assert_cmpuint (fixture->n_toasts, ==, 1);

  /* Ctrl+Z anywhere (win.undo) is pln_context_undo (). */
  g_assert_true (pln_context_undo (context));
  g_assert_cmpint (pln_registration_get_status (bea), ==, PLN_REGISTRATION_STATUS_REQUESTED);
  g_assert_cmpstr (cell_text (page, bea, STATUS_COLUMN), ==, "Requested");
  g_assert_true (pln_context_undo (context));
  g_assert_true (other_undone);
  g_assert_cmpstr (pln_registration_get_name (bea), ==, "Beatrice Sample");
  g_assert_true (pln_context_undo (context));
  g_assert_cmpstr (pln_registration_get_name (bea), ==, "Bea Sample");
  g_assert_cmpstr (cell_text (page, bea, NAME_COLUMN), ==, "Bea Sample");
  g_assert_false (pln_context_undo (context));

  /* A removal toasts, with Undo. */
  gtk_selection_model_select_item (pln_registrations_page_get_selection (page), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (page), "registrations.remove-selected", NULL);
  g_assert_cmpuint (fixture->n_toasts, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (fixture->meeting)), ==, 5);
  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (fixture->meeting)), ==, 6);
}

static gboolean
summary_has (gpointer data)
{
  gpointer *args = data;

  return strstr (pln_registrations_page_get_summary (args[0]), args[1]) != NULL;
}

static void
wait_for_summary (PlnRegistrationsPage *page,
                  const char           *text)
{
  gpointer args[] = { page, (gpointer) text };

  if (!pln_test_wait_until (summary_has, args, 5000))
    g_error ("The summary is “%s”, without “%s”", pln_registrations_page_get_summary (page), text);
}

/* The summary follows the registrations themselves, changed from outside
 * the page, once per burst of changes; the workspace's "changed" is not
 * news to the page. */
static void
test_summary_follows_registrations (Fixture       *fixture,
                                    gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GListModel *registrations = pln_meeting_get_registrations (fixture->meeting);
  g_autoptr(PlnWorkspace) workspace = pln_workspace_new ();
  guint n_refreshes;

  pln_workspace_append_meeting (workspace, fixture->meeting);
  wait_for_summary (page, "0 confirmed, 6 requested");
  g_assert_cmpuint (page->refresh.source, ==, 0);
  n_refreshes = pln_registrations_page_get_n_refreshes (page);

  g_signal_emit_by_name (workspace, "changed");
  g_assert_cmpuint (page->refresh.source, ==, 0);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);

      pln_registration_set_status (reg, PLN_REGISTRATION_STATUS_CONFIRMED);
    }
  g_assert_cmpuint (page->refresh.source, !=, 0);
  wait_for_summary (page, "3 confirmed, 3 requested");
  g_assert_cmpuint (pln_registrations_page_get_n_refreshes (page), ==, n_refreshes + 1);

  /* A registration added to the list is counted, and then listened to. */
  {
    g_autoptr(PlnRegistration) reg = pln_registration_new ();

    pln_registration_set_name (reg, "Fatima Example");
    pln_meeting_append_registration (fixture->meeting, reg);
    wait_for_summary (page, "3 confirmed, 4 requested");
    pln_registration_set_status (reg, PLN_REGISTRATION_STATUS_CONFIRMED);
    wait_for_summary (page, "4 confirmed, 3 requested");
    pln_meeting_remove_registration (fixture->meeting, reg);
    wait_for_summary (page, "3 confirmed, 3 requested");
  }

  /* A registration no longer in the list is not listened to. */
  {
    g_autoptr(PlnRegistration) first = g_list_model_get_item (registrations, 0);

    pln_meeting_remove_registration (fixture->meeting, first);
    wait_for_summary (page, "2 confirmed, 3 requested");
    pln_registration_set_status (first, PLN_REGISTRATION_STATUS_REQUESTED);
    g_assert_cmpuint (page->refresh.source, ==, 0);
  }
}

/* With PLN_SCREENSHOT_DIR set, the page with a synthetic meeting's 300
 * registrations is drawn into a PNG there, to be looked at (run with
 * LANGUAGE=ar and LANG=ar_EG.UTF-8 for the right-to-left layout). */
static void
pending_changed_cb (PlnRegistrationRows *rows,
                    GParamSpec          *pspec,
                    gboolean            *done)
{
  *done = pln_registration_rows_get_pending (rows) == 0;
}

static gboolean
timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until every registration shown has its row. */
static void
wait_no_pending (PlnRegistrationsPage *page)
{
  gboolean done = pln_registration_rows_get_pending (page->rows) == 0;
  gboolean timed_out = FALSE;
  gulong handler = g_signal_connect (page->rows, "notify::pending", G_CALLBACK (pending_changed_cb), &done);
  guint timeout = g_timeout_add_seconds (30, timed_out_cb, &timed_out);

  while (!done && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_signal_handler_disconnect (page->rows, handler);
}

static void
search_now (PlnRegistrationsPage *page,
            const char           *text)
{
  /* Without the entry's pause, as a keystroke after it. */
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), text);
  g_signal_emit_by_name (page->search_entry, "search-changed");
}

/* Person 0 to Person 299 beside the fixture's six, every one with its row. */
static void
add_persons (Fixture *fixture)
{
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(PlnRegistration) reg = pln_registration_new ();
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      pln_registration_set_name (reg, name);
      pln_meeting_append_registration (fixture->meeting, reg);
    }
  wait_for_shown (fixture->page, 306);
  wait_no_pending (fixture->page);
}

/* The registration a row shows. */
static PlnRegistration *
row_shows (PlnRegistrationsPage *page,
           guint                 position)
{
  g_autoptr(PlnRegistrationSlot) slot = g_list_model_get_item (G_LIST_MODEL (page->rows), position);

  return pln_registration_slot_get_registration (slot);
}

/* Every row from @from to @to shows the registration at its place. */
static void
assert_rows_show (PlnRegistrationsPage *page,
                  guint                 from,
                  guint                 to)
{
  for (guint i = from; i < to; i++)
    g_assert_true (row_shows (page, i) == shown_at (page, i));
}

/* A search that narrows takes the rows away a few a frame, blank until
 * then; one that widens gives the list its rows a few a frame: the count
 * is right at once, and the selection stays on its registration while
 * its row is still to come. */
static void
test_rows_a_frame_at_a_time (Fixture       *fixture,
                             gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GtkSelectionModel *selection = pln_registrations_page_get_selection (page);
  GListModel *rows = G_LIST_MODEL (page->rows);
  g_autoptr(GtkBitset) selected = NULL;

  add_persons (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 306);

  /* Person 280 and 28, 281…289: the rows past them blank, then gone a
   * few a frame. */
  search_now (page, "person 28");
  g_assert_cmpuint (g_list_model_get_n_items (pln_registrations_page_get_shown (page)), ==, 11);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 11);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, 306);
  g_assert_cmpuint (pln_registration_rows_get_pending (page->rows), >, 0);
  assert_rows_show (page, 0, 11);
  for (guint i = 11; i < 40; i++)
    g_assert_null (row_shows (page, i));
  g_assert_nonnull (strstr (pln_registrations_page_get_summary (page), "11 shown"));
  gtk_selection_model_select_all (selection);
  {
    g_autoptr(GListStore) all = pln_registrations_page_dup_selected (page);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 11);
    g_assert_cmpstr (gtk_label_get_text (page->selection_label), ==, "11 selected");
  }
  gtk_selection_model_unselect_all (selection);
  wait_no_pending (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 11);
  g_assert_cmpstr (pln_registration_get_name (shown_at (page, 1)), ==, "Person 280");
  gtk_selection_model_select_item (selection, 1, TRUE);

  search_now (page, "person");
  g_assert_cmpuint (pln_registration_rows_get_pending (page->rows), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, 300);
  g_assert_cmpuint (g_list_model_get_n_items (pln_registrations_page_get_shown (page)), ==, 300);
  g_assert_nonnull (strstr (pln_registrations_page_get_summary (page), "300 shown"));

  wait_no_pending (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 300);
  g_assert_cmpstr (pln_registration_get_name (shown_at (page, 280)), ==, "Person 280");
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
  g_assert_true (gtk_bitset_contains (selected, 280));

  /* The page goes with every row selected: its rows let the selection go
   * first. */
  gtk_selection_model_select_all (selection);
}

/* Scrolls the table to about @row, once it is on screen, and waits for
 * the frame that shows it there. */
static void
scroll_to_row (PlnRegistrationsPage *page,
               guint                 row)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (page->column_view));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (page->rows));

  g_assert_true (pln_test_wait_painted (GTK_WIDGET (page), 10000));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * row / n);
  g_assert_true (pln_test_wait_painted (GTK_WIDGET (page), 10000));
}

/* A search that changes what every row shows: the first screenful at
 * once, the rows further down over the next frames, counted as pending;
 * then every row shows its registration. */
static void
test_rows_shown_a_frame_at_a_time (Fixture       *fixture,
                                   gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GListModel *rows = G_LIST_MODEL (page->rows);

  add_persons (fixture);
  g_assert_true (pln_test_wait_painted (GTK_WIDGET (page), 10000));

  /* Person 1, 10…19, 100…199: every row from the second on shows another. */
  search_now (page, "person 1");
  assert_rows_show (page, 0, 30);
  g_assert_cmpuint (pln_registration_rows_get_pending (page->rows), >, 0);

  wait_no_pending (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 111);
  assert_rows_show (page, 0, g_list_model_get_n_items (rows));

  /* Scrolled down to about row 150 of 306: the rows there first. */
  search_now (page, "");
  wait_no_pending (page);
  scroll_to_row (page, 150);
  search_now (page, "person");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 300);
  assert_rows_show (page, 150, 170);
  wait_no_pending (page);
  assert_rows_show (page, 0, g_list_model_get_n_items (rows));

  /* Scrolled down to about row 250 of 300, a search that leaves 111:
   * the list shows its end, whose rows are right at once. */
  scroll_to_row (page, 250);
  search_now (page, "person 1");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 111);
  assert_rows_show (page, 90, 111);
  wait_no_pending (page);
}

/* The middle of @cell, in the table's coordinates. */
static graphene_point_t
middle_of (PlnRegistrationsPage *page,
           GtkWidget            *cell)
{
  GtkWidget *view = GTK_WIDGET (pln_registrations_page_get_column_view (page));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (cell, view,
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (cell) / 2.0,
                                                                 gtk_widget_get_height (cell) / 2.0),
                                           &point));
  return point;
}

/* The table's own gesture for its cells. */
static GtkEventController *
cell_gesture (PlnRegistrationsPage *page)
{
  GtkWidget *view = GTK_WIDGET (pln_registrations_page_get_column_view (page));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          g_signal_handler_find (controller, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, page) != 0)
        return controller;
    }

  g_assert_not_reached ();
}

/* A press of the @n_press-th click on @pressed, released on @released, as
 * the table's gesture for cells gets it. */
static void
click_cells (PlnRegistrationsPage *page,
             GtkWidget            *pressed,
             GtkWidget            *released,
             int                   n_press)
{
  GtkEventController *gesture = cell_gesture (page);
  graphene_point_t down = middle_of (page, pressed);
  graphene_point_t up = middle_of (page, released);

  g_signal_emit_by_name (gesture, "pressed", n_press, (double) down.x, (double) down.y);
  g_signal_emit_by_name (gesture, "released", n_press, (double) up.x, (double) up.y);
}

/* A click on a cell of a selected row edits it; on another row, it does
 * not (the row selects itself). The clicks are given to the table's
 * gesture; xdotool's real clicks showed the same. */
static void
test_click_edits_selected (Fixture       *fixture,
                           gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  GtkSelectionModel *selection = pln_registrations_page_get_selection (page);
  g_autoptr(PlnRegistration) ahmed = g_list_model_get_item (pln_meeting_get_registrations (fixture->meeting), 2);
  CellShows shows = { page, ahmed, DELEGATION_COLUMN, "Testland" };
  GtkWidget *cell;

  g_assert_true (pln_test_wait_until (cell_shows, &shows, 10000));
  g_assert_true (pln_test_wait_painted (GTK_WIDGET (page), 10000));
  cell = cell_widget (page, ahmed, DELEGATION_COLUMN);
  g_assert_cmpint (gtk_widget_get_width (cell), >, 0);

  gtk_selection_model_unselect_all (selection);
  click_cells (page, cell, cell, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->editor)));

  /* Selected: pressed on one cell and released on another, or a second
   * click, is no edit; then one click is. */
  gtk_selection_model_select_item (selection, position_of (page, ahmed), TRUE);
  click_cells (page, cell, cell_widget (page, ahmed, NAME_COLUMN), 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->editor)));
  click_cells (page, cell, cell, 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->editor)));
  click_cells (page, cell, cell, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->editor)));
  g_assert_true (page->editor_registration == ahmed);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->editor_entry)), ==, "Testland");
  g_assert_null (g_object_get_data (G_OBJECT (cell_gesture (page)), "pressed-cell"));
  gtk_popover_popdown (page->editor);
}

static gboolean
folded_all (gpointer user_data)
{
  PlnRegistrationsPage *page = user_data;

  return page->fold_source == 0;
}

/* The registrations' text is folded for searching while the main loop is
 * idle, a share per iteration, from when the page shows a meeting; the
 * search finds what it folded. */
static void
test_folds_ahead (Fixture       *fixture,
                  gconstpointer  data)
{
  PlnRegistrationsPage *page = fixture->page;
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();

  for (guint i = 0; i < 4500; i++)
    {
      g_autoptr(PlnRegistration) reg = pln_registration_new ();
      g_autofree char *name = g_strdup_printf ("Élodie %u", i);

      pln_registration_set_name (reg, name);
      pln_meeting_append_registration (meeting, reg);
    }

  pln_page_set_meeting (PLN_PAGE (page), meeting);
  g_assert_cmpuint (page->fold_source, !=, 0);
  g_assert_cmpuint (page->n_folded, ==, 0);
  while (page->n_folded == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (page->n_folded, <, 4500);

  g_assert_true (pln_test_wait_until (folded_all, page, 10000));
  g_assert_cmpuint (page->n_folded, ==, 4500);

  search_now (page, "ELODIE 4499");
  wait_for_shown (page, 1);
  g_assert_cmpstr (pln_registration_get_name (shown_at (page, 0)), ==, "Élodie 4499");

  /* Registrations added are folded ahead too. */
  for (guint i = 0; i < 2500; i++)
    {
      g_autoptr(PlnRegistration) reg = pln_registration_new ();

      pln_registration_set_name (reg, "Added");
      pln_meeting_append_registration (meeting, reg);
    }
  g_assert_cmpuint (page->fold_source, !=, 0);
  g_assert_true (pln_test_wait_until (folded_all, page, 10000));
  g_assert_cmpuint (page->n_folded, ==, 7000);

  /* Another meeting starts again; none leaves nothing to fold. */
  pln_page_set_meeting (PLN_PAGE (page), fixture->meeting);
  g_assert_true (pln_test_wait_until (folded_all, page, 10000));
  g_assert_cmpuint (page->n_folded, ==, 6);
  pln_page_set_meeting (PLN_PAGE (page), NULL);
  g_assert_cmpuint (page->fold_source, ==, 0);
}

static void
test_screenshot (void)
{
  const char *dir = g_getenv ("PLN_SCREENSHOT_DIR");
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 7);
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);
  PlnRegistrationsPage *page = NULL;
  GtkWindow *window;
  g_autofree char *path = NULL;

  if (dir == NULL)
    {
      g_test_skip ("PLN_SCREENSHOT_DIR is not set");
      return;
    }

  /* The application's own style, as the app loads it. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  page = g_object_new (PLN_TYPE_REGISTRATIONS_PAGE, NULL);
  /* PLN_SCREENSHOT_WIDTH=360: the page on a narrow window. */
  window = pln_test_show_page (page, meeting, g_getenv ("PLN_SCREENSHOT_WIDTH") ? atoi (g_getenv ("PLN_SCREENSHOT_WIDTH")) : 1200,
                               g_getenv ("PLN_SCREENSHOT_WIDTH") ? 800 : 720);
  gtk_selection_model_select_range (pln_registrations_page_get_selection (page), 1, 3, TRUE);
  /* With the selection's bar revealed and the summary counted. */
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));

  path = g_build_filename (dir, g_getenv ("PLN_SCREENSHOT_NAME") ?: "registrations.png", NULL);
  pln_test_save_png (GTK_WIDGET (window), path);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init_language ();
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/registrations-page/filter-by-typing", Fixture, NULL, fixture_set_up, test_filter_by_typing, fixture_tear_down);
  g_test_add ("/registrations-page/sort", Fixture, NULL, fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/registrations-page/edit-cells-and-undo", Fixture, NULL, fixture_set_up, test_edit_cells_and_undo, fixture_tear_down);
  g_test_add ("/registrations-page/selection", Fixture, NULL, fixture_set_up, test_selection, fixture_tear_down);
  g_test_add ("/registrations-page/import-and-export", Fixture, NULL, fixture_set_up, test_import_and_export, fixture_tear_down);
  g_test_add ("/registrations-page/title-and-insert", Fixture, NULL, fixture_set_up, test_title_and_insert, fixture_tear_down);
  g_test_add ("/registrations-page/one-undo-queue", Fixture, NULL, fixture_set_up, test_one_undo_queue, fixture_tear_down);
  g_test_add ("/registrations-page/summary-follows-registrations", Fixture, NULL, fixture_set_up,
              test_summary_follows_registrations, fixture_tear_down);

  g_test_add ("/registrations-page/rows-shown-a-frame-at-a-time", Fixture, NULL, fixture_set_up,
              test_rows_shown_a_frame_at_a_time, fixture_tear_down);
  g_test_add ("/registrations-page/rows-a-frame-at-a-time", Fixture, NULL, fixture_set_up,
              test_rows_a_frame_at_a_time, fixture_tear_down);
  g_test_add ("/registrations-page/click-edits-selected", Fixture, NULL, fixture_set_up, test_click_edits_selected, fixture_tear_down);
  g_test_add ("/registrations-page/folds-ahead", Fixture, NULL, fixture_set_up, test_folds_ahead, fixture_tear_down);
  g_test_add_func ("/registrations-page/screenshot", test_screenshot);

  return g_test_run ();
}
