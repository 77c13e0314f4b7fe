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
 * added afterwards comes open. */

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

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/sidebar/opens-groups", test_sidebar_opens_groups);
  g_test_add_func ("/sidebar/replaced-while-opening", test_sidebar_replaced_while_opening);

  return g_test_run ();
}
