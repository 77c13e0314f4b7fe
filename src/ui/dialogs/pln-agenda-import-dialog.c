/* pln-agenda-import-dialog.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-agenda-import-dialog.h"
#include "pln-compat.h"
#include "pln-accessible.h"
#include "pln-dialog-rows.h"
#include "pln-format.h"

/* An agenda document read (pln-agenda-import.c), shown beside its text:
 * the meeting it describes, the working group it was matched to (or a
 * new one), the items, the organization of work, and every line that was
 * not understood (choosing one shows it in the text). Import makes a new
 * meeting, or puts the agenda and organization of work in place of a
 * meeting's: the one the workspace has already for this agenda
 * (pln_agenda_import_find_meeting()), proposed first with what would
 * change, or the shown one. A new meeting beside the one the workspace
 * has is still possible, but the dialog then says so. Either is undone
 * from the toast (through the context the dialog is given), and the
 * window then shows the meeting imported into (win.show-meeting on the
 * window the dialog is transient for). */

struct _PlnAgendaImportDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwLeaflet      *leaflet;
  GtkWidget       *back_button;
  AdwActionRow    *text_row;
  GtkTextView     *source_view;
  AdwActionRow    *meeting_row;
  AdwComboRow     *group_row;
  AdwComboRow     *target_row;
  AdwActionRow    *duplicate_row;
  AdwPreferencesGroup *changes_group;
  GtkListBox      *changes_list;
  AdwPreferencesGroup *problems_group;
  GtkListBox      *problems_list;
  GtkListBox      *items_list;
  GtkListBox      *sittings_list;

  /* Owned references */
  PlnContext      *context;    /* where the import's Undo goes */
  PlnWorkspace    *workspace;
  PlnMeeting      *current;    /* the meeting shown in the window, or NULL */
  PlnMeeting      *existing;   /* the workspace's meeting of this agenda, or NULL */
  PlnAgendaImport *import;
  guint            n_targets;
  PlnMeeting      *targets[3]; /* borrowed: what each entry of target_row replaces; NULL: a new meeting */
  gboolean         applied;
};

G_DEFINE_FINAL_TYPE (PlnAgendaImportDialog, pln_agenda_import_dialog, ADW_TYPE_WINDOW)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* ------------------------------------------------------------ undo */

typedef struct
{
  PlnWorkspace    *workspace;
  PlnMeeting      *meeting;      /* the new meeting, or the one whose agenda was replaced */
  PlnWorkingGroup *new_group;    /* made for the import, or NULL */
  gboolean         replaced;
  GPtrArray       *old_items;    /* replaced: what the meeting had */
  GPtrArray       *old_sittings;
  GPtrArray       *new_items;    /* replaced: what the import brought */
  GPtrArray       *new_sittings;
} Imported;

static void
imported_free (gpointer data)
{
  Imported *imported = data;

  g_clear_object (&imported->workspace);
  g_clear_object (&imported->meeting);
  g_clear_object (&imported->new_group);
  g_clear_pointer (&imported->old_items, g_ptr_array_unref);
  g_clear_pointer (&imported->old_sittings, g_ptr_array_unref);
  g_clear_pointer (&imported->new_items, g_ptr_array_unref);
  g_clear_pointer (&imported->new_sittings, g_ptr_array_unref);
  g_free (imported);
}

/* Takes every agenda item and plenary meeting out of @meeting. */
static void
take_agenda (PlnMeeting *meeting,
             GPtrArray  *items,
             GPtrArray  *sittings)
{
  GListModel *agenda = pln_meeting_get_agenda (meeting);
  GListModel *plenaries = pln_meeting_get_sittings (meeting);

  while (g_list_model_get_n_items (agenda) > 0)
    {
      PlnAgendaItem *item = g_list_model_get_item (agenda, 0);

      g_ptr_array_add (items, item);
      pln_meeting_remove_agenda_item (meeting, item);
    }
  while (g_list_model_get_n_items (plenaries) > 0)
    {
      PlnSitting *sitting = g_list_model_get_item (plenaries, 0);

      g_ptr_array_add (sittings, sitting);
      pln_meeting_remove_sitting (meeting, sitting);
    }
}

static void
put_agenda (PlnMeeting *meeting,
            GPtrArray  *items,
            GPtrArray  *sittings)
{
  for (guint i = 0; i < items->len; i++)
    pln_meeting_append_agenda_item (meeting, g_ptr_array_index (items, i));
  for (guint i = 0; i < sittings->len; i++)
    pln_meeting_append_sitting (meeting, g_ptr_array_index (sittings, i));
}

static void
undo_import (gpointer data)
{
  Imported *imported = data;

  if (imported->replaced)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) sittings = g_ptr_array_new_with_free_func (g_object_unref);

      take_agenda (imported->meeting, items, sittings);
      put_agenda (imported->meeting, imported->old_items, imported->old_sittings);
      return;
    }

  pln_workspace_remove_meeting (imported->workspace, imported->meeting);
  if (imported->new_group != NULL)
    pln_workspace_remove_working_group (imported->workspace, imported->new_group);
}

/* ------------------------------------------------------------ the preview */

static void
add_item_row (PlnAgendaImportDialog *self,
              PlnAgendaItem         *item,
              const char            *label)
{
  GListModel *documents = pln_agenda_item_get_documents (item);
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf ("%s %s", label, pln_agenda_item_get_title (item) ?: "");
  GtkWidget *row;

  for (guint d = 0; d < g_list_model_get_n_items (documents); d++)
    {
      g_autoptr(PlnDocumentRef) doc = g_list_model_get_item (documents, d);

      g_string_append_printf (details, "%s%s", details->len ? " · " : "",
                              pln_document_ref_get_symbol (doc) ?: _("no symbol"));
    }
  /* An item with sub-items is annotated under them. */
  if (pln_agenda_item_get_annotation (item) == NULL &&
      g_list_model_get_n_items (pln_agenda_item_get_sub_items (item)) == 0)
    g_string_append_printf (details, "%s%s", details->len ? " · " : "", _("no annotation"));

  row = pln_dialog_text_row_new (title, details->str);
  gtk_list_box_append (self->items_list, row);
}

static void
fill_items (PlnAgendaImportDialog *self)
{
  GListModel *agenda = pln_meeting_get_agenda (pln_agenda_import_get_meeting (self->import));

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);
      g_autofree char *label = g_strdup_printf ("%s.", pln_agenda_item_get_number (item));

      add_item_row (self, item, label);
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(PlnAgendaItem) sub = g_list_model_get_item (subs, s);
          g_autofree char *sub_label = g_strdup_printf ("    (%s)", pln_agenda_item_get_number (sub));

          add_item_row (self, sub, sub_label);
        }
    }
}

static void
fill_sittings (PlnAgendaImportDialog *self)
{
  PlnMeeting *meeting = pln_agenda_import_get_meeting (self->import);
  GListModel *sittings = pln_meeting_get_sittings (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      GListModel *placements = pln_sitting_get_placements (sitting);
      g_autoptr(GString) items = g_string_new (NULL);
      g_autofree char *title = NULL;
      g_autofree char *date = pln_sitting_get_date (sitting) ? pln_format_date (pln_sitting_get_date (sitting)) : g_strdup ("");
      g_autofree char *from = pln_format_minutes (pln_sitting_get_start (sitting));
      g_autofree char *to = pln_format_minutes (pln_sitting_get_end (sitting));

      /* Translators: a plenary meeting understood in an agenda: its day, from, to */
      title = g_strdup_printf (C_("imported plenary meeting", "%s, %s–%s"), date, from, to);
      for (guint p = 0; p < g_list_model_get_n_items (placements); p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);
          g_autofree char *label = pln_agenda_item_dup_label (pln_placement_get_agenda_item (placement));

          g_string_append_printf (items, "%s%s", items->len ? ", " : "", label);
        }
      gtk_list_box_append (self->sittings_list, pln_dialog_text_row_new (title, items->str));
    }
}

static void
fill_problems (PlnAgendaImportDialog *self)
{
  GArray *problems = pln_agenda_import_get_problems (self->import);
  g_autofree char *title = NULL;

  for (guint i = 0; i < problems->len; i++)
    {
      PlnImportProblem *problem = &g_array_index (problems, PlnImportProblem, i);
      g_autofree char *line = g_strdup_printf (_("Line %u"), problem->line);
      GtkWidget *row = pln_dialog_text_row_new (line, problem->message);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "line", GUINT_TO_POINTER (problem->line));
      gtk_list_box_append (self->problems_list, row);
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Line Not Understood", "%u Lines Not Understood",
                                        problems->len), problems->len);
  adw_preferences_group_set_title (self->problems_group, title);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
}

static void
problem_activated_cb (PlnAgendaImportDialog *self,
                      GtkListBoxRow         *row)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->source_view);
  guint line = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "line"));
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line > 0 ? line - 1 : 0);
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (self->source_view, &start, 0.1, TRUE, 0.0, 0.3);
  /* On a narrow window the text is a page of its own. */
  adw_leaflet_set_visible_child_name (self->leaflet, "text");
}

/* Side by side, or one at a time with a way to the other. */
static void
folded_changed_cb (PlnAgendaImportDialog *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_button, folded);
  gtk_widget_set_visible (GTK_WIDGET (self->text_row), folded);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlnAgendaImportDialog *self = PLN_AGENDA_IMPORT_DIALOG (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, g_str_equal (action_name, "agenda-import.show-text")
                                                     ? "text" : "preview");
}

/* "Update Meeting 9 of SOM": the entry of target_row for the meeting the
 * workspace has already. */
static char *
update_label (PlnMeeting *meeting)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  const char *group_name = group ? pln_working_group_get_short_name (group) : NULL;
  g_autofree char *dates = NULL;

  if (group_name == NULL && group != NULL)
    group_name = pln_working_group_get_display_name (group);
  if (pln_meeting_get_ordinal (meeting) > 0 && group_name != NULL)
    /* Translators: where an imported agenda goes: a meeting the workspace has already; %u is its number, %s its working group's short name */
    return g_strdup_printf (_("Update Meeting %u of %s"), pln_meeting_get_ordinal (meeting), group_name);

  dates = pln_format_meeting_dates (meeting);
  /* Translators: where an imported agenda goes: a meeting the workspace has already, without a number; %s is its dates */
  return g_strdup_printf (_("Update the Meeting of %s"), dates);
}

static void
add_target (PlnAgendaImportDialog *self,
            GtkStringList         *targets,
            const char            *label,
            PlnMeeting            *meeting)
{
  g_assert (self->n_targets < G_N_ELEMENTS (self->targets));

  gtk_string_list_append (targets, label);
  self->targets[self->n_targets++] = meeting;
}

/* A new meeting, in place of the shown meeting's agenda, and last the
 * meeting the workspace has already for this agenda (one entry when that
 * is the shown one). */
static void
fill_targets (PlnAgendaImportDialog *self,
              GtkStringList         *targets)
{
  self->existing = pln_agenda_import_find_meeting (self->import, self->workspace);
  if (self->existing != NULL)
    g_object_ref (self->existing);

  add_target (self, targets, _("A new meeting"), NULL);
  if (self->current != NULL && self->current != self->existing)
    {
      g_autofree char *current = pln_format_meeting_short_title (self->current);
      /* Translators: where an imported agenda goes; %s is the meeting shown, as "SOM · Meeting 10" */
      g_autofree char *replace = g_strdup_printf (_("In place of the agenda of %s"), current);

      add_target (self, targets, replace, self->current);
    }
  if (self->existing != NULL)
    {
      g_autofree char *update = update_label (self->existing);

      add_target (self, targets, update, self->existing);
    }
}

static PlnMeeting *
selected_target (PlnAgendaImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  return selected < self->n_targets ? self->targets[selected] : NULL;
}

/* What the chosen meeting's agenda would become, or, for a new meeting
 * beside the one the workspace has already, that it has it. */
static void
target_changed_cb (PlnAgendaImportDialog *self)
{
  PlnMeeting *target = selected_target (self);
  g_autoptr(GPtrArray) changes = NULL;

  /* The model is set before the targets are known. */
  if (self->n_targets == 0)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->group_row), target == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->duplicate_row), target == NULL && self->existing != NULL);
  if (self->existing != NULL)
    {
      g_autofree char *title = pln_format_meeting_short_title (self->existing);
      g_autofree char *dates = pln_format_meeting_dates (self->existing);
      /* Translators: the meeting a workspace has already: "SOM · Meeting 9", then its dates */
      g_autofree char *subtitle = g_strdup_printf (C_("meeting and dates", "%s, %s"), title, dates);

      adw_action_row_set_subtitle (self->duplicate_row, subtitle);
    }

  pln_list_box_remove_all (self->changes_list);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), target != NULL);
  if (target == NULL)
    return;

  changes = pln_agenda_import_describe_changes (self->import, target);
  for (guint i = 0; i < changes->len; i++)
    gtk_list_box_append (self->changes_list, pln_dialog_text_row_new (changes->pdata[i], NULL));
  if (changes->len == 0)
    /* Translators: what importing an agenda into a meeting would change: nothing */
    gtk_list_box_append (self->changes_list, pln_dialog_text_row_new (_("No changes"), NULL));
}

static void
fill_meeting (PlnAgendaImportDialog *self)
{
  PlnMeeting *meeting = pln_agenda_import_get_meeting (self->import);
  GListModel *groups = pln_workspace_get_working_groups (self->workspace);
  PlnWorkingGroup *matched = pln_agenda_import_find_group (self->import, self->workspace);
  g_autoptr(GtkStringList) group_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) targets = gtk_string_list_new (NULL);
  /* Translators: a meeting in the sidebar; %u is its number, e.g. the 10th meeting of a group */
  g_autofree char *title = pln_meeting_get_ordinal (meeting) > 0
                           ? g_strdup_printf (_("Meeting %u"), pln_meeting_get_ordinal (meeting))
                           : pln_meeting_dup_title_en (meeting);
  g_autofree char *dates = pln_format_meeting_dates (meeting);
  g_autofree char *new_group = NULL;
  guint selected = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->meeting_row), title);
  {
    g_autofree char *subtitle = pln_meeting_get_city (meeting)
                                /* Translators: where and when a meeting is held: a city, then its dates */
                                ? g_strdup_printf (C_("city and dates", "%s, %s"), pln_meeting_get_city (meeting), dates)
                                : g_strdup (dates);

    adw_action_row_set_subtitle (self->meeting_row, subtitle);
  }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);

      gtk_string_list_append (group_names, pln_working_group_get_display_name (group) ?: "");
      if (group == matched)
        selected = i;
    }
  /* Translators: %s is the name of a working group that the workspace does not have yet */
  new_group = g_strdup_printf (_("New: %s"), pln_agenda_import_get_group_name (self->import) ?: _("Working Group"));
  gtk_string_list_append (group_names, new_group);
  if (matched == NULL)
    selected = g_list_model_get_n_items (groups);
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (group_names));
  adw_combo_row_set_selected (self->group_row, selected);

  fill_targets (self, targets);
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (targets));
  /* The meeting the workspace has already is what the user most likely
   * means: proposed first, and a duplicate only on purpose. */
  adw_combo_row_set_selected (self->target_row, self->n_targets - 1);
  target_changed_cb (self);
}

/* ------------------------------------------------------------ applying */

/* The dialog is a window of its own: the window it is transient for
 * shows the meeting. */
static void
show_meeting (PlnAgendaImportDialog *self,
              PlnMeeting            *meeting)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const char *id = pln_meeting_get_id (meeting);

  if (parent != NULL && id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-meeting", "(ss)", id, "agenda");
}

/**
 * pln_agenda_import_dialog_apply:
 *
 * Makes the meeting, or replaces the shown meeting's agenda, as chosen,
 * with Undo through the context, then asks the window it is transient
 * for to show that meeting (win.show-meeting) and closes.
 *
 * Returns: (transfer none) (nullable): the meeting imported into
 */
PlnMeeting *
pln_agenda_import_dialog_apply (PlnAgendaImportDialog *self)
{
  PlnMeeting *read = pln_agenda_import_get_meeting (self->import);
  GListModel *groups = pln_workspace_get_working_groups (self->workspace);
  guint group_index = adw_combo_row_get_selected (self->group_row);
  Imported *imported;
  PlnMeeting *target;
  PlnMeeting *result;

  g_return_val_if_fail (PLN_IS_AGENDA_IMPORT_DIALOG (self), NULL);

  if (self->applied)
    return NULL;
  self->applied = TRUE;

  imported = g_new0 (Imported, 1);
  imported->workspace = g_object_ref (self->workspace);

  target = selected_target (self);
  if (target != NULL)
    {
      imported->replaced = TRUE;
      imported->meeting = g_object_ref (target);
      imported->old_items = g_ptr_array_new_with_free_func (g_object_unref);
      imported->old_sittings = g_ptr_array_new_with_free_func (g_object_unref);
      imported->new_items = g_ptr_array_new_with_free_func (g_object_unref);
      imported->new_sittings = g_ptr_array_new_with_free_func (g_object_unref);
      take_agenda (target, imported->old_items, imported->old_sittings);
      take_agenda (read, imported->new_items, imported->new_sittings);
      put_agenda (target, imported->new_items, imported->new_sittings);
      result = target;
      pln_context_add_undo (self->context,
                            target == self->existing ? _("Meeting updated") : _("Agenda replaced"),
                            undo_import, imported, imported_free);
    }
  else
    {
      g_autoptr(PlnWorkingGroup) group = group_index < g_list_model_get_n_items (groups)
                                         ? g_list_model_get_item (groups, group_index) : NULL;

      if (group == NULL)
        {
          group = pln_working_group_new ();
          pln_working_group_set_name (group, pln_agenda_import_get_group_name (self->import));
          pln_working_group_set_symbol_series (group, pln_agenda_import_get_series (self->import));
          pln_workspace_append_working_group (self->workspace, group);
          imported->new_group = g_object_ref (group);
        }
      pln_meeting_set_working_group (read, group);
      pln_workspace_append_meeting (self->workspace, read);
      imported->meeting = g_object_ref (read);
      result = read;
      pln_context_add_undo (self->context, _("Meeting imported"), undo_import, imported, imported_free);
    }

  g_signal_emit (self, signals [APPLIED], 0, result);
  show_meeting (self, result);
  gtk_window_close (GTK_WINDOW (self));
  return result;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  pln_agenda_import_dialog_apply (PLN_AGENDA_IMPORT_DIALOG (widget));
}

static void
pln_agenda_import_dialog_dispose (GObject *object)
{
  PlnAgendaImportDialog *self = PLN_AGENDA_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_AGENDA_IMPORT_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->workspace);
  g_clear_object (&self->current);
  g_clear_object (&self->existing);
  self->n_targets = 0;

  G_OBJECT_CLASS (pln_agenda_import_dialog_parent_class)->dispose (object);
}

static void
pln_agenda_import_dialog_finalize (GObject *object)
{
  PlnAgendaImportDialog *self = PLN_AGENDA_IMPORT_DIALOG (object);

  g_clear_pointer (&self->import, pln_agenda_import_free);

  G_OBJECT_CLASS (pln_agenda_import_dialog_parent_class)->finalize (object);
}

static void
pln_agenda_import_dialog_class_init (PlnAgendaImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_agenda_import_dialog_dispose;
  object_class->finalize = pln_agenda_import_dialog_finalize;

  /**
   * PlnAgendaImportDialog::applied:
   * @meeting: the meeting imported into
   */
  signals [APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLN_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-agenda-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, text_row);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, source_view);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, group_row);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, duplicate_row);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, changes_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, changes_list);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, items_list);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaImportDialog, sittings_list);
  gtk_widget_class_bind_template_callback (widget_class, problem_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "agenda-import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "agenda-import.show-text", NULL, show_page_action);
  gtk_widget_class_install_action (widget_class, "agenda-import.show-preview", NULL, show_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pln_agenda_import_dialog_init (PlnAgendaImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_leaflet_set_visible_child_name (self->leaflet, "preview");
  folded_changed_cb (self);
  pln_accessible_name_lists (GTK_WIDGET (self->group_row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->group_row)));
  pln_accessible_name_lists (GTK_WIDGET (self->target_row), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->target_row)));
}

static void
fill (PlnAgendaImportDialog *self,
      PlnContext            *context,
      PlnAgendaImport       *import,
      const char            *text,
      PlnMeeting            *current)
{
  self->context = g_object_ref (context);
  self->workspace = g_object_ref (pln_context_get_workspace (context));
  self->current = current ? g_object_ref (current) : NULL;
  self->import = import;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->source_view), text ?: "", -1);
  fill_meeting (self);
  fill_problems (self);
  fill_items (self);
  fill_sittings (self);
}

/**
 * pln_agenda_import_dialog_new_for_context:
 * @parent: the window that shows the meeting imported into
 * @context: the context: its workspace is imported into, Undo goes to it
 * @import: (transfer full): the agenda read
 * @text: the text it was read from
 * @current: (nullable): the meeting shown in the window, whose agenda the
 *   import may replace
 */
PlnAgendaImportDialog *
pln_agenda_import_dialog_new_for_context (GtkWindow       *parent,
                                          PlnContext      *context,
                                          PlnAgendaImport *import,
                                          const char      *text,
                                          PlnMeeting      *current)
{
  PlnAgendaImportDialog *self;

  g_return_val_if_fail (PLN_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PLN_IS_WORKSPACE (pln_context_get_workspace (context)), NULL);
  g_return_val_if_fail (import != NULL, NULL);

  self = g_object_new (PLN_TYPE_AGENDA_IMPORT_DIALOG, "transient-for", parent, NULL);
  fill (self, context, import, text, current);
  return self;
}

/**
 * pln_agenda_import_dialog_open:
 * @parent: the window that shows the meeting imported into
 * @context: the context of that window
 * @current: (nullable): the meeting shown in the window
 *
 * Reads @file and shows what was understood; a file that is no agenda
 * gets an alert saying why.
 */
void
pln_agenda_import_dialog_open (GtkWindow  *parent,
                               PlnContext *context,
                               GFile      *file,
                               PlnMeeting *current)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PlnAgendaImport *import;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (PLN_IS_CONTEXT (context));
  g_return_if_fail (G_IS_FILE (file));

  if (pln_context_get_workspace (context) == NULL)
    return;

  import = pln_agenda_import_read_file (file, &text, &error);
  if (import == NULL)
    {
      pln_alert_show_error (GTK_WIDGET (parent), _("The Agenda Could Not Be Imported"), error->message);
      return;
    }

  gtk_window_present (GTK_WINDOW (pln_agenda_import_dialog_new_for_context (parent, context, import,
                                                                            text, current)));
}

