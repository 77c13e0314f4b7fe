/* test-agenda-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-agenda-page.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* A meeting's agenda built through the page's actions, as the buttons and
 * keys do: items and sub-items, renumbering after a move, the organization
 * of work with "(continued)", and its warnings. */

static guint
count_placed_rows (GtkWidget *widget)
{
  guint n = ADW_IS_ACTION_ROW (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_placed_rows (child);

  return n;
}

typedef struct
{
  PlnAgendaPage *page;
  guint          before;
} Rebuilds;

static gboolean
rebuilt (gpointer data)
{
  Rebuilds *rebuilds = data;

  return pln_agenda_page_get_n_rebuilds (rebuilds->page) > rebuilds->before;
}

/* The page listens to its agenda and organization of work only: a
 * registration of the same meeting typed in does not make it work
 * anything out again; an item's new title does. */
static void
test_rebuilds (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_workspace_new ();
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();
  g_autoptr(PlnRegistration) registration = pln_registration_new ();
  g_autoptr(PlnPlacement) placement = pln_placement_new ();
  g_autoptr(GDate) day = g_date_new_dmy (5, G_DATE_OCTOBER, 2023);
  g_autoptr(PlnSitting) sitting = NULL;
  GtkWindow *window;
  PlnAgendaPage *page = g_object_new (PLN_TYPE_AGENDA_PAGE, NULL);
  Rebuilds rebuilds = { page, 0 };

  pln_meeting_set_first_day (meeting, day);
  pln_meeting_set_last_day (meeting, day);
  pln_meeting_generate_sittings (meeting);
  pln_agenda_item_set_title (item, "Opening of the meeting");
  pln_meeting_append_agenda_item (meeting, item);
  pln_meeting_renumber_agenda (meeting);
  sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  pln_placement_set_agenda_item (placement, item);
  pln_sitting_append_placement (sitting, placement);
  pln_meeting_append_registration (meeting, registration);
  pln_workspace_append_meeting (workspace, meeting);

  g_object_ref (page);
  window = pln_test_show_page (page, meeting, 1000, 800);
  g_assert_true (pln_test_wait_idle (10000));

  rebuilds.before = pln_agenda_page_get_n_rebuilds (page);
  pln_registration_set_name (registration, "Ms. Amina Diallo");
  pln_registration_set_status (registration, PLN_REGISTRATION_STATUS_CONFIRMED);
  g_assert_true (pln_test_wait_idle (10000));
  g_assert_cmpuint (pln_agenda_page_get_n_rebuilds (page), ==, rebuilds.before);

  pln_agenda_item_set_title (item, "Opening of the session");
  g_assert_true (pln_test_wait_until (rebuilt, &rebuilds, 10000));

  /* The placement's row follows the title by itself. */
  {
    GtkWidget *list = pln_agenda_page_get_organization_list (page);
    GtkWidget *row = gtk_widget_get_next_sibling (gtk_widget_get_first_child (list));

    g_assert_true (ADW_IS_ACTION_ROW (row));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Opening of the session");
  }

  /* The agenda written through the export flow, as after the file chooser. */
  {
    g_autofree char *path = g_build_filename (g_get_user_data_dir (), "agenda.txt", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *text = NULL;

    g_assert_true (pln_agenda_page_export (page, PLN_DOCUMENT_FORMAT_TEXT, file));
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "Opening of the session"));
  }

  gtk_window_destroy (window);
  g_assert_finalize_object (page);
}

/* The organization of work is shown again from an idle, once an edit is
 * over: its rows, and the warning naming what is placed nowhere. */
static gboolean
organization_shown (gpointer user_data)
{
  PlnAgendaPage *page = user_data;
  const char *warning = pln_agenda_page_get_warning (page);

  return count_placed_rows (pln_agenda_page_get_organization_list (page)) == 4 + 2 &&
         strstr (warning, "1 (a)") != NULL && strstr (warning, "1 (b)") != NULL &&
         strstr (warning, ", 2") == NULL;
}

static void
test_build_agenda (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_workspace_new ();
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(GDate) first = g_date_new_dmy (5, G_DATE_OCTOBER, 2023);
  g_autoptr(GDate) last = g_date_new_dmy (6, G_DATE_OCTOBER, 2023);
  GtkWindow *window;
  PlnAgendaPage *page = g_object_new (PLN_TYPE_AGENDA_PAGE, NULL);
  GtkWidget *widget = GTK_WIDGET (page);
  GListModel *agenda = pln_meeting_get_agenda (meeting);
  PlnAgendaItem *organizational, *opening, *good_practices;
  g_autoptr(PlnAgendaItem) first_item = NULL;

  pln_meeting_set_first_day (meeting, first);
  pln_meeting_set_last_day (meeting, last);
  pln_meeting_set_time_zone (meeting, "Europe/Vienna");
  pln_meeting_generate_sittings (meeting);
  pln_workspace_append_meeting (workspace, meeting);

  window = pln_test_show_page (page, meeting, 1000, 800);

  /* An item, selected at once for its title to be typed. */
  gtk_widget_activate_action (widget, "agenda.add-item", NULL);
  organizational = pln_agenda_page_get_selected_item (page);
  g_assert_nonnull (organizational);
  g_assert_cmpstr (pln_agenda_item_get_number (organizational), ==, "1");
  gtk_editable_set_text (GTK_EDITABLE (pln_test_find_descendant (widget, ADW_TYPE_ENTRY_ROW)), "Organizational matters");
  g_assert_cmpstr (pln_agenda_item_get_title (organizational), ==, "Organizational matters");

  /* Two sub-items, lettered. */
  gtk_widget_activate_action (widget, "agenda.add-sub-item", NULL);
  opening = pln_agenda_page_get_selected_item (page);
  pln_agenda_item_set_title (opening, "Opening of the meeting");
  gtk_widget_activate_action (widget, "agenda.add-sub-item", NULL);
  g_assert_cmpstr (pln_agenda_item_get_number (pln_agenda_page_get_selected_item (page)), ==, "b");

  /* A second item after the first, then moved up with Alt+Up's action. */
  pln_agenda_page_select_item (page, organizational);
  gtk_widget_activate_action (widget, "agenda.add-item", NULL);
  good_practices = pln_agenda_page_get_selected_item (page);
  pln_agenda_item_set_title (good_practices, "Good practices");
  g_assert_cmpstr (pln_agenda_item_get_number (good_practices), ==, "2");
  gtk_widget_activate_action (widget, "agenda.move", "i", -1);
  g_assert_cmpstr (pln_agenda_item_get_number (good_practices), ==, "1");
  g_assert_cmpstr (pln_agenda_item_get_number (organizational), ==, "2");
  first_item = g_list_model_get_item (agenda, 0);
  g_assert_true (first_item == good_practices);
  gtk_widget_activate_action (widget, "agenda.move", "i", 1);
  g_assert_cmpstr (pln_agenda_item_get_number (organizational), ==, "1");

  /* Documentation, the symbol checked against the series. */
  pln_agenda_page_select_item (page, good_practices);
  {
    g_autoptr(PlnWorkingGroup) group = pln_working_group_new ();
    GtkWidget *entries[2] = { NULL, NULL };
    guint n = 0;

    pln_working_group_set_symbol_series (group, "CTOC/COP/WG.7");
    pln_meeting_set_working_group (meeting, group);
    for (GtkWidget *w = pln_test_find_descendant (widget, GTK_TYPE_ENTRY); w != NULL && n < 2; w = gtk_widget_get_next_sibling (w))
      if (GTK_IS_ENTRY (w))
        entries[n++] = w;
    gtk_editable_set_text (GTK_EDITABLE (entries[0]), "CTOC/COP/WG.4/2023/2");
    g_assert_true (gtk_widget_has_css_class (entries[0], "error"));
    gtk_editable_set_text (GTK_EDITABLE (entries[0]), "CTOC/COP/WG.7/2023/2");
    g_assert_false (gtk_widget_has_css_class (entries[0], "error"));
    gtk_editable_set_text (GTK_EDITABLE (entries[1]), "Background paper");
    gtk_widget_activate_action (widget, "agenda.add-document", NULL);
    g_assert_cmpuint (g_list_model_get_n_items (pln_agenda_item_get_documents (good_practices)), ==, 1);
  }

  /* The organization of work: good practices in the first plenary meeting,
   * continued in the second; the warning names what is placed nowhere. */
  gtk_widget_activate_action (widget, "agenda.place", NULL);
  {
    GtkDropDown *dropdown = GTK_DROP_DOWN (pln_test_find_descendant (widget, GTK_TYPE_DROP_DOWN));

    gtk_drop_down_set_selected (dropdown, 1);
    gtk_widget_activate_action (widget, "agenda.place", NULL);
  }
  pln_test_wait_until (organization_shown, page, 10000);
  {
    g_autoptr(PlnSitting) second = g_list_model_get_item (pln_meeting_get_sittings (meeting), 1);

    g_assert_true (pln_meeting_is_placement_continued (meeting, second, 0));
  }
  /* Each plenary meeting is an expander row (whose header is an action row) with a row a placed item. */
  g_assert_cmpuint (count_placed_rows (pln_agenda_page_get_organization_list (page)), ==, 4 + 2);
  g_assert_nonnull (strstr (pln_agenda_page_get_warning (page), "1 (a)"));
  g_assert_nonnull (strstr (pln_agenda_page_get_warning (page), "1 (b)"));
  g_assert_null (strstr (pln_agenda_page_get_warning (page), ", 2"));

  /* Drag and drop: "Good practices" dropped onto the first row takes its place. */
  {
    GtkWidget *first_row = pln_test_find_descendant (widget, GTK_TYPE_TREE_EXPANDER);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (first_row);
    GtkDropTarget *target = NULL;
    g_auto(GValue) value = G_VALUE_INIT;
    gboolean accepted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (target);
    g_assert_cmpstr (pln_agenda_item_get_number (organizational), ==, "1");

    g_value_init (&value, PLN_TYPE_AGENDA_ITEM);
    g_value_set_object (&value, good_practices);
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &accepted);
    g_assert_true (accepted);
    g_assert_cmpstr (pln_agenda_item_get_number (good_practices), ==, "1");
    g_assert_cmpstr (pln_agenda_item_get_number (organizational), ==, "2");

    /* A sub-item is not dropped among items. */
    g_value_set_object (&value, opening);
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &accepted);
    g_assert_false (accepted);
  }

  /* Printing goes through GTK with the document's own pages. */
  {
    g_autofree char *path = g_build_filename (g_get_user_data_dir (), "printed.pdf", NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *data = NULL;
    gsize length;

    g_assert_true (pln_agenda_page_print (page, path, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (path, &data, &length, NULL));
    g_assert_cmpint (memcmp (data, "%PDF", 4), ==, 0);
    g_assert_cmpuint (length, >, 1000);
  }

  /* Removing an item renumbers the rest. */
  pln_agenda_page_select_item (page, organizational);
  gtk_widget_activate_action (widget, "agenda.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 1);
  g_assert_cmpstr (pln_agenda_item_get_number (good_practices), ==, "1");

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/agenda-page/build-agenda", test_build_agenda);
  g_test_add_func ("/agenda-page/rebuilds", test_rebuilds);

  return g_test_run ();
}
