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

/* The entry in @widget that says what it is for with @data. */
static gboolean
entry_named (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_ENTRY (widget) && g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), data) == 0;
}

static gboolean
button_with_tooltip (GtkWidget     *widget,
                     gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static gboolean
footnotes_list (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "footnotes");
}

static gboolean
group_titled (GtkWidget     *widget,
              gconstpointer  data)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), data) == 0;
}

static gboolean
has_n_rows (gpointer data)
{
  GtkWidget *list = data;
  guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "expected"));
  guint rows = 0;

  for (GtkWidget *w = gtk_widget_get_first_child (list); w != NULL; w = gtk_widget_get_next_sibling (w))
    rows += ADW_IS_EXPANDER_ROW (w);
  return rows == n;
}

static void
wait_rows (GtkWidget *list,
           guint      n)
{
  g_object_set_data (G_OBJECT (list), "expected", GUINT_TO_POINTER (n));
  g_assert_true (pln_test_wait_until (has_n_rows, list, 10000));
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
    GtkWidget *entries[2] = { pln_test_find_widget (widget, entry_named, "Symbol"),
                              pln_test_find_widget (widget, entry_named, "Title of the document") };

    pln_working_group_set_symbol_series (group, "CTOC/COP/WG.7");
    pln_meeting_set_working_group (meeting, group);
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

/* Footnotes of an item and of the annex title: added from the entries
 * under their list, edited in their row (the words the mark follows, the
 * note), removed, each undone with Ctrl+Z's undo; every control named
 * for screen readers; and the page still fits 360 pixels, left to right
 * and right to left. */
static void
test_footnotes (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  PlnAgendaItem *item = pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i3");
  GListModel *notes = pln_agenda_item_get_footnotes (item);
  GListModel *annex = pln_meeting_get_annex_footnotes (meeting);
  g_autoptr(PlnContext) context = pln_context_new (NULL, NULL);
  PlnAgendaPage *page = g_object_new (PLN_TYPE_AGENDA_PAGE, NULL);
  GtkWidget *widget = GTK_WIDGET (page);
  GtkWidget *item_group, *annex_group, *list, *row, *entry_row;
  g_autoptr(PlnFootnote) note = NULL;
  GtkWindow *window;

  pln_page_set_context (PLN_PAGE (page), context);
  window = pln_test_show_page (page, meeting, 1000, 800);
  pln_agenda_page_select_item (page, item);
  item_group = pln_test_find_widget (widget, group_titled, "Footnotes");
  annex_group = pln_test_find_widget (widget, group_titled, "Footnotes of the Annex Title");
  g_assert_nonnull (item_group);
  g_assert_nonnull (annex_group);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);

  /* Added from the entries; Ctrl+Z takes it back. */
  gtk_editable_set_text (GTK_EDITABLE (pln_test_find_widget (item_group, entry_named, "Words the mark follows")), "national procedures");
  gtk_editable_set_text (GTK_EDITABLE (pln_test_find_widget (item_group, entry_named, "Note")), "As reported by States.");
  gtk_widget_activate_action (widget, "agenda.add-footnote", "u", 0);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  note = g_list_model_get_item (notes, 0);
  g_assert_cmpstr (pln_footnote_get_anchor (note), ==, "national procedures");
  g_assert_cmpstr (pln_footnote_get_text (note), ==, "As reported by States.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pln_test_find_widget (item_group, entry_named, "Note"))), ==, "");
  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);

  /* A note with nothing in it is not added. */
  gtk_widget_activate_action (widget, "agenda.add-footnote", "u", 0);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);

  pln_agenda_item_insert_footnote (item, 0, note);
  list = pln_test_find_widget (item_group, footnotes_list, NULL);
  wait_rows (list, 1);
  row = pln_test_find_descendant (list, ADW_TYPE_EXPANDER_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "As reported by States.");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (pln_test_find_descendant (row, ADW_TYPE_ACTION_ROW))), ==,
                   "After “national procedures”");

  /* Edited in its row: applied, then undone. */
  entry_row = pln_test_find_descendant (row, ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row)), ==, "Words the Mark Follows");
  gtk_editable_set_text (GTK_EDITABLE (entry_row), "investigate");
  g_signal_emit_by_name (entry_row, "apply");
  g_assert_cmpstr (pln_footnote_get_anchor (note), ==, "investigate");
  g_assert_true (pln_context_undo (context));
  g_assert_cmpstr (pln_footnote_get_anchor (note), ==, "national procedures");

  /* Every control of the editors is named for screen readers. */
  {
    GtkWidget *remove = pln_test_find_widget (row, button_with_tooltip, "Remove Footnote");

    g_assert_nonnull (remove);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, "Remove Footnote");
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, "Footnotes");
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pln_test_find_widget (item_group, entry_named, "Note")),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, "Note");
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pln_test_find_widget (item_group, entry_named, "Words the mark follows")),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, "Words the mark follows");
  }

  /* Removed from its row's button, and put back. */
  gtk_widget_activate_action (widget, "agenda.remove-footnote", "(uu)", 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);
  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);

  /* The annex title's: the demo has one; another without words goes
   * after the title. */
  list = pln_test_find_widget (annex_group, footnotes_list, NULL);
  wait_rows (list, 1);
  gtk_editable_set_text (GTK_EDITABLE (pln_test_find_widget (annex_group, entry_named, "Note")), "Times are local.");
  gtk_widget_activate_action (widget, "agenda.add-footnote", "u", 1);
  g_assert_cmpuint (g_list_model_get_n_items (annex), ==, 2);
  wait_rows (list, 2);
  gtk_widget_activate_action (widget, "agenda.remove-footnote", "(uu)", 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (annex), ==, 1);
  g_assert_true (pln_context_undo (context));
  g_assert_true (pln_context_undo (context));
  g_assert_cmpuint (g_list_model_get_n_items (annex), ==, 1);

  /* Narrow, and right to left. */
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
  pln_test_save_screenshot (GTK_WIDGET (window), "agenda-footnotes.png");
  gtk_window_set_default_size (window, 360, 700);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  gtk_widget_set_direction (GTK_WIDGET (window), GTK_TEXT_DIR_RTL);
  adw_leaflet_set_visible_child_name (ADW_LEAFLET (pln_test_find_descendant (widget, ADW_TYPE_LEAFLET)), "details");
  gtk_widget_grab_focus (pln_test_find_widget (item_group, entry_named, "Note"));
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (window), 10000));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  pln_test_save_screenshot (GTK_WIDGET (window), "agenda-footnotes-rtl.png");
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible names are checked in process: GTK's test backend
   * keeps them (GTK_A11Y=none forgets them). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/agenda-page/build-agenda", test_build_agenda);
  g_test_add_func ("/agenda-page/rebuilds", test_rebuilds);
  g_test_add_func ("/agenda-page/footnotes", test_footnotes);

  return g_test_run ();
}
