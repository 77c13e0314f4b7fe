/* pln-report-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-report-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-format.h"
#include "pln-report-page-private.h"

/* The meeting's draft report as an outline, in the report's order: what
 * keeps it from being complete, its heading, the agreed recommendations,
 * the Chair's summary of each agenda item (the one thing written here)
 * with who made statements on it, and the parts the report derives from
 * the rest of the workspace, read-only, with where they come from. What
 * is derived is the report's own English text (pln-report-document.c),
 * so that the page shows what the document will say.
 *
 * The page refreshes at idle after any change to the workspace; the
 * summaries' editors are kept while the agenda's items stay the same, so
 * that typing in one is never interrupted. */

G_DEFINE_FINAL_TYPE (PlnReportPage, pln_report_page, PLN_TYPE_PAGE)

/* ------------------------------------------------------------ undo */

/* A summary as it was before an edit, for Ctrl+Z. */
typedef struct
{
  PlnAgendaItem *item;
  char          *text;
} SummaryUndo;

static void
summary_undo_free (gpointer data)
{
  SummaryUndo *undo = data;

  g_clear_object (&undo->item);
  g_free (undo->text);
  g_free (undo);
}

static void
summary_undo (gpointer data)
{
  SummaryUndo *undo = data;

  pln_agenda_item_set_summary (undo->item, undo->text);
}

/* ------------------------------------------------------------ the summaries */

/* The editor of an agenda item's summary: its heading, the text and who
 * spoke. The text is bound to the item both ways. */
typedef struct
{
  PlnReportPage *page;
  PlnAgendaItem *item;
  GtkWidget     *box;
  GtkLabel      *heading;
  GtkTextView   *view;
  GtkLabel      *statements;
  GBinding      *binding;
  char          *before;   /* the summary when the editor took the focus */
} Editor;

static void
editor_free (gpointer data)
{
  Editor *editor = data;

  g_clear_pointer (&editor->binding, g_binding_unbind);
  if (editor->box != NULL && gtk_widget_get_parent (editor->box) != NULL)
    adw_preferences_group_remove (editor->page->deliberations_group, editor->box);
  g_clear_object (&editor->item);
  g_free (editor->before);
  g_free (editor);
}

static void
editor_focus_enter_cb (GtkEventControllerFocus *controller,
                       Editor                  *editor)
{
  g_free (editor->before);
  editor->before = g_strdup (pln_agenda_item_get_summary (editor->item));
}

/* One edit for all that was typed while the editor had the focus. */
static void
editor_focus_leave_cb (GtkEventControllerFocus *controller,
                       Editor                  *editor)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (editor->page));
  SummaryUndo *undo;

  if (context == NULL || g_strcmp0 (editor->before, pln_agenda_item_get_summary (editor->item)) == 0)
    return;

  undo = g_new0 (SummaryUndo, 1);
  undo->item = g_object_ref (editor->item);
  undo->text = g_steal_pointer (&editor->before);
  pln_context_push_undo (context, summary_undo, undo, summary_undo_free);
}

static Editor *
editor_new (PlnReportPage *self,
            PlnAgendaItem *item)
{
  Editor *editor = g_new0 (Editor, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  editor->page = self;
  editor->item = g_object_ref (item);
  editor->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_bottom (editor->box, 12);
  editor->heading = GTK_LABEL (gtk_label_new (NULL));
  editor->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  editor->statements = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_wrap (editor->heading, TRUE);
  gtk_label_set_wrap_mode (editor->heading, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (editor->heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (editor->heading), "heading");

  gtk_text_view_set_wrap_mode (editor->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (editor->view, 8);
  gtk_text_view_set_bottom_margin (editor->view, 8);
  gtk_text_view_set_left_margin (editor->view, 8);
  gtk_text_view_set_right_margin (editor->view, 8);
  gtk_widget_set_size_request (GTK_WIDGET (editor->view), -1, 100);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (editor->view));
  editor->binding = g_object_bind_property_full (item, "summary", gtk_text_view_get_buffer (editor->view), "text",
                                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                 pln_format_binding_text, NULL, NULL, NULL);
  g_signal_connect (focus, "enter", G_CALLBACK (editor_focus_enter_cb), editor);
  g_signal_connect (focus, "leave", G_CALLBACK (editor_focus_leave_cb), editor);
  gtk_widget_add_controller (GTK_WIDGET (editor->view), focus);

  gtk_label_set_wrap (editor->statements, TRUE);
  gtk_label_set_wrap_mode (editor->statements, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (editor->statements, 0);
  gtk_widget_add_css_class (GTK_WIDGET (editor->statements), "dim-label");

  gtk_box_append (GTK_BOX (editor->box), GTK_WIDGET (editor->heading));
  gtk_box_append (GTK_BOX (editor->box), frame);
  gtk_box_append (GTK_BOX (editor->box), GTK_WIDGET (editor->statements));
  adw_preferences_group_add (self->deliberations_group, editor->box);
  return editor;
}

static void
editor_update (Editor *editor)
{
  g_autofree char *label = pln_agenda_item_dup_label (editor->item);
  g_autofree char *heading = g_strdup_printf ("%s %s", label, pln_agenda_item_get_title (editor->item) ?: "");
  g_autofree char *said = pln_report_dup_statements_text (editor->page->meeting, editor->item);
  g_autofree char *statements = NULL;
  /* Translators: the name of the editor of an agenda item's summary for screen readers; %s is the item's number,
   * e.g. 2 or 1 (a) */
  g_autofree char *name = g_strdup_printf (_("Chair’s summary of agenda item %s"), label);

  if (said != NULL)
    /* Translators: %s is the report's sentence saying who made statements on an agenda item, in English */
    statements = g_strdup_printf (_("From the Speakers page: %s"), said);
  else
    statements = g_strdup (_("No statements on this item on the lists of speakers"));

  gtk_label_set_text (editor->heading, heading);
  gtk_label_set_text (editor->statements, statements);
  pln_accessible_set_label (GTK_WIDGET (editor->view), name);
}

/* The editors follow the agenda's items: made again only when the items
 * or their order changed, so that the one typed in keeps its focus. */
static void
update_editors (PlnReportPage *self)
{
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (self->meeting);
  gboolean same = items->len == self->editors->len;

  for (guint i = 0; same && i < items->len; i++)
    same = ((Editor *) self->editors->pdata[i])->item == items->pdata[i];

  if (!same)
    {
      g_ptr_array_set_size (self->editors, 0);
      for (guint i = 0; i < items->len; i++)
        g_ptr_array_add (self->editors, editor_new (self, items->pdata[i]));
    }

  for (guint i = 0; i < self->editors->len; i++)
    editor_update (self->editors->pdata[i]);
}

/* ------------------------------------------------------------ the outline */

static GtkWidget *
text_row_new (const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* Removes the rows @self added to @group before. */
static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

static void
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         GtkWidget           *row)
{
  g_ptr_array_add (rows, row);
  adw_preferences_group_add (group, row);
}

static void
update_problems (PlnReportPage *self)
{
  g_autoptr(GPtrArray) problems = pln_report_dup_problems (self->meeting);
  g_autofree char *status = NULL;

  clear_rows (self->problems_group, self->problem_rows);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *message = pln_report_problem_dup_message (problems->pdata[i]);
      GtkWidget *row = text_row_new (message, NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      add_row (self->problems_group, self->problem_rows, row);
    }

  self->n_problems = problems->len;
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
  if (problems->len == 0)
    status = g_strdup (_("The report has everything it needs; it is written in English"));
  else
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem keeps the report from being complete",
                                           "%u problems keep the report from being complete", problems->len),
                              problems->len);
  gtk_label_set_text (self->status_label, status);
}

static void
update_recommendations (PlnReportPage *self)
{
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (self->meeting);

  clear_rows (self->recommendations_group, self->recommendation_rows);
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GPtrArray) agreed = pln_report_dup_agreed (self->meeting, items->pdata[i]);
      g_autoptr(GString) texts = g_string_new (NULL);
      g_autofree char *label = NULL;
      g_autofree char *title = NULL;

      if (agreed->len == 0)
        continue;

      for (guint r = 0; r < agreed->len; r++)
        g_string_append_printf (texts, "%s• %s", r > 0 ? "\n" : "", pln_recommendation_get_text (agreed->pdata[r]) ?: "");
      label = pln_agenda_item_dup_label (items->pdata[i]);
      title = g_strdup_printf ("%s %s", label, pln_agenda_item_get_title (items->pdata[i]) ?: "");
      add_row (self->recommendations_group, self->recommendation_rows, text_row_new (title, texts->str));
    }

  if (self->recommendation_rows->len == 0)
    add_row (self->recommendations_group, self->recommendation_rows,
             text_row_new (_("No recommendations agreed yet"),
                           _("Mark recommendations as agreed on the Recommendations page")));
}

static void
set_part (PlnReportPage *self,
          AdwActionRow  *row,
          PlnReportPart  part,
          const char    *otherwise)
{
  g_autofree char *text = pln_report_dup_part_text (self->meeting, part);

  adw_action_row_set_subtitle (row, text != NULL ? text : otherwise);
}

static void
update_heading (PlnReportPage *self)
{
  const char *symbol = pln_meeting_get_report_symbol (self->meeting);
  g_autofree char *title = pln_report_dup_title (self->meeting);

  adw_action_row_set_subtitle (self->symbol_row,
                               symbol != NULL && *symbol != '\0' ? symbol : _("None yet: set it on the Overview page"));
  adw_action_row_set_subtitle (self->title_row, title);
}

static void
refresh (gpointer owner)
{
  PlnReportPage *self = owner;

  if (self->meeting == NULL)
    return;

  update_problems (self);
  update_heading (self);
  update_recommendations (self);
  update_editors (self);
  set_part (self, self->opening_row, PLN_REPORT_PART_OPENING, NULL);
  set_part (self, self->statements_row, PLN_REPORT_PART_STATEMENTS,
            _("Nobody has had the floor on the lists of speakers yet: the report leaves this part out"));
  set_part (self, self->agenda_row, PLN_REPORT_PART_AGENDA, NULL);
  set_part (self, self->attendance_row, PLN_REPORT_PART_ATTENDANCE, NULL);
  set_part (self, self->documentation_row, PLN_REPORT_PART_DOCUMENTATION, NULL);
  set_part (self, self->adoption_row, PLN_REPORT_PART_ADOPTION, NULL);
}

static void
schedule_refresh (PlnReportPage *self)
{
  pln_idle_refresh_schedule (&self->refresh, self, refresh);
}

/* ------------------------------------------------------------ object */

static void
pln_report_page_meeting_changed (PlnPage    *page,
                                 PlnMeeting *old_meeting)
{
  PlnReportPage *self = PLN_REPORT_PAGE (page);
  PlnMeeting *meeting = pln_page_get_meeting (page);

  self->meeting = meeting;
  g_signal_group_set_target (self->workspace_signals, meeting ? pln_meeting_get_workspace (meeting) : NULL);
  g_ptr_array_set_size (self->editors, 0);
  gtk_widget_set_sensitive (self->report_button, meeting != NULL);

  /* Shown as it is at once, not at the next idle. */
  schedule_refresh (self);
  pln_idle_refresh_flush (&self->refresh);
}

static void
pln_report_page_dispose (GObject *object)
{
  PlnReportPage *self = PLN_REPORT_PAGE (object);

  /* Nothing the page listens to may call it once it goes. */
  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  g_clear_object (&self->workspace_signals);
  pln_idle_refresh_cancel (&self->refresh);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->problem_rows, g_ptr_array_unref);
  g_clear_pointer (&self->recommendation_rows, g_ptr_array_unref);
  self->meeting = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_REPORT_PAGE);

  G_OBJECT_CLASS (pln_report_page_parent_class)->dispose (object);
}

static void
pln_report_page_class_init (PlnReportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlnPageClass *page_class = PLN_PAGE_CLASS (klass);

  object_class->dispose = pln_report_page_dispose;
  page_class->meeting_changed = pln_report_page_meeting_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-report-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, report_button);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, problems_group);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, symbol_row);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, recommendations_group);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, deliberations_group);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, opening_row);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, statements_row);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, agenda_row);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, documentation_row);
  gtk_widget_class_bind_template_child (widget_class, PlnReportPage, adoption_row);

  pln_report_page_class_init_export (widget_class);
}

static void
pln_report_page_init (PlnReportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editors = g_ptr_array_new_with_free_func (editor_free);
  self->problem_rows = g_ptr_array_new ();
  self->recommendation_rows = g_ptr_array_new ();
  pln_accessible_set_label (self->report_button, _("Report"));

  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (schedule_refresh), self);
}

/* ------------------------------------------------------------ public API */

/**
 * pln_report_page_get_status:
 *
 * Returns: the line over the outline: how many problems the report has
 */
const char *
pln_report_page_get_status (PlnReportPage *self)
{
  g_return_val_if_fail (PLN_IS_REPORT_PAGE (self), NULL);

  return gtk_label_get_text (self->status_label);
}

guint
pln_report_page_get_n_problems (PlnReportPage *self)
{
  g_return_val_if_fail (PLN_IS_REPORT_PAGE (self), 0);

  return self->n_problems;
}

/**
 * pln_report_page_get_summary_view:
 *
 * Returns: (transfer none) (nullable): the editor of @item's summary
 */
GtkTextView *
pln_report_page_get_summary_view (PlnReportPage *self,
                                  PlnAgendaItem *item)
{
  g_return_val_if_fail (PLN_IS_REPORT_PAGE (self), NULL);

  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = self->editors->pdata[i];

      if (editor->item == item)
        return editor->view;
    }

  return NULL;
}
