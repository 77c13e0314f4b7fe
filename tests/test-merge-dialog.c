/* test-merge-dialog.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pln-application.h"
#include "pln-merge-dialog.h"
#include "pln-merge-labels.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"

/* The conflict dialog speaks of fields and objects as the interface
 * does, never by the workspace file's member names: every field of every
 * model class a conflict can name has a label, every list a name for its
 * items; and the rows of conflicts on a field of each kind say the label,
 * with who changed each side; an object both moved says under what each
 * put it. With PLN_SCREENSHOT_DIR set, the dialog is drawn there
 * (merge-dialog-fields.png, merge-dialog-moved.png). */

/* Every class of the model, so that one added without labels is noticed. */
static GType (* const model_types[]) (void) = {
  pln_workspace_get_type, pln_working_group_get_type, pln_meeting_get_type, pln_sitting_get_type,
  pln_placement_get_type, pln_speaker_get_type, pln_speaker_event_get_type, pln_statement_get_type,
  pln_agenda_item_get_type, pln_footnote_get_type, pln_document_ref_get_type, pln_registration_get_type,
  pln_recommendation_get_type, pln_export_record_get_type, pln_theme_get_type, pln_resolution_get_type,
  pln_published_document_get_type,
};

static void
test_every_field_named (void)
{
  g_autofree GType *children = NULL;
  guint n_children;

  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      GType type = model_types[t] ();
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      guint n_fields;
      const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_CLASS (klass), &n_fields);

      for (guint i = 0; i < n_fields; i++)
        {
          const char *member = pln_object_class_get_member (PLN_OBJECT_CLASS (klass), i);
          const char *label;

          if (fields[i].flags & PLN_FIELD_NOT_IN_JSON)
            continue;
          if (fields[i].kind == PLN_FIELD_OBJECT && (fields[i].flags & PLN_FIELD_READ_ONLY))
            continue;

          label = fields[i].kind == PLN_FIELD_LIST
                  ? pln_merge_collection_label (member)
                  : pln_merge_field_label (type, member);
          if (label == NULL || *label == '\0' || strcmp (label, member) == 0 || strchr (label, '_') != NULL)
            g_error ("%s's “%s” has no label for people (%s)", g_type_name (type), member, label);
        }
    }

  children = g_type_children (PLN_TYPE_OBJECT, &n_children);
  g_assert_cmpuint (n_children, ==, G_N_ELEMENTS (model_types));
}

/* ---------------------------------------------------------- the rows */

typedef PlnTestTwoStores Fixture;

/* The two officers, by name. */
static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  pln_test_two_stores_set_up (fixture, data);
  pln_store_set_author (fixture->test.store, "Maria Lopez");
  pln_store_set_author (fixture->other, "Li Wei");
}

static PlnRecommendation *
recommendation (PlnStore *store)
{
  g_autoptr(PlnRecommendation) found = g_list_model_get_item (pln_meeting_get_recommendations (pln_test_store_meeting (store, 0)), 3);

  return found;
}

/* One side's edits, @n telling the sides apart: a field of each kind
 * that can conflict (a flag merges bit by bit, a boolean changed on both
 * sides is changed to the same value). */
static void
edit (PlnStore *store,
      guint     n)
{
  PlnRecommendation *rec = recommendation (store);
  PlnMeeting *m = pln_test_store_meeting (store, 0);
  g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (m), n);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2022, 6, 27, 10 + n, 0, 0);
  g_autoptr(GDate) day = g_date_new_dmy (1 + n, G_DATE_JULY, 2022);
  g_autoptr(PlnTheme) theme = g_list_model_get_item (pln_workspace_get_themes (pln_store_get_workspace (store)), n);
  const char *themes[] = { pln_theme_get_id (theme), NULL };

  pln_recommendation_set_text (rec, n == 0 ? "Mine" : "Theirs");
  pln_recommendation_set_status (rec, n == 0 ? PLN_RECOMMENDATION_STATUS_AGREED : PLN_RECOMMENDATION_STATUS_WITHDRAWN);
  pln_recommendation_set_day (rec, day);
  pln_recommendation_set_agenda_item (rec, item);
  pln_recommendation_set_themes (rec, themes);
  g_object_set (rec, "created", created, NULL);
  pln_meeting_set_ordinal (m, 20 + n);
  pln_meeting_set_morning_start (m, 9 * 60 + n * 30);
}

/* The other store saves first; this one's save then meets its changes
 * and waits for choices. */
static void
save_both (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_store_save (fixture->other, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pln_store_save (fixture->test.store, NULL, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_CHANGED);
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static void
test_rows_name_fields (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const expected[] = {
    "Text", "Status", "Day", "Agenda Item", "Themes", "Created", "Number of the Meeting", "Morning Start",
  };
  g_autoptr(GString) shown = g_string_new (NULL);
  PlnMergeDialog *dialog;
  PlnMerge *merge;

  edit (fixture->other, 1);
  edit (fixture->test.store, 0);
  save_both (fixture);

  merge = pln_store_get_merge (fixture->test.store);
  g_assert_nonnull (merge);
  g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, G_N_ELEMENTS (expected));

  dialog = pln_merge_dialog_new (fixture->test.store);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (pln_test_wait_mapped (dialog, 10000));
  collect_labels (GTK_WIDGET (dialog), shown);

  for (guint i = 0; i < pln_merge_get_n_conflicts (merge); i++)
    {
      const PlnMergeConflict *conflict = pln_merge_get_conflict (merge, i);
      g_autofree char *line = g_strdup_printf ("\n%s\n", conflict->member);
      g_autofree char *raw = g_strdup_printf ("Field: %s", conflict->member);

      if (strstr (shown->str, line) != NULL || strstr (shown->str, raw) != NULL)
        g_error ("the dialog shows the raw member “%s”:\n%s", conflict->member, shown->str);
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s\n", expected[i]);

      if (strstr (shown->str, line) == NULL)
        g_error ("no row names the field “%s”:\n%s", expected[i], shown->str);
    }
  /* Objects as the interface names them, each side with its author. */
  g_assert_nonnull (strstr (shown->str, "Meeting 1 › Recommendation 4"));
  g_assert_nonnull (strstr (shown->str, "Yours: Mine (Changed by Maria Lopez at "));
  g_assert_nonnull (strstr (shown->str, "Theirs: Theirs (Changed by Li Wei at "));

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (dialog), 10000));
  pln_test_save_screenshot (GTK_WIDGET (dialog), "merge-dialog-fields.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Moves sub-item 1 (a) of the first meeting under item @to. */
static void
move_sub_item (PlnStore *store,
               guint     to)
{
  PlnMeeting *m = pln_test_store_meeting (store, 0);
  g_autoptr(PlnAgendaItem) first = g_list_model_get_item (pln_meeting_get_agenda (m), 0);
  g_autoptr(PlnAgendaItem) target = g_list_model_get_item (pln_meeting_get_agenda (m), to);
  g_autoptr(PlnAgendaItem) sub_item = g_list_model_get_item (pln_agenda_item_get_sub_items (first), 0);

  pln_agenda_item_remove_sub_item (first, sub_item);
  pln_agenda_item_append_sub_item (target, sub_item);
}

/* Both moved a sub-item, to different items: the row says so, and each
 * choice says under what. */
static void
test_moved_row (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(PlnAgendaItem) mine_to = g_list_model_get_item (pln_meeting_get_agenda (pln_test_store_meeting (fixture->test.store, 0)), 1);
  g_autoptr(PlnAgendaItem) theirs_to = g_list_model_get_item (pln_meeting_get_agenda (pln_test_store_meeting (fixture->other, 0)), 2);
  g_autofree char *yours = g_strdup_printf ("\nYours: under %s (Changed by Maria Lopez at ", pln_agenda_item_get_title (mine_to));
  g_autofree char *theirs = g_strdup_printf ("\nTheirs: under %s (Changed by Li Wei at ", pln_agenda_item_get_title (theirs_to));
  PlnMergeDialog *dialog;

  move_sub_item (fixture->other, 2);
  move_sub_item (fixture->test.store, 1);
  save_both (fixture);
  g_assert_cmpuint (pln_merge_get_n_conflicts (pln_store_get_merge (fixture->test.store)), ==, 1);

  dialog = pln_merge_dialog_new (fixture->test.store);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (pln_test_wait_mapped (dialog, 10000));
  collect_labels (GTK_WIDGET (dialog), shown);
  g_assert_nonnull (strstr (shown->str, "Meeting 1 › Agenda Item 2 › Sub-Item 1\n"));
  g_assert_nonnull (strstr (shown->str, "\nYou and someone else moved it to different places\n"));
  g_assert_nonnull (strstr (shown->str, yours));
  g_assert_nonnull (strstr (shown->str, theirs));

  g_assert_true (pln_test_wait_drawn (GTK_WIDGET (dialog), 10000));
  pln_test_save_screenshot (GTK_WIDGET (dialog), "merge-dialog-moved.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  pln_application_init_i18n ();
  pln_test_ui_init (&argc, &argv);

  g_test_add_func ("/merge-dialog/every-field-named", test_every_field_named);
  g_test_add ("/merge-dialog/rows-name-fields", Fixture, NULL, set_up, test_rows_name_fields, pln_test_two_stores_tear_down);
  g_test_add ("/merge-dialog/moved-row", Fixture, NULL, set_up, test_moved_row, pln_test_two_stores_tear_down);

  return g_test_run ();
}
