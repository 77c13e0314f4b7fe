/* pln-compendium-view-resolutions.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-compendium-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-compat.h"
#include "pln-date-row.h"
#include "pln-compendium-view-private.h"

/* The Conference's resolutions and decisions, entered by hand so that
 * the compendium holds all three kinds: a dialog with the kind, the
 * symbol ("resolution 11/3"), the date, the text, the working group whose
 * work it concerns (if one) and its themes. "Add Resolution or Decision…"
 * opens it empty; activating a resolution in the list opens it on that
 * one, with Remove. Adding, editing and removing can be undone. */

/* What an edit changes, kept to put back. */
typedef struct
{
  PlnResolution   *resolution;
  PlnEntryKind     kind;
  char            *symbol;
  GDate            date;
  char            *text;
  PlnWorkingGroup *working_group;
  char           **themes;
} Values;

static Values *
values_new (PlnResolution *resolution)
{
  Values *values = g_new0 (Values, 1);
  const GDate *date = pln_resolution_get_date (resolution);

  values->resolution = g_object_ref (resolution);
  values->kind = pln_resolution_get_kind (resolution);
  values->symbol = g_strdup (pln_resolution_get_symbol (resolution));
  g_date_clear (&values->date, 1);
  if (date != NULL)
    values->date = *date;
  values->text = g_strdup (pln_resolution_get_text (resolution));
  g_set_object (&values->working_group, pln_resolution_get_working_group (resolution));
  values->themes = g_strdupv ((char **) pln_resolution_get_themes (resolution));
  return values;
}

static void
values_free (gpointer data)
{
  Values *values = data;

  g_object_unref (values->resolution);
  g_clear_object (&values->working_group);
  g_free (values->symbol);
  g_free (values->text);
  g_strfreev (values->themes);
  g_free (values);
}

static void
values_apply (gpointer data)
{
  Values *values = data;
  PlnResolution *resolution = values->resolution;

  pln_resolution_set_kind (resolution, values->kind);
  pln_resolution_set_symbol (resolution, values->symbol);
  pln_resolution_set_date (resolution, g_date_valid (&values->date) ? &values->date : NULL);
  pln_resolution_set_text (resolution, values->text);
  pln_resolution_set_working_group (resolution, values->working_group);
  pln_resolution_set_themes (resolution, (const char * const *) values->themes);
}

/* ------------------------------------------------------------ the form */

void
_pln_resolution_form_free (gpointer data)
{
  PlnResolutionForm *form = data;

  g_clear_object (&form->resolution);
  g_clear_pointer (&form->theme_checks, g_ptr_array_unref);
  g_clear_pointer (&form->themes, g_ptr_array_unref);
  g_free (form);
}

static GtkWidget *
make_combo_row (const char          *title,
                const char * const  *choices)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (gtk_string_list_new (choices)));
  return row;
}

static GtkWidget *
make_group_row (PlnCompendiumView *self)
{
  GListModel *groups = pln_workspace_get_working_groups (self->workspace);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  /* Translators: a resolution that concerns no working group in particular */
  g_ptr_array_add (names, g_strdup (C_("working group", "None")));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);

      g_ptr_array_add (names, g_strdup (pln_working_group_get_display_name (group)));
    }
  g_ptr_array_add (names, NULL);

  return make_combo_row (_("Working group"), (const char * const *) names->pdata);
}

/* One check button a theme, shown as its path in the thematic index. */
static GtkWidget *
make_themes (PlnCompendiumView *self,
             PlnResolutionForm *form)
{
  const char * const *filed = form->resolution ? pln_resolution_get_themes (form->resolution) : NULL;
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Themes"));
  form->themes = pln_workspace_dup_themes_in_order (self->workspace);
  form->theme_checks = g_ptr_array_new ();
  for (guint i = 0; i < form->themes->len; i++)
    {
      g_autofree char *path = pln_workspace_dup_theme_path (self->workspace, form->themes->pdata[i], " › ");
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), path);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   filed != NULL && g_strv_contains (filed, pln_theme_get_id (form->themes->pdata[i])));
      pln_accessible_set_label (check, path);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      g_ptr_array_add (form->theme_checks, check);
    }
  gtk_widget_set_sensitive (expander, form->themes->len > 0);

  return expander;
}

static GtkWidget *
make_form (PlnCompendiumView *self,
           PlnResolutionForm *form)
{
  const char * const kinds[] = { C_("compendium entry", "Resolution"), C_("compendium entry", "Decision"), NULL };
  PlnResolution *resolution = form->resolution;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *text = gtk_text_view_new ();
  guint group = 0;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  form->kind_row = ADW_COMBO_ROW (make_combo_row (_("Kind"), kinds));
  form->symbol_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  /* Translators: the symbol of a resolution or decision, such as "resolution 11/3" */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->symbol_row), _("Symbol, e.g. “resolution 11/3”"));
  form->date_row = PLN_DATE_ROW (pln_date_row_new (_("Date")));
  form->group_row = ADW_COMBO_ROW (make_group_row (self));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->kind_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->symbol_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->date_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->group_row));
  gtk_list_box_append (GTK_LIST_BOX (list), make_themes (self, form));

  form->text_view = GTK_TEXT_VIEW (text);
  gtk_text_view_set_wrap_mode (form->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (form->text_view, FALSE);
  pln_accessible_set_label (text, _("Text of the resolution or decision"));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), text);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scroller, "card");

  if (resolution != NULL)
    {
      adw_combo_row_set_selected (form->kind_row, pln_resolution_get_kind (resolution) == PLN_ENTRY_DECISION);
      gtk_editable_set_text (GTK_EDITABLE (form->symbol_row), pln_resolution_get_symbol (resolution) ?: "");
      if (pln_resolution_get_date (resolution) != NULL)
        pln_date_row_set_date (form->date_row, pln_resolution_get_date (resolution));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->text_view), pln_resolution_get_text (resolution) ?: "", -1);
      if (pln_resolution_get_working_group (resolution) != NULL &&
          g_list_store_find (G_LIST_STORE (pln_workspace_get_working_groups (self->workspace)),
                             pln_resolution_get_working_group (resolution), &group))
        adw_combo_row_set_selected (form->group_row, group + 1);
    }

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), scroller);
  return box;
}

/* The form's values into @resolution. */
static void
read_form (PlnCompendiumView *self,
           PlnResolutionForm *form,
           PlnResolution     *resolution)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (form->text_view);
  guint group = adw_combo_row_get_selected (form->group_row);
  g_autoptr(GStrvBuilder) themes = g_strv_builder_new ();
  g_autoptr(PlnWorkingGroup) working_group = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *text = NULL;
  g_autofree char *symbol = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->symbol_row))));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (group != GTK_INVALID_LIST_POSITION && group > 0)
    working_group = g_list_model_get_item (pln_workspace_get_working_groups (self->workspace), group - 1);
  for (guint i = 0; i < form->theme_checks->len; i++)
    if (gtk_check_button_get_active (form->theme_checks->pdata[i]))
      g_strv_builder_add (themes, pln_theme_get_id (form->themes->pdata[i]));
  ids = g_strv_builder_end (themes);

  pln_resolution_set_kind (resolution, adw_combo_row_get_selected (form->kind_row) == 1 ? PLN_ENTRY_DECISION
                                                                                      : PLN_ENTRY_RESOLUTION);
  pln_resolution_set_symbol (resolution, *symbol != '\0' ? symbol : NULL);
  pln_resolution_set_date (resolution, pln_date_row_get_date (form->date_row));
  pln_resolution_set_text (resolution, text);
  pln_resolution_set_working_group (resolution, working_group);
  pln_resolution_set_themes (resolution, ids[0] != NULL ? (const char * const *) ids : NULL);
}

/* ------------------------------------------------------------ responses */

static void
add_resolution (PlnCompendiumView *self,
                PlnResolutionForm *form)
{
  g_autoptr(PlnResolution) resolution = pln_resolution_new (PLN_ENTRY_RESOLUTION);

  read_form (self, form, resolution);
  pln_workspace_insert_resolution (self->workspace, G_MAXUINT, resolution);
  pln_context_add_insertion_undo (self->context, pln_workspace_get_resolutions (self->workspace), resolution,
                                  _("Added to the compendium"));
}

static void
response_cb (GObject    *owner,
             const char *response)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (owner);
  PlnResolutionForm *form = g_object_get_data (owner, "pln-resolution-form");
  Values *before;

  if (form == NULL || self->workspace == NULL || g_str_equal (response, "cancel"))
    return;

  if (g_str_equal (response, "remove") && form->resolution != NULL)
    pln_context_remove_with_undo (self->context, pln_workspace_get_resolutions (self->workspace),
                                  form->resolution, _("Removed from the compendium"));
  else if (g_str_equal (response, "save") && form->resolution == NULL)
    add_resolution (self, form);
  else if (g_str_equal (response, "save"))
    {
      before = values_new (form->resolution);
      read_form (self, form, form->resolution);
      if (self->context != NULL)
        pln_context_push_undo (self->context, values_apply, before, values_free);
      else
        values_free (before);
    }

  g_object_set_data (owner, "pln-resolution-form", NULL);
}

/**
 * _pln_compendium_view_edit_resolution:
 * @resolution: (nullable): the one to edit, or %NULL to add one
 */
void
_pln_compendium_view_edit_resolution (PlnCompendiumView *self,
                                      PlnResolution     *resolution)
{
  const PlnAlertResponse add_responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "save", _("_Add"), ADW_RESPONSE_SUGGESTED },
  };
  const PlnAlertResponse edit_responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "remove", _("_Remove"), ADW_RESPONSE_DESTRUCTIVE },
    { "save", _("_Save"), ADW_RESPONSE_SUGGESTED },
  };
  PlnResolutionForm *form;
  GtkWidget *child;

  if (self->workspace == NULL)
    return;

  form = g_new0 (PlnResolutionForm, 1);
  g_set_object (&form->resolution, resolution);
  child = make_form (self, form);
  g_object_set_data_full (G_OBJECT (self), "pln-resolution-form", form, _pln_resolution_form_free);

  if (resolution == NULL)
    pln_alert_present (GTK_WIDGET (self), _("Add Resolution or Decision"),
                       _("A resolution or decision of the Conference, to be found in the compendium with the recommendations."),
                       child, add_responses, G_N_ELEMENTS (add_responses), "save", "cancel", G_OBJECT (self), response_cb);
  else
    pln_alert_present (GTK_WIDGET (self), _("Edit Resolution or Decision"), NULL,
                       child, edit_responses, G_N_ELEMENTS (edit_responses), "save", "cancel", G_OBJECT (self), response_cb);
}

static void
add_resolution_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _pln_compendium_view_edit_resolution (PLN_COMPENDIUM_VIEW (widget), NULL);
}

void
_pln_compendium_view_class_init_resolutions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "compendium.add-resolution", NULL, add_resolution_action);
}
