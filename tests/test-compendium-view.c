/* test-compendium-view.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-compendium-private.h"
#include "pln-compendium-view-private.h"
#include "pln-context.h"
#include "pln-test-util.h"
#include "pln-test-ui.h"

/* The compendium view: what it shows follows the filters and the search
 * as it is typed, and the model as it is edited; activating an entry asks
 * for its meeting; it fits a window 360 pixels wide, left to right and
 * right to left. */

typedef struct
{
  PlnWorkspace      *workspace;
  PlnTestStore       store;
  PlnContext        *context;
  PlnCompendiumView *view;
  GtkWindow         *window;
  PlnMeeting        *meeting;
} Fixture;

static void
add_agreed (PlnMeeting *meeting,
            const char *text)
{
  PlnRecommendation *rec = pln_test_add_recommendation (meeting, NULL, 0, text, "Mexico");

  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_AGREED);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  PlnMeeting *tip = NULL;

  f->workspace = pln_demo_new_workspace ();
  /* The sample's own agreed recommendations aside: the test counts its. */
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_recommendations (pln_workspace_find_meeting (f->workspace, "m-wg-7-2024"))), >, 0);
  g_list_store_remove_all (G_LIST_STORE (pln_meeting_get_recommendations (pln_workspace_find_meeting (f->workspace, "m-wg-7-2024"))));
  g_list_store_remove_all (G_LIST_STORE (pln_meeting_get_recommendations (pln_workspace_find_meeting (f->workspace, "m-wg-4-2024"))));
  f->meeting = pln_workspace_find_meeting (f->workspace, "m-wg-7-2023");
  tip = pln_workspace_find_meeting (f->workspace, "m-wg-4-2023");
  add_agreed (f->meeting, "States should strengthen cooperación with the private sector.");
  add_agreed (f->meeting, "States should train border officials.");
  add_agreed (tip, "States should protect victims of trafficking in the private sector.");

  /* The window's context: its compendium is the view's. */
  pln_test_store_set_up (&f->store, NULL);
  pln_store_set_autosave_delay (f->store.store, 0);
  pln_store_set_workspace (f->store.store, f->workspace);
  f->context = pln_context_new (NULL, NULL);
  pln_context_set_store (f->context, f->store.store);
  /* A meeting an idle step: the view is seen while the index is built. */
  pln_compendium_set_step_budget (pln_context_get_compendium (f->context), 0);

  f->view = g_object_new (PLN_TYPE_COMPENDIUM_VIEW, "context", f->context, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 360, 600);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  pln_compendium_view_set_workspace (f->view, f->workspace);
  g_assert_true (pln_compendium_view_get_compendium (f->view) == pln_context_get_compendium (f->context));
  g_assert_false (pln_compendium_get_ready (pln_compendium_view_get_compendium (f->view)));
  gtk_window_present (f->window);
  g_assert_true (pln_test_wait_mapped (f->view, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->context);
  pln_test_store_tear_down (&f->store, NULL);
  g_clear_object (&f->workspace);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static gboolean
n_shown_is (gpointer data)
{
  Fixture *f = data;
  guint wanted = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (f->view), "wanted"));

  return g_list_model_get_n_items (pln_compendium_view_get_shown (f->view)) == wanted;
}

static void
assert_shown (Fixture *f,
              guint    n)
{
  g_object_set_data (G_OBJECT (f->view), "wanted", GUINT_TO_POINTER (n));
  g_assert_true (pln_test_wait_until (n_shown_is, f, 5000));
}

static void
activated_cb (PlnCompendiumView *view,
              PlnMeeting        *meeting,
              PlnRecommendation *recommendation,
              PlnMeeting       **out)
{
  *out = meeting;
}

static void
test_search_and_filter (Fixture       *f,
                        gconstpointer  data)
{
  GtkEditable *search = pln_compendium_view_get_search (f->view);
  PlnCompendiumFilter filter = { NULL, NULL, 0, 0, 0, FALSE };
  g_autoptr(PlnCompendiumEntry) first = NULL;
  PlnMeeting *opened = NULL;

  assert_shown (f, 3);

  /* As it is typed, a letter at a time, case and accents aside. */
  gtk_editable_set_text (search, "P");
  assert_shown (f, 2);
  gtk_editable_set_text (search, "PRIVATE coopera");
  assert_shown (f, 1);
  gtk_editable_set_text (search, "\"sector private\"");
  assert_shown (f, 0);
  gtk_editable_set_text (search, "private");
  assert_shown (f, 2);

  /* A working group narrows it. */
  filter.working_group = pln_meeting_get_working_group (f->meeting);
  pln_compendium_view_set_filter (f->view, &filter);
  assert_shown (f, 1);

  /* Any year: the years' fields are empty rather than "0"; a year typed
   * narrows, emptied again it is any year. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->view->from_spin)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->view->to_spin)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (f->view->from_spin), "2100");
  gtk_spin_button_update (f->view->from_spin);
  assert_shown (f, 0);
  gtk_editable_set_text (GTK_EDITABLE (f->view->from_spin), "");
  gtk_spin_button_update (f->view->from_spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (f->view->from_spin), ==, 0);
  assert_shown (f, 1);

  /* An edit in the model shows. */
  add_agreed (f->meeting, "States should involve the private sector in prevention.");
  assert_shown (f, 2);

  /* Opening an entry asks for its meeting. */
  g_signal_connect (f->view, "meeting-activated", G_CALLBACK (activated_cb), &opened);
  first = g_list_model_get_item (pln_compendium_view_get_shown (f->view), 0);
  pln_compendium_view_activate (f->view, 0);
  g_assert_true (opened == f->meeting);
}

static gboolean
compendium_ready (gpointer data)
{
  Fixture *f = data;

  return pln_compendium_get_ready (pln_compendium_view_get_compendium (f->view));
}

/* Shown, the view builds the index from idle steps, saying so, and
 * searches what was typed meanwhile once it is built. */
static void
test_building (Fixture       *f,
               gconstpointer  data)
{
  PlnCompendium *compendium = pln_compendium_view_get_compendium (f->view);

  g_assert_false (pln_compendium_get_ready (compendium));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->view->stack), ==, "building");
  g_assert_true (gtk_spinner_get_spinning (f->view->building_spinner));
  gtk_editable_set_text (pln_compendium_view_get_search (f->view), "border");
  g_assert_cmpuint (g_list_model_get_n_items (pln_compendium_view_get_shown (f->view)), ==, 0);

  g_assert_true (pln_test_wait_until (compendium_ready, f, 10000));
  assert_shown (f, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->view->stack), ==, "results");
  g_assert_false (gtk_spinner_get_spinning (f->view->building_spinner));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (f->view->building_progress), ==, 1);
}

static PlnResolution *
find_resolution (Fixture    *f,
                 const char *symbol)
{
  GListModel *resolutions = pln_workspace_get_resolutions (f->workspace);

  for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(PlnResolution) resolution = g_list_model_get_item (resolutions, i);

      if (g_strcmp0 (pln_resolution_get_symbol (resolution), symbol) == 0)
        return resolution;
    }

  return NULL;
}

/* The dialog of a resolution, as the view opened it, and its fields. */
static AdwMessageDialog *
wait_dialog (Fixture            *f,
             PlnResolutionForm **form)
{
  AdwMessageDialog *dialog;

  g_assert_true (pln_test_wait_until ((PlnTestCondition) pln_test_find_toplevel,
                                      GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
  dialog = ADW_MESSAGE_DIALOG (pln_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  *form = g_object_get_data (G_OBJECT (f->view), "pln-resolution-form");
  g_assert_nonnull (*form);
  return dialog;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* As its button would: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (pln_test_wait_no_window (ADW_TYPE_MESSAGE_DIALOG, 5000));
}

/* A decision added from the view, with its symbol, date, text, working
 * group and theme, is in the workspace and shown; edited, then removed,
 * each undone in turn. */
static void
test_resolutions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PlnTheme) theme = pln_theme_new ("International cooperation");
  g_autoptr(GListStore) themes = G_LIST_STORE (g_object_ref (pln_workspace_get_themes (f->workspace)));
  g_autoptr(GDate) date = g_date_new_dmy (18, G_DATE_OCTOBER, 2024);
  GtkEditable *search = pln_compendium_view_get_search (f->view);
  PlnResolutionForm *form;
  AdwMessageDialog *dialog;
  PlnResolution *resolution;

  g_list_store_remove_all (themes);
  pln_workspace_insert_theme (f->workspace, G_MAXUINT, theme);
  assert_shown (f, 3);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "compendium.add-resolution", NULL);
  dialog = wait_dialog (f, &form);
  g_assert_null (form->resolution);
  adw_combo_row_set_selected (form->kind_row, 1);
  gtk_editable_set_text (GTK_EDITABLE (form->symbol_row), "decision 12/1");
  pln_date_row_set_date (form->date_row, date);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->text_view), "Welcomes the reports of the working groups.", -1);
  adw_combo_row_set_selected (form->group_row, 1);
  g_assert_cmpuint (form->theme_checks->len, ==, 1);
  gtk_check_button_set_active (form->theme_checks->pdata[0], TRUE);
  respond (dialog, "save");

  resolution = find_resolution (f, "decision 12/1");
  g_assert_nonnull (resolution);
  g_assert_cmpint (pln_resolution_get_kind (resolution), ==, PLN_ENTRY_DECISION);
  g_assert_cmpint (g_date_compare (pln_resolution_get_date (resolution), date), ==, 0);
  g_assert_cmpstr (pln_resolution_get_text (resolution), ==, "Welcomes the reports of the working groups.");
  g_assert_nonnull (pln_resolution_get_working_group (resolution));
  g_assert_true (g_strv_contains (pln_resolution_get_themes (resolution), pln_theme_get_id (theme)));
  gtk_editable_set_text (search, "welcomes");
  assert_shown (f, 1);

  /* Activated in the list: its dialog, edited. */
  pln_compendium_view_activate (f->view, 0);
  dialog = wait_dialog (f, &form);
  g_assert_true (form->resolution == resolution);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form->symbol_row)), ==, "decision 12/1");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->text_view), "Takes note of the reports.", -1);
  respond (dialog, "save");
  g_assert_cmpstr (pln_resolution_get_text (resolution), ==, "Takes note of the reports.");
  assert_shown (f, 0);
  g_assert_true (pln_context_undo (f->context));
  g_assert_cmpstr (pln_resolution_get_text (resolution), ==, "Welcomes the reports of the working groups.");
  assert_shown (f, 1);

  /* Removed, and back. */
  pln_compendium_view_activate (f->view, 0);
  dialog = wait_dialog (f, &form);
  respond (dialog, "remove");
  g_assert_null (find_resolution (f, "decision 12/1"));
  assert_shown (f, 0);
  g_assert_true (pln_context_undo (f->context));
  g_assert_true (find_resolution (f, "decision 12/1") == resolution);
  assert_shown (f, 1);

  /* The addition undone. */
  g_assert_true (pln_context_undo (f->context));
  g_assert_null (find_resolution (f, "decision 12/1"));
  assert_shown (f, 0);
}

/* The controls wrap into a window 360 pixels wide, also right to left. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  int minimum;

  for (guint rtl = 0; rtl < 2; rtl++)
    {
      gtk_widget_set_default_direction (rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
      gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);
      g_assert_true (pln_test_wait_painted (GTK_WIDGET (f->window), 5000));
    }
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/compendium-view/search-and-filter", Fixture, NULL, fixture_set_up, test_search_and_filter, fixture_tear_down);
  g_test_add ("/compendium-view/building", Fixture, NULL, fixture_set_up, test_building, fixture_tear_down);
  g_test_add ("/compendium-view/resolutions", Fixture, NULL, fixture_set_up, test_resolutions, fixture_tear_down);
  g_test_add ("/compendium-view/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);

  return g_test_run ();
}
