/* pln-statements-dialog.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-statements-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-compat.h"
#include "pln-delegation-completion.h"
#include "pln-idle-refresh.h"
#include "pln-statement-undo.h"
#include "pln-statements-dialog.h"
#include "pln-statements-export.h"

/* The written statements of a meeting, for the secretariat: the general
 * ones (on the meeting as a whole), then those attached to inscriptions
 * on the lists of speakers, with whose they are, on which item and in
 * which plenary meeting. Each may be posted on the meeting's web page
 * (a switch), opened or removed; general statements are added here, and
 * the lot is exported into a folder to upload.
 *
 * Edits go to the context's undo queue, as on the pages: Ctrl+Z here, or
 * the Undo of the dialog's own toast (the window's toasts are behind this
 * modal dialog). The lists follow the workspace, so an undo run from
 * anywhere shows at once. */

struct _PlnStatementsDialog
{
  AdwWindow           parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  GtkWidget          *general_group;
  GtkListBox         *general_list;
  GtkWidget          *inscriptions_group;
  GtkListBox         *inscriptions_list;

  /* Owned references */
  PlnContext         *context;
  PlnMeeting         *meeting;
  GSignalGroup       *workspace_signals;
  GListStore         *general;       /* PlnStatement */
  GListStore         *inscriptions;  /* PlnStatement */
  GArray             *entries;       /* PlnStatementEntry, as shown */
  GFile              *pending_file;  /* the general statement whose delegation is asked */
  GtkEditable        *pending_entry;
  GtkEntryCompletion *completion;

  PlnIdleRefresh      refresh;
};

G_DEFINE_FINAL_TYPE (PlnStatementsDialog, pln_statements_dialog, ADW_TYPE_WINDOW)

/* ------------------------------------------------------------ helpers */

static const PlnStatementEntry *
find_entry (PlnStatementsDialog *self,
            PlnStatement        *statement)
{
  for (guint i = 0; i < self->entries->len; i++)
    if (g_array_index (self->entries, PlnStatementEntry, i).statement == statement)
      return &g_array_index (self->entries, PlnStatementEntry, i);
  return NULL;
}

static gboolean
same_entries (GArray *a,
              GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (PlnStatementEntry)) == 0;
}

/* @first, then @rest; takes @rest. */
static char *
prepend_part (const char *first,
              char       *rest)
{
  char *both;

  if (first == NULL)
    return rest;

  /* Translators: the agenda item of a speaker, then a note */
  both = g_strdup_printf (C_("speaker details", "%s · %s"), first, rest);
  g_free (rest);
  return both;
}

/* "Item 3 · 1st plenary meeting · statement.pdf" */
static char *
dup_subtitle (const PlnStatementEntry *entry)
{
  PlnAgendaItem *item = entry->speaker ? pln_speaker_get_agenda_item (entry->speaker) : NULL;
  g_autofree char *label = item ? pln_agenda_item_dup_label (item) : NULL;
  /* Translators: the agenda item a speaker asked the floor on; %s is its number */
  g_autofree char *on_item = label ? g_strdup_printf (_("Item %s"), label) : NULL;
  g_autofree char *sitting = entry->sitting ? pln_sitting_dup_display_name (entry->sitting) : NULL;
  char *subtitle = g_strdup (pln_statement_get_basename (entry->statement));

  subtitle = prepend_part (sitting, subtitle);
  return prepend_part (on_item, subtitle);
}

static PlnStatement *
widget_statement (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "pln-statement");
}

/* ------------------------------------------------------------ undo */

static void
toast_undo_cb (AdwToast            *toast,
               PlnStatementsDialog *self)
{
  /* Only while the edit of this toast is still the newest. */
  if (pln_context_get_n_undo (self->context) == GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "pln-n-undo")))
    pln_context_undo (self->context);
}

/* Keeps @edit on the context's queue and, with a @title, says so in a
 * toast with an Undo button. */
static void
push_edit (PlnStatementsDialog *self,
           PlnUndoFunc          undo,
           PlnStatementUndo    *edit,
           const char          *title)
{
  AdwToast *toast;

  if (self->context == NULL)
    {
      pln_statement_undo_free (edit);
      return;
    }

  pln_context_push_undo (self->context, undo, edit, pln_statement_undo_free);
  if (title == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "pln-n-undo", GUINT_TO_POINTER (pln_context_get_n_undo (self->context)));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_undo_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ------------------------------------------------------------ rows */

static void
may_post_cb (GtkSwitch           *button,
             GParamSpec          *pspec,
             PlnStatementsDialog *self)
{
  PlnStatement *statement = widget_statement (GTK_WIDGET (button));
  gboolean active = gtk_switch_get_active (button);

  if (active == pln_statement_get_may_post (statement))
    return;

  /* Which list it is on does not matter to the flag. */
  push_edit (self, pln_statement_undo_may_post, pln_statement_undo_new (statement, NULL, self->meeting), NULL);
  pln_statement_set_may_post (statement, active);
}

static void
open_clicked_cb (GtkButton           *button,
                 PlnStatementsDialog *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (pln_statement_get_file (widget_statement (GTK_WIDGET (button))));

  pln_open_file (GTK_WIDGET (self), file);
}

static void
remove_clicked_cb (GtkButton           *button,
                   PlnStatementsDialog *self)
{
  g_autoptr(PlnStatement) statement = g_object_ref (widget_statement (GTK_WIDGET (button)));
  const PlnStatementEntry *entry;
  PlnStatementUndo *edit;

  /* The entries borrow the model's speakers: after an undo that took one
   * away, they are brought up to date before one is used. */
  pln_idle_refresh_flush (&self->refresh);
  entry = find_entry (self, statement);
  if (entry == NULL)
    return;

  edit = pln_statement_undo_new (statement, entry->speaker, self->meeting);
  pln_statement_undo_take_off (edit);
  push_edit (self, pln_statement_undo_put_back, edit, _("Written statement removed"));
}

static GtkWidget *
suffix_button (AdwActionRow *row,
               PlnStatement *statement,
               const char   *icon_name,
               const char   *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  pln_accessible_set_label (button, label);
  g_object_set_data_full (G_OBJECT (button), "pln-statement", g_object_ref (statement), g_object_unref);
  adw_action_row_add_suffix (row, button);
  return button;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  PlnStatementsDialog *self = user_data;
  PlnStatement *statement = item;
  const PlnStatementEntry *entry = find_entry (self, statement);
  const char *delegation = entry ? pln_statement_entry_get_delegation (entry) : NULL;
  g_autofree char *subtitle = entry && entry->speaker ? dup_subtitle (entry) : NULL;
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *button = gtk_switch_new ();
  GtkWidget *open, *remove;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 delegation && *delegation ? delegation : _("No delegation given"));
  adw_action_row_set_subtitle (row, subtitle ? subtitle : pln_statement_get_basename (statement));

  /* The file: open it, or take it off. */
  open = suffix_button (row, statement, "document-open-symbolic", _("Open the Statement"));
  g_signal_connect_object (open, "clicked", G_CALLBACK (open_clicked_cb), self, 0);
  remove = suffix_button (row, statement, "user-trash-symbolic", _("Remove the Statement"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);

  /* Posted unless the delegation said otherwise. */
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("May be posted on the meeting’s web page"));
  pln_accessible_set_label (button, _("May be posted on the web page"));
  g_object_set_data_full (G_OBJECT (button), "pln-statement", g_object_ref (statement), g_object_unref);
  g_object_bind_property (statement, "may-post", button, "active", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (button, "notify::active", G_CALLBACK (may_post_cb), self, 0);
  adw_action_row_add_suffix (row, button);
  adw_action_row_set_activatable_widget (row, button);

  return GTK_WIDGET (row);
}

/* ------------------------------------------------------------ refreshing */

/* The lists again, when the statements or their places changed; a switch
 * flipped changes neither, and keeps its row (and the focus). */
static void
refresh (gpointer owner)
{
  PlnStatementsDialog *self = owner;
  g_autoptr(GArray) entries = pln_meeting_dup_written_statements (self->meeting);
  g_autoptr(GPtrArray) general = g_ptr_array_new ();
  g_autoptr(GPtrArray) inscriptions = g_ptr_array_new ();

  if (self->entries != NULL && same_entries (self->entries, entries))
    return;

  g_clear_pointer (&self->entries, g_array_unref);
  self->entries = g_steal_pointer (&entries);
  for (guint i = 0; i < self->entries->len; i++)
    {
      PlnStatementEntry *entry = &g_array_index (self->entries, PlnStatementEntry, i);

      g_ptr_array_add (entry->speaker ? inscriptions : general, entry->statement);
    }

  g_list_store_splice (self->general, 0, g_list_model_get_n_items (G_LIST_MODEL (self->general)),
                       general->pdata, general->len);
  g_list_store_splice (self->inscriptions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->inscriptions)),
                       inscriptions->pdata, inscriptions->len);
  gtk_widget_set_visible (self->general_group, general->len > 0);
  gtk_widget_set_visible (self->inscriptions_group, inscriptions->len > 0);
  gtk_stack_set_visible_child_name (self->stack, self->entries->len > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "statements.export", self->entries->len > 0);
}

static void
schedule_refresh (PlnStatementsDialog *self)
{
  pln_idle_refresh_schedule (&self->refresh, self, refresh);
}

/* ------------------------------------------------------------ adding */

static void
delegation_response_cb (GObject    *owner,
                        const char *response)
{
  PlnStatementsDialog *self = PLN_STATEMENTS_DIALOG (owner);
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);
  g_autoptr(GtkEditable) entry = g_steal_pointer (&self->pending_entry);

  if (g_strcmp0 (response, "add") == 0 && file != NULL)
    pln_statements_dialog_add_general (self, file, gtk_editable_get_text (entry));
}

/* Whose the general statement is: typed, with the meeting's registered
 * delegations offered. */
static void
general_file_chosen_cb (GObject *owner,
                        GFile   *file)
{
  PlnStatementsDialog *self = PLN_STATEMENTS_DIALOG (owner);
  const PlnAlertResponse responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "add", _("_Add"), ADW_RESPONSE_SUGGESTED },
  };
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *entry;

  if (file == NULL)
    return;

  name = g_file_get_basename (file);
  /* Translators: %s is the name of the file of a written statement */
  body = g_strdup_printf (_("Type the delegation that sent “%s”."), name);
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Delegation"));
  pln_accessible_set_label (entry, _("Delegation"));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_entry_set_completion (GTK_ENTRY (entry), self->completion);
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_set_object (&self->pending_file, file);
  g_set_object (&self->pending_entry, GTK_EDITABLE (entry));
  pln_alert_present (GTK_WIDGET (self), _("Add General Statement"), body, entry,
                     responses, G_N_ELEMENTS (responses), "add", "cancel",
                     G_OBJECT (self), delegation_response_cb);
}

static void
add_general_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pln_choose_file_to_open (widget, _("Add General Statement"), _("_Choose"), NULL,
                           G_OBJECT (widget), general_file_chosen_cb);
}

/* ------------------------------------------------------------ export */

static void
open_folder_cb (AdwToast            *toast,
                PlnStatementsDialog *self)
{
  pln_open_file (GTK_WIDGET (self), g_object_get_data (G_OBJECT (toast), "pln-folder"));
}

static void
folder_chosen_cb (GObject *owner,
                  GFile   *folder)
{
  if (folder != NULL)
    pln_statements_dialog_export_to (PLN_STATEMENTS_DIALOG (owner), folder);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pln_choose_folder (widget, _("Export for the Web Page"), _("_Export"), G_OBJECT (widget), folder_chosen_cb);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnStatementsDialog *self = PLN_STATEMENTS_DIALOG (widget);

  if (self->context != NULL)
    pln_context_undo (self->context);
}

/* ------------------------------------------------------------ GObject */

static void
pln_statements_dialog_dispose (GObject *object)
{
  PlnStatementsDialog *self = PLN_STATEMENTS_DIALOG (object);

  pln_idle_refresh_cancel (&self->refresh);
  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->pending_file);
  g_clear_object (&self->pending_entry);
  g_clear_object (&self->completion);
  g_clear_object (&self->context);
  g_clear_object (&self->meeting);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_STATEMENTS_DIALOG);

  G_OBJECT_CLASS (pln_statements_dialog_parent_class)->dispose (object);
}

static void
pln_statements_dialog_finalize (GObject *object)
{
  PlnStatementsDialog *self = PLN_STATEMENTS_DIALOG (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_object (&self->general);
  g_clear_object (&self->inscriptions);

  G_OBJECT_CLASS (pln_statements_dialog_parent_class)->finalize (object);
}

static void
pln_statements_dialog_class_init (PlnStatementsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_statements_dialog_dispose;
  object_class->finalize = pln_statements_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-statements-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnStatementsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlnStatementsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PlnStatementsDialog, general_group);
  gtk_widget_class_bind_template_child (widget_class, PlnStatementsDialog, general_list);
  gtk_widget_class_bind_template_child (widget_class, PlnStatementsDialog, inscriptions_group);
  gtk_widget_class_bind_template_child (widget_class, PlnStatementsDialog, inscriptions_list);

  gtk_widget_class_install_action (widget_class, "statements.add-general", NULL, add_general_action);
  gtk_widget_class_install_action (widget_class, "statements.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "statements.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "statements.undo", NULL);
}

static void
pln_statements_dialog_init (PlnStatementsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->general = g_list_store_new (PLN_TYPE_STATEMENT);
  self->inscriptions = g_list_store_new (PLN_TYPE_STATEMENT);
  self->completion = pln_delegation_completion_new ();
  gtk_list_box_bind_model (self->general_list, G_LIST_MODEL (self->general), create_row_cb, self, NULL);
  gtk_list_box_bind_model (self->inscriptions_list, G_LIST_MODEL (self->inscriptions), create_row_cb, self, NULL);
  pln_accessible_set_label (GTK_WIDGET (self->general_list), _("General Statements"));
  pln_accessible_set_label (GTK_WIDGET (self->inscriptions_list), _("Statements on Inscriptions"));

  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (schedule_refresh), self);
}

/* ------------------------------------------------------------ public API */

PlnStatementsDialog *
pln_statements_dialog_new (GtkWindow  *parent,
                           PlnContext *context,
                           PlnMeeting *meeting)
{
  PlnStatementsDialog *self;
  PlnObject *root;

  g_return_val_if_fail (context == NULL || PLN_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  self = g_object_new (PLN_TYPE_STATEMENTS_DIALOG, "transient-for", parent, NULL);
  self->context = context ? g_object_ref (context) : NULL;
  self->meeting = g_object_ref (meeting);
  pln_delegation_completion_set_meeting (self->completion, meeting);
  root = pln_object_get_root (PLN_OBJECT (meeting));
  g_signal_group_set_target (self->workspace_signals, PLN_IS_WORKSPACE (root) ? root : NULL);
  refresh (self);
  return self;
}

/**
 * pln_statements_dialog_present:
 * @parent: the widget the dialog is opened from; its window becomes the
 *   dialog's parent
 *
 * Returns: (transfer none): the dialog, shown
 */
PlnStatementsDialog *
pln_statements_dialog_present (GtkWidget  *parent,
                               PlnContext *context,
                               PlnMeeting *meeting)
{
  PlnStatementsDialog *self = pln_statements_dialog_new (pln_widget_get_parent_window (parent), context, meeting);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * pln_statements_dialog_add_general:
 * @file: the statement a delegation sent on the meeting as a whole
 * @delegation: (nullable): whose it is
 *
 * Adds a general statement, to be posted unless the delegation says
 * otherwise; undone with Ctrl+Z. This is what choosing the file and
 * typing the delegation do.
 *
 * Returns: whether it was added (@file must be a local file)
 */
gboolean
pln_statements_dialog_add_general (PlnStatementsDialog *self,
                                   GFile               *file,
                                   const char          *delegation)
{
  g_autoptr(PlnStatement) statement = NULL;
  g_autofree char *name = g_strstrip (g_strdup (delegation ? delegation : ""));

  g_return_val_if_fail (PLN_IS_STATEMENTS_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_file_peek_path (file) == NULL)
    {
      pln_alert_show_error (GTK_WIDGET (self), _("Written Statement Not Added"),
                            _("Only a file on this computer can be added. Save it in a folder first."));
      return FALSE;
    }

  statement = pln_statement_new (g_file_peek_path (file));
  if (*name != '\0')
    pln_statement_set_delegation (statement, name);
  pln_meeting_add_statement (self->meeting, statement);
  push_edit (self, pln_statement_undo_take_off, pln_statement_undo_new (statement, NULL, self->meeting),
             _("General statement added"));
  return TRUE;
}

/**
 * pln_statements_dialog_export_to:
 * @folder: where the statements that may be posted and their index go
 *
 * Exports the statements for the meeting's web page, then says how many
 * in a toast that opens the folder; an error is shown in an alert. This
 * is what choosing the folder does.
 *
 * Returns: whether they were exported
 */
gboolean
pln_statements_dialog_export_to (PlnStatementsDialog *self,
                                 GFile               *folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n = 0;

  g_return_val_if_fail (PLN_IS_STATEMENTS_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (!pln_statements_export (self->meeting, folder, &n, &error))
    {
      pln_alert_show_error (GTK_WIDGET (self), _("Statements Not Exported"), error->message);
      return FALSE;
    }

  /* Translators: a toast after the written statements were written into a folder for the web page */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement exported", "%u statements exported", n), n);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open Folder"));
  g_object_set_data_full (G_OBJECT (toast), "pln-folder", g_object_ref (folder), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_folder_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}
