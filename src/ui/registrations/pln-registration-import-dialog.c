/* pln-registration-import-dialog.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registration-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-accessible.h"
#include "pln-dialog-rows.h"
#include "pln-enum-types.h"
#include "pln-format.h"
#include "pln-registration-dialog.h"
#include "pln-registration-import-dialog.h"

/* The registration system's CSV export, before anything is added: how
 * many lines will be imported, the columns as they were mapped (each can
 * be changed) and those not imported, what to do with the people the
 * meeting has already, the values that name no choice (a participation
 * "Hybrid?") with their lines, kept out until the user says what each
 * means, the lines that cannot be imported with their number and why,
 * and the first registrations as they will be. Nothing is turned into
 * another value without the user's word; Cancel leaves the meeting as it
 * was. */

/* A list box row a line: enough to see what will happen, few enough to
 * build at once however long the file. */
#define MAX_ROWS 200

struct _PlnRegistrationImportDialog
{
  AdwWindow              parent_instance;

  /* Template widgets */
  GtkWidget             *import_button;
  GtkLabel              *summary_label;
  AdwPreferencesGroup   *duplicates_group;
  AdwComboRow           *duplicates_row;
  AdwPreferencesGroup   *columns_group;
  AdwPreferencesGroup   *unmapped_group;
  GtkListBox            *unmapped_list;
  AdwPreferencesGroup   *values_group;
  AdwPreferencesGroup   *problems_group;
  GtkListBox            *problems_list;
  GtkListBox            *preview_list;

  /* Borrowed references */
  GPtrArray             *column_rows;  /* AdwComboRow a column of the file */
  GHashTable            *value_rows;   /* "field\x1fvalue" → AdwComboRow of a value to decide */

  /* Owned references */
  PlnMeeting            *meeting;
  PlnRegistrationImport *import;
  char                  *file_name;
  gboolean               applied;
};

G_DEFINE_FINAL_TYPE (PlnRegistrationImportDialog, pln_registration_import_dialog, ADW_TYPE_WINDOW)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void refresh (PlnRegistrationImportDialog *self);

static void
more_row (GtkListBox *list,
          guint       n)
{
  g_autofree char *more = NULL;

  /* Translators: below a list cut short */
  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n), n);
  gtk_list_box_append (list, pln_dialog_text_row_new (more, NULL));
}

static void
fill_problems (PlnRegistrationImportDialog *self)
{
  GArray *problems = pln_registration_import_get_problems (self->import);
  g_autofree char *title = NULL;

  pln_list_box_remove_all (self->problems_list);
  for (guint i = 0; i < problems->len && i < MAX_ROWS; i++)
    {
      PlnImportProblem *problem = &g_array_index (problems, PlnImportProblem, i);
      g_autofree char *line = NULL;

      /* Translators: %u is a line number of the file */
      line = g_strdup_printf (_("Line %u"), problem->line);
      gtk_list_box_append (self->problems_list, pln_dialog_text_row_new (line, problem->message));
    }
  if (problems->len > MAX_ROWS)
    more_row (self->problems_list, problems->len - MAX_ROWS);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Line Not Imported", "%u Lines Not Imported",
                                        problems->len), problems->len);
  adw_preferences_group_set_title (self->problems_group, title);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
}

static void
fill_preview (PlnRegistrationImportDialog *self)
{
  GPtrArray *valid = pln_registration_import_get_valid (self->import);

  pln_list_box_remove_all (self->preview_list);
  for (guint i = 0; i < valid->len && i < MAX_ROWS; i++)
    {
      PlnRegistration *reg = g_ptr_array_index (valid, i);
      g_autoptr(GString) details = g_string_new (pln_registration_get_delegation (reg));
      g_autofree char *shown = NULL;

      g_string_append_printf (details, "%s%s · %s · %s · %s", details->len ? " · " : "",
                              pln_registration_category_to_label (pln_registration_get_category (reg)),
                              pln_registration_role_to_label (pln_registration_get_role (reg)),
                              pln_participation_mode_to_label (pln_registration_get_mode (reg)),
                              pln_registration_status_to_label (pln_registration_get_status (reg)));
      if (pln_registration_get_email (reg) != NULL)
        g_string_append_printf (details, " · %s", pln_registration_get_email (reg));
      shown = pln_format_in_reading_order (details->str);
      gtk_list_box_append (self->preview_list, pln_dialog_text_row_new (pln_registration_get_name (reg), shown));
    }
  if (valid->len > MAX_ROWS)
    more_row (self->preview_list, valid->len - MAX_ROWS);
}

static guint
count_to_import (PlnRegistrationImportDialog *self)
{
  guint n = pln_registration_import_get_valid (self->import)->len;

  if (adw_combo_row_get_selected (self->duplicates_row) == PLN_DUPLICATES_SKIP)
    n -= pln_registration_import_get_n_duplicates (self->import);
  return n;
}

static void
update_counts (PlnRegistrationImportDialog *self)
{
  guint n_lines = pln_registration_import_get_n_lines (self->import);
  guint n_problems = pln_registration_import_get_problems (self->import)->len;
  guint n_duplicates = pln_registration_import_get_n_duplicates (self->import);
  guint n = count_to_import (self);
  g_autofree char *lines = NULL;
  g_autofree char *button = NULL;
  g_autofree char *duplicates = NULL;
  g_autofree char *summary = NULL;

  /* Translators: %s is a file name, %u its number of lines */
  lines = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u line", "%s: %u lines", n_lines),
                           self->file_name, n_lines);
  summary = g_strdup_printf ("%s · %s", lines,
                             n_problems == 0 ? _("every line can be imported")
                                             : g_dngettext (GETTEXT_PACKAGE, "one cannot be imported",
                                                            "some cannot be imported", n_problems));
  gtk_label_set_text (self->summary_label, summary);

  /* Translators: the button that adds the registrations; %u is how many */
  button = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u", "_Import %u", n), n);
  gtk_button_set_label (GTK_BUTTON (self->import_button), button);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", n > 0);

  duplicates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u line has the e-mail of a registration the meeting has already",
                                             "%u lines have the e-mail of a registration the meeting has already",
                                             n_duplicates), n_duplicates);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->duplicates_row), duplicates);
  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_group), n_duplicates > 0);
}

static void
fill_unmapped (PlnRegistrationImportDialog *self)
{
  g_auto(GStrv) unmapped = pln_registration_import_dup_unmapped (self->import);

  pln_list_box_remove_all (self->unmapped_list);
  for (guint i = 0; unmapped[i] != NULL; i++)
    gtk_list_box_append (self->unmapped_list, pln_dialog_text_row_new (unmapped[i], NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->unmapped_group), unmapped[0] != NULL);
}

static gboolean
field_is_mapped (PlnRegistrationImportDialog *self,
                 PlnImportField               field)
{
  for (guint c = 0; c < pln_registration_import_get_n_columns (self->import); c++)
    if (pln_registration_import_get_mapping (self->import, c) == field)
      return TRUE;

  return FALSE;
}

/* The lines of the file that have @value for @field, as "3, 17, 21". */
static char *
dup_value_lines (PlnRegistrationImportDialog *self,
                 PlnImportField               field,
                 const char                  *value,
                 guint                       *n_lines)
{
  GArray *lines = pln_registration_import_get_unknown_lines (self->import, field, value);
  g_autoptr(GString) text = g_string_new (NULL);

  *n_lines = lines != NULL ? lines->len : 0;
  for (guint i = 0; i < *n_lines; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? ", " : "", g_array_index (lines, guint, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
value_chosen_cb (AdwComboRow                 *row,
                 GParamSpec                  *pspec,
                 PlnRegistrationImportDialog *self)
{
  PlnImportField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  const char *value = g_object_get_data (G_OBJECT (row), "value");
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  /* The first entry keeps the lines out. */
  pln_registration_import_choose (self->import, field, value, (int) selected - 1);
  refresh (self);
}

/* A row to say what @value of @field means: the choices of the field,
 * after "Keep these lines out", which it starts with. */
static GtkWidget *
value_row_new (PlnRegistrationImportDialog *self,
               PlnImportField               field,
               const char                  *value)
{
  g_autoptr(GtkStringList) choices = pln_registration_labels_new (pln_import_field_get_choices_type (field));
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *lines = NULL;
  g_autofree char *subtitle = NULL;
  guint n_lines;

  /* Translators: the first choice for a value of the file that names none: its lines are not imported */
  gtk_string_list_splice (choices, 0, 0, (const char * const[]) { _("Keep these lines out"), NULL });
  lines = dup_value_lines (self, field, value, &n_lines);
  /* Translators: below a value of the file that names no choice: the field, then the lines of the file that have it, as "3, 17, 21" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · line %s", "%s · lines %s", n_lines),
                              pln_import_field_to_label (field), lines);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), value);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  g_object_set_data_full (G_OBJECT (row), "value", g_strdup (value), g_free);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (value_chosen_cb), self, 0);
  pln_accessible_name_lists (GTK_WIDGET (row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return row;
}

/* A row per value to decide, made when the value first appears and kept
 * after a choice (so that it can be taken back); shown while a column
 * gives its field. */
static void
fill_values (PlnRegistrationImportDialog *self)
{
  GHashTableIter iter;
  gpointer row;
  gboolean any = FALSE;

  for (PlnImportField field = 0; field < PLN_IMPORT_N_FIELDS; field++)
    {
      GPtrArray *unknown;

      if (!pln_import_field_has_choices (field))
        continue;

      unknown = pln_registration_import_get_unknown_values (self->import, field);
      for (guint i = 0; i < unknown->len; i++)
        {
          g_autofree char *key = g_strdup_printf ("%u\x1f%s", field, (char *) unknown->pdata[i]);

          if (g_hash_table_contains (self->value_rows, key))
            continue;

          row = value_row_new (self, field, unknown->pdata[i]);
          adw_preferences_group_add (self->values_group, row);
          g_hash_table_insert (self->value_rows, g_steal_pointer (&key), row);
        }
    }

  g_hash_table_iter_init (&iter, self->value_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      gboolean shown = field_is_mapped (self, GPOINTER_TO_UINT (g_object_get_data (row, "field")));

      gtk_widget_set_visible (row, shown);
      any |= shown;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->values_group), any);
}

static void
refresh (PlnRegistrationImportDialog *self)
{
  fill_unmapped (self);
  fill_values (self);
  fill_problems (self);
  fill_preview (self);
  update_counts (self);
}

static void
mapping_changed_cb (AdwComboRow                 *row,
                    GParamSpec                  *pspec,
                    PlnRegistrationImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint field = adw_combo_row_get_selected (row);

  if (field == GTK_INVALID_LIST_POSITION || field == pln_registration_import_get_mapping (self->import, column))
    return;

  pln_registration_import_set_mapping (self->import, column, field, NULL);
  refresh (self);
}

static void
add_column_rows (PlnRegistrationImportDialog *self)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);

  for (guint f = 0; f < PLN_IMPORT_N_FIELDS; f++)
    gtk_string_list_append (fields, pln_import_field_to_label (f));

  for (guint c = 0; c < pln_registration_import_get_n_columns (self->import); c++)
    {
      GtkWidget *row = adw_combo_row_new ();
      const char *header = pln_registration_import_get_header (self->import, c);
      const char *sample = pln_registration_import_get_sample (self->import, c);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *header ? header : "—");
      if (sample != NULL && *sample != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (fields));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), pln_registration_import_get_mapping (self->import, c));
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (c));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (mapping_changed_cb), self, 0);
      pln_accessible_name_lists (GTK_WIDGET (row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }
}

/**
 * pln_registration_import_dialog_apply:
 *
 * Adds the registrations to the meeting as chosen, emits "applied" and
 * closes.
 *
 * Returns: whether anything could be imported
 */
gboolean
pln_registration_import_dialog_apply (PlnRegistrationImportDialog *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION_IMPORT_DIALOG (self), FALSE);

  if (self->applied || count_to_import (self) == 0)
    return FALSE;

  self->applied = TRUE;
  pln_registration_import_apply (self->import, adw_combo_row_get_selected (self->duplicates_row));
  g_signal_emit (self, signals [APPLIED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  pln_registration_import_dialog_apply (PLN_REGISTRATION_IMPORT_DIALOG (widget));
}

static void
pln_registration_import_dialog_dispose (GObject *object)
{
  PlnRegistrationImportDialog *self = PLN_REGISTRATION_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_REGISTRATION_IMPORT_DIALOG);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (pln_registration_import_dialog_parent_class)->dispose (object);
}

static void
pln_registration_import_dialog_finalize (GObject *object)
{
  PlnRegistrationImportDialog *self = PLN_REGISTRATION_IMPORT_DIALOG (object);

  g_clear_pointer (&self->import, pln_registration_import_free);
  g_free (self->file_name);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->value_rows, g_hash_table_unref);

  G_OBJECT_CLASS (pln_registration_import_dialog_parent_class)->finalize (object);
}

static void
pln_registration_import_dialog_class_init (PlnRegistrationImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_registration_import_dialog_dispose;
  object_class->finalize = pln_registration_import_dialog_finalize;

  /**
   * PlnRegistrationImportDialog::applied:
   *
   * The registrations were added to the meeting; the import says which.
   */
  signals [APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-registration-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, duplicates_group);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, duplicates_row);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, unmapped_group);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, unmapped_list);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, values_group);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, PlnRegistrationImportDialog, preview_list);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pln_registration_import_dialog_init (PlnRegistrationImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->column_rows = g_ptr_array_new ();
  self->value_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Its title is the count of duplicates, set later: named by its group's. */
  pln_accessible_name_lists (GTK_WIDGET (self->duplicates_row), _("Already Registered"));
  g_signal_connect_object (self->duplicates_row, "notify::selected", G_CALLBACK (update_counts), self,
                           G_CONNECT_SWAPPED);
}

/**
 * pln_registration_import_dialog_new:
 * @import: (transfer full): the file, read and checked
 * @file_name: the file's name, as the user knows it
 */
PlnRegistrationImportDialog *
pln_registration_import_dialog_new (GtkWindow             *parent,
                                    PlnMeeting            *meeting,
                                    PlnRegistrationImport *import,
                                    const char            *file_name)
{
  PlnRegistrationImportDialog *self = g_object_new (PLN_TYPE_REGISTRATION_IMPORT_DIALOG,
                                                    "transient-for", parent, NULL);

  self->meeting = g_object_ref (meeting);
  self->import = import;
  self->file_name = g_strdup (file_name);
  add_column_rows (self);
  refresh (self);
  return self;
}

/**
 * pln_registration_import_dialog_present:
 * @parent: the widget the import starts from; its window becomes the
 *   dialog's parent
 * @import: (transfer full): the file, read and checked
 * @file_name: the file's name, as the user knows it
 *
 * Returns: (transfer none): the dialog, shown
 */
PlnRegistrationImportDialog *
pln_registration_import_dialog_present (GtkWidget             *parent,
                                        PlnMeeting            *meeting,
                                        PlnRegistrationImport *import,
                                        const char            *file_name)
{
  PlnRegistrationImportDialog *self =
    pln_registration_import_dialog_new (pln_widget_get_parent_window (parent), meeting, import, file_name);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * pln_registration_import_dialog_get_import:
 *
 * Returns: (transfer none): the import shown
 */
PlnRegistrationImport *
pln_registration_import_dialog_get_import (PlnRegistrationImportDialog *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/**
 * pln_registration_import_dialog_get_meeting:
 *
 * Returns: (transfer none): the meeting the registrations are for
 */
PlnMeeting *
pln_registration_import_dialog_get_meeting (PlnRegistrationImportDialog *self)
{
  g_return_val_if_fail (PLN_IS_REGISTRATION_IMPORT_DIALOG (self), NULL);

  return self->meeting;
}

void
pln_registration_import_dialog_set_policy (PlnRegistrationImportDialog *self,
                                           PlnDuplicatePolicy           policy)
{
  g_return_if_fail (PLN_IS_REGISTRATION_IMPORT_DIALOG (self));

  adw_combo_row_set_selected (self->duplicates_row, policy);
}

/* As the user does by choosing in the column's row. */
void
pln_registration_import_dialog_set_mapping (PlnRegistrationImportDialog *self,
                                            guint                        column,
                                            PlnImportField               field)
{
  g_return_if_fail (PLN_IS_REGISTRATION_IMPORT_DIALOG (self));
  g_return_if_fail (column < self->column_rows->len);

  adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, column), field);
}

/**
 * pln_registration_import_dialog_choose:
 * @field: a field with choices
 * @value: a value of the file that names none of them
 * @choice: what it means (a value of the field's enum), or -1 to keep its
 *   lines out
 *
 * As the user does by choosing in the value's row.
 *
 * Returns: whether the dialog shows that value
 */
gboolean
pln_registration_import_dialog_choose (PlnRegistrationImportDialog *self,
                                       PlnImportField               field,
                                       const char                  *value,
                                       int                          choice)
{
  g_autofree char *key = NULL;
  AdwComboRow *row;

  g_return_val_if_fail (PLN_IS_REGISTRATION_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  key = g_strdup_printf ("%u\x1f%s", field, value);
  row = g_hash_table_lookup (self->value_rows, key);
  if (row == NULL || !gtk_widget_get_visible (GTK_WIDGET (row)))
    return FALSE;

  adw_combo_row_set_selected (row, (guint) (choice + 1));
  return TRUE;
}
