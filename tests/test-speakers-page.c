/* test-speakers-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pln-online-bar.h"
#include "pln-speakers-page.h"
#include "pln-statements-dialog.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The chair's floor from the keyboard: delegations typed with Enter after
 * each, Alt+Up and Ctrl+Z, the clock started with Space and ended with N,
 * and the online bar once the eleventh online speaker no longer fits. The
 * keys are run as their shortcuts on the page; nothing depends on how long
 * the test takes (no statement's length is looked at). Then a row dropped
 * on another, Delete, the chair's override of the online cap from a row's
 * menu and from the cap's toast, and the written statements: attached to
 * an inscription, listed, flagged and exported in their dialog. */

typedef struct
{
  PlnWorkspace    *workspace;
  PlnMeeting      *meeting;
  PlnContext      *context;
  GDateTime       *now;
  PlnSpeakersPage *page;
  GtkWindow       *window;
  GPtrArray       *toasts;
  GPtrArray       *toast_objects;
} Fixture;

static GDateTime *
fixture_now (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_date_time_ref (fixture->now);
}

static void
toast_cb (PlnContext *context,
          AdwToast   *toast,
          Fixture    *fixture)
{
  g_ptr_array_add (fixture->toasts, g_strdup (adw_toast_get_title (toast)));
  g_ptr_array_add (fixture->toast_objects, g_object_ref (toast));
}

/* At 10:30 at the venue on the meeting's first day: the 1st plenary
 * meeting is under way. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = NULL;
  GDate day;

  fixture->workspace = pln_demo_new_workspace ();
  fixture->meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2022");
  fixture->context = pln_context_new (NULL, NULL);
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);
  fixture->toast_objects = g_ptr_array_new_with_free_func (g_object_unref);
  tz = pln_meeting_dup_time_zone (fixture->meeting);
  pln_meeting_get_day (fixture->meeting, 0, &day);
  fixture->now = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 10, 30, 0);
  pln_context_set_clock (fixture->context, fixture_now, fixture);
  g_signal_connect (fixture->context, "toast", G_CALLBACK (toast_cb), fixture);

  fixture->page = g_object_ref (g_object_new (PLN_TYPE_SPEAKERS_PAGE, "context", fixture->context, NULL));
  fixture->window = pln_test_show_page (fixture->page, fixture->meeting, 1000, 720);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->page);
  g_clear_object (&fixture->context);
  g_clear_pointer (&fixture->now, g_date_time_unref);
  g_clear_pointer (&fixture->toasts, g_ptr_array_unref);
  g_clear_pointer (&fixture->toast_objects, g_ptr_array_unref);
  g_clear_object (&fixture->workspace);
}

static gboolean
is_entry (GtkWidget     *widget,
          gconstpointer  placeholder_start)
{
  return GTK_IS_ENTRY (widget) && gtk_entry_get_placeholder_text (GTK_ENTRY (widget)) != NULL &&
         g_str_has_prefix (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), placeholder_start);
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_toggle (GtkWidget     *widget,
           gconstpointer  data)
{
  /* Not the button inside a drop-down: the one with a label. */
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
         gtk_button_get_label (GTK_BUTTON (widget)) != NULL;
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

/* What pressing @accelerator on the page runs: its own shortcut. */
static void
press (PlnSpeakersPage *page,
       const char      *accelerator)
{
  pln_test_press_shortcut (GTK_WIDGET (page), accelerator);
}

static void
assert_order (PlnSitting *sitting,
              const char *expected)
{
  g_autofree char *order = pln_test_dup_speaker_order (sitting);

  g_assert_cmpstr (order, ==, expected);
}

static PlnSitting *
nth_sitting (PlnMeeting *meeting,
             guint       n)
{
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), n);

  return sitting;
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  pln_test_save_screenshot (window, "speakers-%s-%s.png", g_getenv ("LANGUAGE") ?: "en", name);
}

/* Two delegations typed; Alt+Up on the second puts it first and Ctrl+Z
 * back; Space starts the first's clock, N ends it and the second is
 * current; Ctrl+Z gives the floor back to the first. */
static void
test_inscribe_reorder_clock (Fixture       *fixture,
                             gconstpointer  data)
{
  PlnSpeakersPage *page = fixture->page;
  PlnSitting *first = nth_sitting (fixture->meeting, 0);
  GtkWidget *entry = pln_test_find_widget (GTK_WIDGET (page), is_entry, "Delegation");
  GtkWidget *label;
  PlnSpeaker *austria;

  g_assert_true (pln_speakers_page_get_sitting (page) == first);
  {
    /* It fits a phone-sized window, as the other pages. */
    int minimum;

    gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("minimum width %d", minimum);
    g_assert_cmpint (minimum, <=, 360);
  }
  g_assert_nonnull (entry);
  type_and_enter (entry, "Austria");
  type_and_enter (entry, "Brazil");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  type_and_enter (entry, "  ");   /* nothing is added for a blank line */
  assert_order (first, "Austria, Brazil");

  /* Alt+Up on Brazil's row. */
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));
  label = pln_test_find_widget (GTK_WIDGET (page), is_label, "Brazil");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (gtk_widget_get_parent (gtk_widget_get_parent (label)))));
  press (page, "<Alt>Up");
  assert_order (first, "Brazil, Austria");
  g_assert_true (pln_context_undo (fixture->context));
  assert_order (first, "Austria, Brazil");

  /* Space, then N. */
  austria = pln_speakers_page_get_current_speaker (page);
  g_assert_cmpstr (pln_speaker_get_delegation (austria), ==, "Austria");
  press (page, "space");
  g_assert_true (pln_speaker_is_speaking (austria));
  press (page, "space");
  g_assert_false (pln_speaker_is_speaking (austria));
  press (page, "space");
  g_assert_true (pln_speaker_is_speaking (austria));
  {
    /* With a speaker and the clock running ("Resume" is the longest
     * label of the button), it still fits a phone. */
    int minimum;

    pln_test_wait_idle (1000);
    gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("minimum width with a speaker %d", minimum);
    g_assert_cmpint (minimum, <=, 360);
  }
  press (page, "n");
  g_assert_true (pln_speaker_has_ended (austria));
  g_assert_cmpstr (pln_speaker_get_delegation (pln_speakers_page_get_current_speaker (page)), ==, "Brazil");

  g_assert_true (pln_context_undo (fixture->context));
  g_assert_false (pln_speaker_has_ended (austria));
  g_assert_true (pln_speakers_page_get_current_speaker (page) == austria);
}

/* Eleven online inscriptions: ten fill the 30 minutes, the eleventh goes
 * to the 2nd plenary meeting, and the chair is told. */
static void
test_online_bar (Fixture       *fixture,
                 gconstpointer  data)
{
  PlnSpeakersPage *page = fixture->page;
  PlnSitting *first = nth_sitting (fixture->meeting, 0);
  PlnSitting *second = nth_sitting (fixture->meeting, 1);
  GtkWidget *entry = pln_test_find_widget (GTK_WIDGET (page), is_entry, "Delegation");
  GtkWidget *online = pln_test_find_widget (GTK_WIDGET (page), is_toggle, NULL);
  PlnOnlineBar *bar = PLN_ONLINE_BAR (pln_test_find_descendant (GTK_WIDGET (page), PLN_TYPE_ONLINE_BAR));
  /* The pictures are taken in each language: the words are checked in English. */
  gboolean english = g_str_has_prefix (g_getenv ("LANGUAGE") ?: "en", "en");

  type_and_enter (entry, "Austria");
  for (guint i = 1; i <= 11; i++)
    {
      g_autofree char *name = g_strdup_printf ("Online %u", i);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (online), TRUE);
      type_and_enter (entry, name);
    }

  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (first)), ==, 11);
  assert_order (second, "*Online 11");
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  if (english)
    {
      g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 0), ==,
                       "1 online speaker carried over to the 2nd plenary meeting");
      g_assert_cmpstr (pln_speakers_page_get_online_summary (page), ==, "Online: 0 of 30 minutes used, 30 planned");
    }
  g_assert_cmpint (pln_online_bar_get_cap (bar), ==, 30);
  g_assert_cmpint (pln_online_bar_get_used (bar), ==, 0);
  g_assert_cmpint (pln_online_bar_get_planned (bar), ==, 30);

  /* One undo takes back the inscription and the carrying over. */
  g_assert_true (pln_context_undo (fixture->context));
  assert_order (second, "");
  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (first)), ==, 11);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (online), TRUE);
  type_and_enter (entry, "Online 11");

  /* The picture: the first speaker under way. */
  press (page, "space");
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));
  save_screenshot (GTK_WIDGET (fixture->window), "list");

  /* The 2nd plenary meeting shows the one carried over. */
  pln_speakers_page_set_sitting (page, second);
  if (english)
    g_assert_cmpstr (pln_speakers_page_get_online_summary (page), ==, "Online: 0 of 30 minutes used, 3 planned");
}

/* ------------------------------------------------------------ the rows */

static void
inscribe (Fixture    *fixture,
          const char *names,
          gboolean    online)
{
  /* In the language of the pictures too. */
  const char *placeholder = g_dgettext (GETTEXT_PACKAGE, "Delegation asking for the floor, then Enter");
  GtkWidget *entry = pln_test_find_widget (GTK_WIDGET (fixture->page), is_entry, placeholder);
  GtkWidget *toggle = pln_test_find_widget (GTK_WIDGET (fixture->page), is_toggle, NULL);
  g_auto(GStrv) each = g_strsplit (names, ", ", -1);

  for (guint i = 0; each[i] != NULL; i++)
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), online);
      type_and_enter (entry, each[i]);
    }
}

static gboolean
is_row_label (GtkWidget     *widget,
              gconstpointer  text)
{
  return is_label (widget, text) && gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW) != NULL;
}

/* The row showing @delegation: the box the list item widget holds. */
static GtkWidget *
find_row (PlnSpeakersPage *page,
          const char      *delegation)
{
  GtkWidget *label;

  /* In the list: the current speaker's name is also above it. */
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (page), 10000));
  label = pln_test_find_widget (GTK_WIDGET (page), is_row_label, delegation);
  g_assert_nonnull (label);
  return gtk_widget_get_parent (gtk_widget_get_parent (label));
}

static PlnSpeaker *
find_speaker (PlnSitting *sitting,
              const char *delegation)
{
  GListModel *speakers = pln_sitting_get_speakers (sitting);

  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (g_strcmp0 (pln_speaker_get_delegation (speaker), delegation) == 0)
        return speaker;
    }

  return NULL;
}

static GtkDropTarget *
find_drop_target (GtkWidget *row)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

/* Chile's row dropped on Austria's takes its place; Ctrl+Z puts it back. */
static void
test_drag_reorder (Fixture       *fixture,
                   gconstpointer  data)
{
  PlnSitting *first = nth_sitting (fixture->meeting, 0);
  GtkDropTarget *target;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  inscribe (fixture, "Austria, Brazil, Chile", FALSE);
  target = find_drop_target (find_row (fixture->page, "Austria"));
  g_assert_nonnull (target);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, pln_speaker_get_id (find_speaker (first, "Chile")));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_assert_true (dropped);
  assert_order (first, "Chile, Austria, Brazil");

  g_assert_true (pln_context_undo (fixture->context));
  assert_order (first, "Austria, Brazil, Chile");
}

/* Delete on Brazil's row removes it; Ctrl+Z brings it back where it was. */
static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  PlnSitting *first = nth_sitting (fixture->meeting, 0);

  inscribe (fixture, "Austria, Brazil, Chile", FALSE);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (find_row (fixture->page, "Brazil"))));
  press (fixture->page, "Delete");
  assert_order (first, "Austria, Chile");
  g_assert_cmpstr (g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1), ==, "Speaker removed");

  g_assert_true (pln_context_undo (fixture->context));
  assert_order (first, "Austria, Brazil, Chile");
}

static GFile *
make_statement_file (const char *name)
{
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, "%PDF-1.4 a statement\n", -1, NULL));
  return g_file_new_for_path (path);
}

static gboolean
is_statement_icon (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_IMAGE (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), "x-office-document-symbolic") == 0;
}

/* The action of the item of @row's menu that runs @action, as choosing
 * it does; FALSE when the menu has no such item. */
static gboolean
activate_menu_item (GtkWidget  *row,
                    const char *action)
{
  GtkWidget *button = pln_test_find_descendant (row, GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) name = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_ACTION, NULL);
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);

      if (g_strcmp0 (g_variant_get_string (name, NULL), action) == 0)
        return gtk_widget_activate_action_variant (button, action, target);
    }

  return FALSE;
}

static gboolean
is_details_of_override (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), "given the floor over the online cap") != NULL;
}

/* In the last plenary meeting the eleventh online speaker has nowhere to
 * go: the chair gives them the floor from the row's menu, the override is
 * logged and shown, and Ctrl+Z takes it back. */
static void
test_give_floor_from_menu (Fixture       *fixture,
                           gconstpointer  data)
{
  GListModel *sittings = pln_meeting_get_sittings (fixture->meeting);
  PlnSitting *last = nth_sitting (fixture->meeting, g_list_model_get_n_items (sittings) - 1);
  gboolean english = g_str_has_prefix (g_getenv ("LANGUAGE") ?: "en", "en");
  PlnSpeaker *eleventh;

  pln_speakers_page_set_sitting (fixture->page, last);
  inscribe (fixture, "Online 1, Online 2, Online 3, Online 4, Online 5, Online 6, Online 7, Online 8, Online 9, Online 10, Online 11", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (last)), ==, 11);
  if (english)
    g_assert_cmpstr (g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1), ==,
                     "1 online speaker is over the cap and there is no later plenary meeting");
  eleventh = find_speaker (last, "Online 11");

  /* Only the one over the cap has the item. */
  g_assert_false (activate_menu_item (find_row (fixture->page, "Online 10"), "speakers.give-floor"));
  g_assert_true (activate_menu_item (find_row (fixture->page, "Online 11"), "speakers.give-floor"));
  g_assert_true (pln_speaker_was_given_floor_over_cap (eleventh));
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture->page), 10000));
  if (english)
    g_assert_nonnull (pln_test_find_widget (GTK_WIDGET (fixture->page), is_details_of_override, NULL));

  /* The picture: the end of the list, with a statement not to be posted. */
  {
    g_autoptr(GFile) file = make_statement_file ("online-10.pdf");
    PlnSpeaker *tenth = find_speaker (last, "Online 10");
    g_autoptr(PlnStatement) statement = NULL;
    GtkWidget *scroller = gtk_widget_get_ancestor (find_row (fixture->page, "Online 11"), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    g_assert_true (pln_speakers_page_attach_statement (fixture->page, tenth, file));
    statement = g_list_model_get_item (pln_speaker_get_statements (tenth), 0);
    pln_statement_set_may_post (statement, FALSE);
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    g_assert_true (pln_test_wait_drawn (GTK_WIDGET (fixture->page), 10000));
    if (english)
      g_assert_cmpstr (gtk_widget_get_tooltip_text (pln_test_find_widget (find_row (fixture->page, "Online 10"), is_statement_icon, NULL)),
                       ==, "Written statement: online-10.pdf, not to be posted");
    save_screenshot (GTK_WIDGET (fixture->window), "over-cap");
    g_assert_true (pln_context_undo (fixture->context));
  }

  /* Given once: the item is gone. */
  g_assert_false (activate_menu_item (find_row (fixture->page, "Online 11"), "speakers.give-floor"));

  g_assert_true (pln_context_undo (fixture->context));
  g_assert_false (pln_speaker_was_given_floor_over_cap (eleventh));
  g_assert_true (activate_menu_item (find_row (fixture->page, "Online 11"), "speakers.give-floor"));
}

/* The toast that says a speaker was carried over gives them the floor
 * anyway: back at the end of the 1st plenary meeting's list. */
static void
test_give_floor_from_toast (Fixture       *fixture,
                            gconstpointer  data)
{
  PlnSitting *first = nth_sitting (fixture->meeting, 0);
  PlnSitting *second = nth_sitting (fixture->meeting, 1);
  AdwToast *toast;
  PlnSpeaker *eleventh;

  inscribe (fixture, "Online 1, Online 2, Online 3, Online 4, Online 5, Online 6, Online 7, Online 8, Online 9, Online 10, Online 11", TRUE);
  assert_order (second, "*Online 11");
  eleventh = find_speaker (second, "Online 11");
  g_assert_cmpuint (fixture->toast_objects->len, ==, 1);
  toast = g_ptr_array_index (fixture->toast_objects, 0);
  g_assert_nonnull (adw_toast_get_button_label (toast));

  g_signal_emit_by_name (toast, "button-clicked");
  assert_order (second, "");
  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (first)), ==, 11);
  g_assert_true (find_speaker (first, "Online 11") == eleventh);
  g_assert_true (pln_speaker_was_given_floor_over_cap (eleventh));

  g_assert_true (pln_context_undo (fixture->context));
  assert_order (second, "*Online 11");
  g_assert_false (pln_speaker_was_given_floor_over_cap (eleventh));
}

/* ------------------------------------------------------------ written statements */

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Austria's statement attached from its row, then Ctrl+Z. */
static void
test_attach_statement (Fixture       *fixture,
                       gconstpointer  data)
{
  PlnSitting *first = nth_sitting (fixture->meeting, 0);
  g_autoptr(GFile) file = make_statement_file ("austria.pdf");
  PlnSpeaker *austria;
  GtkWidget *icon;

  inscribe (fixture, "Austria, Brazil", FALSE);
  austria = find_speaker (first, "Austria");
  g_assert_null (pln_test_find_widget (find_row (fixture->page, "Austria"), is_statement_icon, NULL));

  g_assert_true (pln_speakers_page_attach_statement (fixture->page, austria, file));
  g_assert_cmpuint (g_list_model_get_n_items (pln_speaker_get_statements (austria)), ==, 1);
  icon = pln_test_find_widget (find_row (fixture->page, "Austria"), is_statement_icon, NULL);
  g_assert_nonnull (icon);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, "Written statement: austria.pdf");
  g_assert_null (pln_test_find_widget (find_row (fixture->page, "Brazil"), is_statement_icon, NULL));

  g_assert_true (pln_context_undo (fixture->context));
  g_assert_cmpuint (g_list_model_get_n_items (pln_speaker_get_statements (austria)), ==, 0);
  g_assert_null (pln_test_find_widget (find_row (fixture->page, "Austria"), is_statement_icon, NULL));
}

static gboolean
is_dialog_shown (gpointer data)
{
  GtkWindow *dialog = pln_test_find_toplevel (PLN_TYPE_STATEMENTS_DIALOG);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

/* The Written Statements dialog: Austria's statement listed with its item
 * and plenary meeting, its switch flips the model and Ctrl+Z flips it back;
 * a general statement added; the export writes the index. */
static void
test_statements_dialog (Fixture       *fixture,
                        gconstpointer  data)
{
  PlnSitting *first = nth_sitting (fixture->meeting, 0);
  g_autoptr(GFile) file = make_statement_file ("austria.pdf");
  g_autoptr(GFile) general = make_statement_file ("general.pdf");
  g_autoptr(PlnStatement) statement = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *index = NULL;
  gboolean english = g_str_has_prefix (g_getenv ("LANGUAGE") ?: "en", "en");
  GtkWindow *dialog;
  GtkWidget *row, *button;

  inscribe (fixture, "Austria, Brazil", FALSE);
  g_assert_true (pln_speakers_page_attach_statement (fixture->page, find_speaker (first, "Austria"), file));
  statement = g_list_model_get_item (pln_speaker_get_statements (find_speaker (first, "Austria")), 0);
  {
    /* A general statement of the Chair's, not to be posted. */
    g_autoptr(GFile) chair_file = make_statement_file ("chair.pdf");
    g_autoptr(PlnStatement) chair = pln_statement_new (g_file_peek_path (chair_file));

    pln_statement_set_delegation (chair, "Chair");
    pln_statement_set_may_post (chair, FALSE);
    pln_meeting_add_statement (fixture->meeting, chair);
  }

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "speakers.statements", NULL);
  g_assert_true (pln_test_wait_until (is_dialog_shown, NULL, 10000));
  dialog = pln_test_find_toplevel (PLN_TYPE_STATEMENTS_DIALOG);
  g_assert_true (gtk_window_get_modal (dialog));
  {
    /* It fits a phone-sized window too. */
    int minimum;

    gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("dialog minimum width %d", minimum);
    g_assert_cmpint (minimum, <=, 360);
  }
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (dialog), 10000));
  save_screenshot (GTK_WIDGET (dialog), "statements");
  row = pln_test_find_widget (GTK_WIDGET (dialog), is_row_titled, "Austria");
  g_assert_nonnull (row);
  if (english)
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Item 1 (a) · 1st plenary meeting · austria.pdf");

  /* Posted unless told otherwise: the switch, then Ctrl+Z. */
  button = pln_test_find_descendant (row, GTK_TYPE_SWITCH);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (button)));
  gtk_switch_set_active (GTK_SWITCH (button), FALSE);
  g_assert_false (pln_statement_get_may_post (statement));
  pln_test_press_shortcut (GTK_WIDGET (dialog), "<Control>z");
  g_assert_true (pln_statement_get_may_post (statement));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (button)));

  /* A general statement, listed at once. */
  g_assert_true (pln_statements_dialog_add_general (PLN_STATEMENTS_DIALOG (dialog), general, "Brazil"));
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_statements (fixture->meeting)), ==, 2);
  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (dialog), 10000));
  g_assert_nonnull (pln_test_find_widget (GTK_WIDGET (dialog), is_row_titled, "Brazil"));

  /* The export: the posted files and their index. */
  folder = pln_test_make_folder ();
  {
    g_autoptr(GFile) out = g_file_new_for_path (folder);

    g_assert_true (pln_statements_dialog_export_to (PLN_STATEMENTS_DIALOG (dialog), out));
  }
  index = g_build_filename (folder, "index.html", NULL);
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));

  /* Escape closes it. */
  pln_test_press_shortcut (GTK_WIDGET (dialog), "Escape");
  g_assert_true (pln_test_wait_no_window (PLN_TYPE_STATEMENTS_DIALOG, 10000));
}

int
main (int   argc,
      char *argv[])
{
  pln_test_ui_init_language ();
  pln_test_ui_init (&argc, &argv);

  g_test_add ("/speakers-page/inscribe-reorder-clock", Fixture, NULL, fixture_set_up, test_inscribe_reorder_clock, fixture_tear_down);
  g_test_add ("/speakers-page/online-bar", Fixture, NULL, fixture_set_up, test_online_bar, fixture_tear_down);
  g_test_add ("/speakers-page/drag-reorder", Fixture, NULL, fixture_set_up, test_drag_reorder, fixture_tear_down);
  g_test_add ("/speakers-page/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/speakers-page/give-floor-menu", Fixture, NULL, fixture_set_up, test_give_floor_from_menu, fixture_tear_down);
  g_test_add ("/speakers-page/give-floor-toast", Fixture, NULL, fixture_set_up, test_give_floor_from_toast, fixture_tear_down);
  g_test_add ("/speakers-page/attach-statement", Fixture, NULL, fixture_set_up, test_attach_statement, fixture_tear_down);
  g_test_add ("/speakers-page/statements-dialog", Fixture, NULL, fixture_set_up, test_statements_dialog, fixture_tear_down);

  return g_test_run ();
}
