/* test-sidebar.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-sidebar.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The sidebar given a workspace lists its groups at once and opens them
 * one per main-loop iteration (the rows of every meeting, made at once,
 * held the workspace's first frame), until every group is open; a group
 * added afterwards comes open. A group of many meetings shows them a few
 * rows at a time, but going to one of its meetings shows it at once. */

/* A sidebar alone in a window, @window, on screen. */
static PlnSidebar *
show_sidebar (GtkWindow **window)
{
  PlnSidebar *sidebar = g_object_new (PLN_TYPE_SIDEBAR, NULL);

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 300, 700);
  gtk_window_set_child (*window, GTK_WIDGET (sidebar));
  gtk_window_present (*window);
  g_assert_true (pln_test_wait_mapped (sidebar, 10000));
  return sidebar;
}

static guint
count_expanded_groups (GListModel *rows)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (PLN_IS_WORKING_GROUP (item) && gtk_tree_list_row_get_expanded (row))
        n++;
    }

  return n;
}

static void
test_sidebar_opens_groups (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnWorkingGroup) added = pln_working_group_new ();
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  GtkWindow *window;
  PlnSidebar *sidebar = show_sidebar (&window);
  GListModel *rows;

  pln_sidebar_set_workspace (sidebar, workspace);
  rows = pln_sidebar_get_rows (sidebar);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
  g_assert_cmpuint (count_expanded_groups (rows), ==, 0);

  /* Five groups and their twelve meetings. */
  g_assert_true (pln_test_wait_n_items (rows, 17, 10000));
  g_assert_cmpuint (count_expanded_groups (rows), ==, 5);

  pln_working_group_set_short_name (added, "NEW");
  pln_workspace_append_working_group (workspace, added);
  pln_meeting_set_working_group (meeting, added);
  pln_workspace_append_meeting (workspace, meeting);
  g_assert_true (pln_test_wait_n_items (rows, 19, 10000));
  g_assert_cmpuint (count_expanded_groups (rows), ==, 6);

  gtk_window_destroy (window);
}

/* Another workspace, or none, while the groups are still opening. */
static void
test_sidebar_replaced_while_opening (void)
{
  g_autoptr(PlnWorkspace) first = pln_demo_new_workspace ();
  g_autoptr(PlnWorkspace) second = pln_demo_new_workspace ();
  GtkWindow *window;
  PlnSidebar *sidebar = show_sidebar (&window);
  GListModel *rows;

  pln_sidebar_set_workspace (sidebar, first);
  pln_sidebar_set_workspace (sidebar, second);
  rows = pln_sidebar_get_rows (sidebar);
  g_assert_true (pln_test_wait_n_items (rows, 17, 10000));

  pln_sidebar_set_workspace (sidebar, first);
  pln_sidebar_set_workspace (sidebar, NULL);
  g_assert_null (pln_sidebar_get_rows (sidebar));
  g_assert_true (pln_test_wait_idle (5000));

  gtk_window_destroy (window);
}

/* A group the user closed stays closed when a group is added before it
 * (an undo of its removal): the groups' first opening is over. */
static void
test_sidebar_closed_group_stays_closed (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnWorkingGroup) added = pln_working_group_new ();
  g_autoptr(GtkTreeListRow) last = NULL;
  GtkWindow *window;
  PlnSidebar *sidebar = show_sidebar (&window);
  GListModel *rows;

  pln_sidebar_set_workspace (sidebar, workspace);
  rows = pln_sidebar_get_rows (sidebar);
  g_assert_true (pln_test_wait_n_items (rows, 17, 10000));
  g_assert_true (pln_test_wait_idle (5000));

  last = gtk_tree_list_model_get_child_row (GTK_TREE_LIST_MODEL (rows), 4);
  gtk_tree_list_row_set_expanded (last, FALSE);
  g_assert_cmpuint (count_expanded_groups (rows), ==, 4);

  pln_working_group_set_short_name (added, "NEW");
  pln_workspace_insert_working_group (workspace, 0, added);
  g_assert_true (pln_test_wait_idle (5000));
  g_assert_false (gtk_tree_list_row_get_expanded (last));
  g_assert_cmpuint (count_expanded_groups (rows), ==, 5);

  gtk_window_destroy (window);
}

/* A workspace of one group of @n_meetings meetings a day apart, the
 * newest the first. */
static PlnWorkspace *
new_large_group (guint n_meetings)
{
  PlnWorkspace *workspace = pln_workspace_new ();
  g_autoptr(PlnWorkingGroup) group = pln_working_group_new ();

  pln_working_group_set_short_name (group, "LARGE");
  pln_workspace_append_working_group (workspace, group);
  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
      g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, 2000);

      g_date_add_days (day, n_meetings - i);
      pln_meeting_set_working_group (meeting, group);
      pln_meeting_set_first_day (meeting, day);
      pln_workspace_append_meeting (workspace, meeting);
    }

  return workspace;
}

typedef struct
{
  guint n_changes;
  guint most_added;
} Changes;

static void
count_rows_added_cb (GListModel *rows,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->n_changes++;
  changes->most_added = MAX (changes->most_added, added);
}

/* The rows of a group of 35 meetings come a few per iteration, in order;
 * a meeting added shows once, in its place, and one re-dated moves. */
static void
test_sidebar_large_group_grows (void)
{
  g_autoptr(PlnWorkspace) workspace = new_large_group (35);
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (pln_workspace_get_working_groups (workspace), 0);
  GtkWindow *window;
  PlnSidebar *sidebar = show_sidebar (&window);
  GListModel *rows;
  Changes changes = { 0, };

  pln_sidebar_set_workspace (sidebar, workspace);
  rows = pln_sidebar_get_rows (sidebar);
  g_signal_connect (rows, "items-changed", G_CALLBACK (count_rows_added_cb), &changes);
  g_assert_true (pln_test_wait_n_items (rows, 36, 10000));
  g_assert_cmpuint (changes.most_added, <=, 10);
  g_assert_cmpuint (changes.n_changes, >=, 4);

  for (guint i = 0; i < 35; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i + 1);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
      g_autoptr(GObject) meeting = g_list_model_get_item (meetings, i);

      g_assert_true (item == meeting);
    }

  /* A meeting added to the group shows in its place. */
  {
    g_autoptr(PlnMeeting) newest = pln_meeting_new ();
    g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, 2001);
    g_autoptr(GtkTreeListRow) row = NULL;
    g_autoptr(GObject) item = NULL;

    pln_meeting_set_working_group (newest, group);
    pln_meeting_set_first_day (newest, day);
    pln_workspace_append_meeting (workspace, newest);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 37);
    row = g_list_model_get_item (rows, 1);
    item = gtk_tree_list_row_get_item (row);
    g_assert_true (item == G_OBJECT (newest));
  }

  /* The oldest, re-dated the newest, moves up to the first row. */
  {
    g_autoptr(PlnMeeting) oldest = g_list_model_get_item (meetings, 34);
    g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, 2002);
    g_autoptr(GtkTreeListRow) row = NULL;
    g_autoptr(GObject) item = NULL;

    pln_meeting_set_first_day (oldest, day);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 37);
    row = g_list_model_get_item (rows, 1);
    item = gtk_tree_list_row_get_item (row);
    g_assert_true (item == G_OBJECT (oldest));
  }

  g_signal_handlers_disconnect_by_data (rows, &changes);
  gtk_window_destroy (window);
}

/* Going to the oldest meeting of a large group while it opens selects it
 * at once, and the selection stays on it as it is re-dated. */
static void
test_sidebar_large_group_shown_meeting (void)
{
  g_autoptr(PlnWorkspace) workspace = new_large_group (35);
  g_autoptr(PlnMeeting) oldest = g_list_model_get_item (pln_workspace_get_meetings (workspace), 34);
  g_autoptr(GObject) selected = NULL;
  GtkWindow *window;
  PlnSidebar *sidebar = show_sidebar (&window);

  pln_sidebar_set_workspace (sidebar, workspace);
  pln_sidebar_set_shown_meeting (sidebar, oldest);
  selected = pln_sidebar_dup_selected_item (sidebar);
  g_assert_true (selected == G_OBJECT (oldest));

  g_assert_true (pln_test_wait_n_items (pln_sidebar_get_rows (sidebar), 36, 10000));
  g_clear_object (&selected);
  selected = pln_sidebar_dup_selected_item (sidebar);
  g_assert_true (selected == G_OBJECT (oldest));

  /* A meeting shown near the top, re-dated the oldest while its group
   * still grows: the selection follows it down. */
  {
    g_autoptr(PlnMeeting) sixth = g_list_model_get_item (pln_workspace_get_meetings (workspace), 5);
    g_autoptr(GDate) old = g_date_new_dmy (1, G_DATE_JANUARY, 1990);

    pln_sidebar_set_shown_meeting (sidebar, NULL);
    pln_sidebar_set_workspace (sidebar, NULL);
    pln_sidebar_set_workspace (sidebar, workspace);
    pln_sidebar_set_shown_meeting (sidebar, sixth);
    g_assert_cmpuint (g_list_model_get_n_items (pln_sidebar_get_rows (sidebar)), <, 36);
    pln_meeting_set_first_day (sixth, old);
    g_clear_object (&selected);
    selected = pln_sidebar_dup_selected_item (sidebar);
    g_assert_true (selected == G_OBJECT (sixth));
  }

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/sidebar/opens-groups", test_sidebar_opens_groups);
  g_test_add_func ("/sidebar/replaced-while-opening", test_sidebar_replaced_while_opening);
  g_test_add_func ("/sidebar/closed-group-stays-closed", test_sidebar_closed_group_stays_closed);
  g_test_add_func ("/sidebar/large-group-grows", test_sidebar_large_group_grows);
  g_test_add_func ("/sidebar/large-group-shown-meeting", test_sidebar_large_group_shown_meeting);

  return g_test_run ();
}
