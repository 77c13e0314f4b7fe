/* pln-overview-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-overview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pln-accessible.h"
#include "pln-compat.h"
#include "pln-date-row.h"
#include "pln-format.h"
#include "pln-languages-row.h"
#include "pln-notes-group.h"
#include "pln-overview-page.h"

/* The fields of a meeting, edited in place: every row is bound to the
 * model, which autosaves. The problems the model finds are behind a
 * button of a fixed size in the first group's header, and the rows
 * concerned are marked: nothing is inserted above the fields as the user
 * types, so they never move under the pointer. A new first day offers to
 * move the whole meeting with it. */

struct _PlnOverviewPage
{
  PlnPage        parent_instance;

  /* Template widgets */
  GtkMenuButton *problems_button;
  GtkImage      *problems_icon;
  GtkLabel      *problems_label;
  GtkListBox    *problems_list;
  AdwActionRow  *group_row;
  AdwPreferencesGroup *meeting_group;
  PlnNotesGroup       *notes_group;
  GtkSpinButton *ordinal_spin;
  PlnDateRow    *first_day_row;
  PlnDateRow    *last_day_row;
  AdwEntryRow   *city_row;
  AdwEntryRow   *venue_row;
  AdwEntryRow   *time_zone_row;
  AdwComboRow   *format_row;
  AdwEntryRow   *platform_row;
  GtkSpinButton *statement_spin;
  AdwActionRow  *online_cap_row;
  GtkSpinButton *online_cap_spin;
  GtkSpinButton *limit_spin;
  AdwEntryRow   *agenda_symbol_row;
  PlnLanguagesRow *languages_row;
  AdwEntryRow   *report_symbol_row;
  AdwExpanderRow *default_times_row;
  GtkListBox    *sittings_list;
  AdwEntryRow   *morning_start_row;
  AdwEntryRow   *morning_end_row;
  AdwEntryRow   *afternoon_start_row;
  AdwEntryRow   *afternoon_end_row;

  /* Borrowed references */
  PlnMeeting    *meeting;          /* PlnPage's, kept in step by meeting_changed */

  AdwToast      *move_offer;       /* weak: the question asked last, while shown */

  /* Owned references */
  GPtrArray     *bindings;
  GSignalGroup  *meeting_signals;
  GSignalGroup  *sittings_signals;

  guint          n_problem_updates;  /* for tests */
};

G_DEFINE_FINAL_TYPE (PlnOverviewPage, pln_overview_page, PLN_TYPE_PAGE)

static gboolean
minutes_to_text (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  int minutes = g_value_get_int (from);

  g_value_take_string (to, g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60));
  return TRUE;
}

/* "9:30", "09:30" or "930" → minutes; anything else stays out of the
 * model, and the row says so. */
static gboolean
text_to_minutes (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  GtkWidget *row = GTK_WIDGET (g_binding_dup_target (binding));
  const char *text = g_value_get_string (from);
  guint hours, minutes;
  gboolean valid = text != NULL &&
                   (sscanf (text, "%u:%u", &hours, &minutes) == 2 || sscanf (text, "%2u%2u", &hours, &minutes) == 2) &&
                   hours < 24 && minutes < 60;

  if (valid)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  g_object_unref (row);

  if (valid)
    g_value_set_int (to, hours * 60 + minutes);
  return valid;
}

static GtkWidget *
bound_entry_row (gpointer               object,
                 const char            *property,
                 const char            *title,
                 GBindingTransformFunc  to,
                 GBindingTransformFunc  from)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_bind_property_full (object, property, row, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               to, from, NULL, NULL);
  return row;
}

static void
bind (PlnOverviewPage        *self,
      const char             *property,
      gpointer                widget,
      const char             *widget_property,
      GBindingTransformFunc   to,
      GBindingTransformFunc   from)
{
  GBinding *binding = g_object_bind_property_full (self->meeting, property, widget, widget_property,
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   to, from, NULL, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

/* A row a problem is about shows a warning sign, says the problem in its
 * tooltip and to a screen reader; @message %NULL takes the mark away.
 * The sign is always there, hidden, so that the row keeps its height. */
static void
mark_row (GtkWidget  *row,
          const char *message)
{
  GtkWidget *sign = g_object_get_data (G_OBJECT (row), "warning-sign");

  gtk_widget_set_tooltip_text (row, message);
  if (sign != NULL)
    gtk_widget_set_visible (sign, message != NULL);

  if (message == NULL)
    {
      gtk_widget_remove_css_class (row, "warning");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  gtk_widget_add_css_class (row, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}

static GtkWidget *
warning_sign_new (void)
{
  GtkWidget *sign = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (sign, "warning");
  gtk_widget_set_visible (sign, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sign), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);
  return sign;
}

static void
add_warning_sign (GtkWidget *row)
{
  GtkWidget *sign = warning_sign_new ();

  /* At the end, where the row has widgets already: a prefix, even
   * hidden, would set the row's title apart from the others'. */
  if (ADW_IS_ENTRY_ROW (row))
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sign);
  else if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sign);
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), sign);
  g_object_set_data (G_OBJECT (row), "warning-sign", sign);
}

/* The row of the page that @problem is about, if it has one: a field of
 * the meeting, or a plenary meeting ("meeting.sittings[2]"). */
static GtkWidget *
problem_row (PlnOverviewPage  *self,
             const PlnProblem *problem)
{
  static const struct { const char *property; gsize offset; } rows[] = {
    { "first-day", G_STRUCT_OFFSET (PlnOverviewPage, first_day_row) },
    { "last-day", G_STRUCT_OFFSET (PlnOverviewPage, last_day_row) },
    { "agenda-symbol", G_STRUCT_OFFSET (PlnOverviewPage, agenda_symbol_row) },
    { "report-symbol", G_STRUCT_OFFSET (PlnOverviewPage, report_symbol_row) },
    { "working-group", G_STRUCT_OFFSET (PlnOverviewPage, group_row) },
  };
  guint index;
  int end = 0;

  if (sscanf (problem->path, "meeting.sittings[%u]%n", &index, &end) == 1 && end > 0 && problem->path[end] == '\0')
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sittings_list, index);

      return row != NULL ? GTK_WIDGET (row) : NULL;
    }

  if (problem->property == NULL || !g_str_equal (problem->path, "meeting"))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (problem->property, rows[i].property))
      return *(GtkWidget **) G_STRUCT_MEMBER_P (self, rows[i].offset);

  return NULL;
}

static void
unmark_rows (PlnOverviewPage *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->first_day_row), GTK_WIDGET (self->last_day_row),
    GTK_WIDGET (self->agenda_symbol_row), GTK_WIDGET (self->report_symbol_row),
    GTK_WIDGET (self->group_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    mark_row (rows[i], NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sittings_list)); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      mark_row (row, NULL);
}

/* A line of the problems' pop-up; activating it goes to the row concerned. */
static GtkWidget *
problem_line_new (const PlnProblem *problem,
                  GtkWidget        *target)
{
  GtkWidget *line = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *text = pln_format_in_reading_order (problem->message);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (gtk_widget_get_first_child (box), "warning");
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (line), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (line), target != NULL);
  g_object_set_data (G_OBJECT (line), "target", target);
  return line;
}

static void
problem_activated_cb (PlnOverviewPage *self,
                      GtkListBoxRow   *line)
{
  GtkWidget *target = g_object_get_data (G_OBJECT (line), "target");

  gtk_menu_button_popdown (self->problems_button);
  if (target != NULL)
    gtk_widget_grab_focus (target);
}

static void
show_problem_count (PlnOverviewPage *self,
                    guint            n)
{
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No Problems"));
  else
    /* Translators: the button that lists what is wrong or missing in the meeting */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Problem", "%u Problems", n), n);

  gtk_label_set_text (self->problems_label, text);
  gtk_image_set_from_icon_name (self->problems_icon, n > 0 ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->problems_icon), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->problems_icon), "warning");
  gtk_widget_set_sensitive (GTK_WIDGET (self->problems_button), n > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->problems_button), n > 0 ? _("Show the Problems") : NULL);
  pln_accessible_set_label (GTK_WIDGET (self->problems_button), text);
  if (n == 0)
    gtk_menu_button_popdown (self->problems_button);
}

static void
update_problems (PlnOverviewPage *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) messages = NULL;
  GHashTableIter iter;
  gpointer row, text;

  self->n_problem_updates++;
  pln_list_box_remove_all (self->problems_list);
  unmark_rows (self);

  if (self->meeting == NULL)
    {
      show_problem_count (self, 0);
      return;
    }

  /* A row may be concerned by several problems: it says them all. */
  messages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_free);
  problems = pln_meeting_validate (self->meeting, NULL);
  for (guint i = 0; i < problems->len; i++)
    {
      PlnProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *target = problem_row (self, problem);
      char *before;

      gtk_list_box_append (self->problems_list, problem_line_new (problem, target));
      if (target == NULL)
        continue;

      before = g_hash_table_lookup (messages, target);
      g_hash_table_insert (messages, target,
                           before ? g_strconcat (before, "\n", problem->message, NULL) : g_strdup (problem->message));
    }

  g_hash_table_iter_init (&iter, messages);
  while (g_hash_table_iter_next (&iter, &row, &text))
    mark_row (row, text);

  show_problem_count (self, problems->len);
}

static char *
sitting_subtitle (PlnSitting *sitting,
                  PlnMeeting *meeting)
{
  char *when = pln_format_sitting_when (meeting, sitting);

  return when != NULL ? when : g_strdup (_("No date"));
}

static void
remove_sitting_clicked_cb (GtkButton       *button,
                           PlnOverviewPage *self)
{
  PlnSitting *sitting = g_object_get_data (G_OBJECT (button), "sitting");
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  pln_context_remove_with_undo (context, pln_meeting_get_sittings (self->meeting), sitting,
                                _("Plenary meeting removed"));
}

static void
sitting_changed_cb (PlnSitting  *sitting,
                    GParamSpec  *pspec,
                    AdwExpanderRow *row)
{
  PlnMeeting *meeting = g_object_get_data (G_OBJECT (row), "meeting");
  g_autofree char *subtitle = sitting_subtitle (sitting, meeting);
  g_autofree char *name = pln_sitting_dup_display_name (sitting);
  g_autofree char *shown = pln_format_in_reading_order (name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), shown);
  adw_expander_row_set_subtitle (row, subtitle);
  pln_accessible_name_lists (GTK_WIDGET (row), name);
}

/* A plenary meeting's new date or times may make or solve a problem.
 * Connected for as long as its row lives: a meeting shown again gets new
 * rows, and a meeting no longer shown is no longer checked. */
static void
sitting_problems_cb (GtkWidget *row)
{
  GtkWidget *page = gtk_widget_get_ancestor (row, PLN_TYPE_OVERVIEW_PAGE);

  if (page != NULL)
    update_problems (PLN_OVERVIEW_PAGE (page));
}

static GtkWidget *
bound_date_row (gpointer    object,
                const char *property,
                const char *title)
{
  GtkWidget *row = pln_date_row_new (title);

  g_object_bind_property (object, property, row, "date", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return row;
}

/* A plenary meeting: its name and times in the header, fields to edit
 * them inside, and removal. */
static GtkWidget *
create_sitting_row (gpointer item,
                    gpointer user_data)
{
  PlnOverviewPage *self = user_data;
  PlnSitting *sitting = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data_full (G_OBJECT (row), "meeting", g_object_ref (self->meeting), g_object_unref);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  add_warning_sign (row);
  g_signal_connect_object (sitting, "notify", G_CALLBACK (sitting_changed_cb), row, 0);
  g_signal_connect_object (sitting, "notify", G_CALLBACK (sitting_problems_cb), row, G_CONNECT_SWAPPED);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            bound_entry_row (sitting, "name", C_("plenary meeting", "Name"), pln_format_binding_text, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), bound_date_row (sitting, "date", _("Date (YYYY-MM-DD)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            bound_entry_row (sitting, "start", _("Starts (HH:MM)"), minutes_to_text, text_to_minutes));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            bound_entry_row (sitting, "end", _("Ends (HH:MM)"), minutes_to_text, text_to_minutes));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Plenary Meeting"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Plenary Meeting"), -1);
  g_object_set_data_full (G_OBJECT (remove), "sitting", g_object_ref (sitting), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_sitting_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  sitting_changed_cb (sitting, NULL, ADW_EXPANDER_ROW (row));

  return row;
}

typedef struct
{
  PlnMeeting *meeting;
  GPtrArray  *sittings;
} OldSittings;

static void
old_sittings_free (gpointer data)
{
  OldSittings *old = data;

  g_clear_object (&old->meeting);
  g_clear_pointer (&old->sittings, g_ptr_array_unref);
  g_free (old);
}

static void
undo_generate (gpointer data)
{
  OldSittings *old = data;
  GListStore *store = G_LIST_STORE (pln_meeting_get_sittings (old->meeting));

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       old->sittings->pdata, old->sittings->len);
}

static void
generate_sittings_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PlnOverviewPage *self = PLN_OVERVIEW_PAGE (widget);
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  GListModel *sittings;
  OldSittings *old;

  if (self->meeting == NULL)
    return;

  /* The plenary meetings replaced are kept for Undo, with what was placed in them. */
  sittings = pln_meeting_get_sittings (self->meeting);
  old = g_new0 (OldSittings, 1);
  old->meeting = g_object_ref (self->meeting);
  old->sittings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    g_ptr_array_add (old->sittings, g_list_model_get_item (sittings, i));

  pln_meeting_generate_sittings (self->meeting);

  if (context != NULL)
    pln_context_add_undo (context, _("Plenary meetings generated"),
                          undo_generate, old, old_sittings_free);
  else
    old_sittings_free (old);
}

/* ------------------------------------------------- a new first day */

/* The first day before and after an edit, for Undo and for the offer to
 * move the rest of the meeting with it. Shared by the undo queue and the
 * offer: moving the meeting turns the edit into a move, so one Ctrl+Z
 * brings every date back. */
typedef struct
{
  PlnMeeting *meeting;
  GDate       before;   /* cleared when the meeting had none */
  GDate       after;
  gboolean    moved;    /* the whole meeting moved with its first day */
  gboolean    queued;   /* still in the undo queue */
} DayChange;

static void
day_change_clear (DayChange *change)
{
  g_clear_object (&change->meeting);
}

static void
day_change_unref (gpointer data)
{
  g_rc_box_release_full (data, (GDestroyNotify) day_change_clear);
}

/* The undo queue lets go of @data: undone, or fallen off its end. */
static void
day_change_unqueue (gpointer data)
{
  DayChange *change = data;

  change->queued = FALSE;
  day_change_unref (change);
}

/* Ctrl+Z after the first day was changed, or the whole meeting moved. */
static void
undo_day_change (gpointer data)
{
  DayChange *change = data;

  if (change->moved)
    pln_meeting_move_to (change->meeting, &change->before);
  else
    pln_meeting_set_first_day (change->meeting, g_date_valid (&change->before) ? &change->before : NULL);
}

static void
move_clicked_cb (AdwToast  *toast,
                 DayChange *change)
{
  PlnOverviewPage *self = g_object_get_data (G_OBJECT (toast), "page");
  PlnContext *context = self != NULL ? pln_page_get_context (PLN_PAGE (self)) : NULL;
  const GDate *first = pln_meeting_get_first_day (change->meeting);

  /* The question is about the first day it was asked for only. */
  if (change->moved || first == NULL || g_date_compare (first, &change->after) != 0)
    return;

  /* Back to where the meeting was, then all of it moved at once. */
  pln_meeting_set_first_day (change->meeting, &change->before);
  pln_meeting_move_to (change->meeting, &change->after);
  change->moved = TRUE;

  /* The first day's edit, still in the queue, now undoes the move; had it
   * left the queue, the move is an edit of its own. */
  if (!change->queued && context != NULL)
    pln_context_add_undo (context, _("Meeting moved"), undo_day_change,
                          g_rc_box_acquire (change), day_change_unref);
}

/* Whether moving the meeting would move more than its first day. */
static gboolean
has_more_days (PlnMeeting *meeting)
{
  return pln_meeting_get_last_day (meeting) != NULL ||
         g_list_model_get_n_items (pln_meeting_get_sittings (meeting)) > 0;
}

/* Asks, in a toast that covers no field, whether the last day and the
 * plenary meetings should follow the first day by as many days. */
static void
offer_move (PlnOverviewPage *self,
            PlnContext      *context,
            DayChange       *change)
{
  int offset = g_date_days_between (&change->before, &change->after);
  guint days = ABS (offset);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->move_offer != NULL)
    adw_toast_dismiss (self->move_offer);

  /* Translators: asked after the first day of a meeting was changed */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move the whole meeting by %u day?",
                                        "Move the whole meeting by %u days?", days), days);
  toast = adw_toast_new (title);
  /* Translators: moves the last day and the plenary meetings with the first day */
  adw_toast_set_button_label (toast, _("_Move"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data (G_OBJECT (toast), "page", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (move_clicked_cb),
                         g_rc_box_acquire (change), (GClosureNotify) day_change_unref, 0);
  g_set_weak_pointer (&self->move_offer, toast);
  pln_context_add_toast (context, toast);
}

static void
first_day_edited_cb (PlnOverviewPage *self,
                     PlnDateRow      *row)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  const GDate *before;
  DayChange *change;

  if (self->meeting == NULL || pln_date_row_get_date (row) == NULL)
    return;

  before = pln_meeting_get_first_day (self->meeting);
  change = g_rc_box_new0 (DayChange);
  change->meeting = g_object_ref (self->meeting);
  change->after = *pln_date_row_get_date (row);
  if (before != NULL)
    change->before = *before;
  else
    g_date_clear (&change->before, 1);

  pln_meeting_set_first_day (self->meeting, &change->after);
  if (context == NULL)
    {
      day_change_unref (change);
      return;
    }

  /* The queue keeps the change; the offer shares it. */
  change->queued = TRUE;
  pln_context_push_undo (context, undo_day_change, change, day_change_unqueue);
  if (g_date_valid (&change->before) && g_date_compare (&change->before, &change->after) != 0 &&
      has_more_days (self->meeting))
    offer_move (self, context, change);
}

typedef struct
{
  PlnMeeting   *meeting;
  PlnLanguages  before;
} LanguagesChange;

static void
languages_change_free (gpointer data)
{
  LanguagesChange *change = data;

  g_clear_object (&change->meeting);
  g_free (change);
}

static void
undo_languages (gpointer data)
{
  LanguagesChange *change = data;

  pln_meeting_set_languages (change->meeting, change->before);
}

/* A language of interpretation checked or unchecked (the binding has
 * already told the meeting): Ctrl+Z gives back what it was. */
static void
languages_edited_cb (PlnOverviewPage *self,
                     PlnLanguages     before)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  LanguagesChange *change;

  if (context == NULL || self->meeting == NULL)
    return;

  change = g_new0 (LanguagesChange, 1);
  change->meeting = g_object_ref (self->meeting);
  change->before = before;
  pln_context_push_undo (context, undo_languages, change, languages_change_free);
}

/* ------------------------------------------------------------ binding */

/* The online platform and the online interventions' limit mean nothing
 * for a meeting in person: they stay in place, insensitive, so that
 * choosing another format moves no row. */
static void
update_online_rows (PlnOverviewPage *self)
{
  gboolean online = self->meeting != NULL &&
                    pln_meeting_get_format (self->meeting) != PLN_MEETING_FORMAT_IN_PERSON;

  gtk_widget_set_sensitive (GTK_WIDGET (self->platform_row), online);
  gtk_widget_set_sensitive (GTK_WIDGET (self->online_cap_row), online);
}

static void
update_group_row (PlnOverviewPage *self)
{
  PlnWorkingGroup *group = self->meeting ? pln_meeting_get_working_group (self->meeting) : NULL;

  adw_action_row_set_subtitle (self->group_row, group ? pln_working_group_get_display_name (group) : _("None"));
}

static void
bind_meeting (PlnOverviewPage *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  g_signal_group_set_target (self->meeting_signals, self->meeting);

  if (self->meeting == NULL)
    {
      adw_preferences_group_set_description (self->meeting_group, NULL);
      g_signal_group_set_target (self->sittings_signals, NULL);
      gtk_list_box_bind_model (self->sittings_list, NULL, NULL, NULL, NULL);
      update_online_rows (self);
      update_problems (self);
      return;
    }

  bind (self, "ordinal", self->ordinal_spin, "value", NULL, NULL);
  /* The first day reaches the model through first_day_edited_cb(), which
   * keeps the day before for Undo and the offer to move the meeting. */
  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property (self->meeting, "first-day", self->first_day_row, "date",
                                                         G_BINDING_SYNC_CREATE)));
  bind (self, "last-day", self->last_day_row, "date", NULL, NULL);
  bind (self, "city", self->city_row, "text", pln_format_binding_text, NULL);
  bind (self, "venue", self->venue_row, "text", pln_format_binding_text, NULL);
  bind (self, "time-zone", self->time_zone_row, "text", pln_format_binding_text, NULL);
  bind (self, "format", self->format_row, "selected", NULL, NULL);
  bind (self, "platform", self->platform_row, "text", pln_format_binding_text, NULL);
  bind (self, "statement-limit", self->statement_spin, "value", NULL, NULL);
  bind (self, "online-cap", self->online_cap_spin, "value", NULL, NULL);
  bind (self, "recommendation-limit", self->limit_spin, "value", NULL, NULL);
  bind (self, "languages", self->languages_row, "languages", NULL, NULL);
  bind (self, "agenda-symbol", self->agenda_symbol_row, "text", pln_format_binding_text, NULL);
  bind (self, "report-symbol", self->report_symbol_row, "text", pln_format_binding_text, NULL);
  /* Who changed the meeting: the description under its heading. */
  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property_full (self->meeting, "changed-at",
                                                              self->meeting_group, "description",
                                                              G_BINDING_SYNC_CREATE,
                                                              pln_format_binding_changed, NULL, NULL, NULL)));

  /* The list box connects to the plenary meetings first, so that its rows
   * have changed by the time the problems are marked on them. */
  gtk_list_box_bind_model (self->sittings_list, pln_meeting_get_sittings (self->meeting),
                           create_sitting_row, self, NULL);
  g_signal_group_set_target (self->sittings_signals, pln_meeting_get_sittings (self->meeting));
  bind (self, "morning-start", self->morning_start_row, "text", minutes_to_text, text_to_minutes);
  bind (self, "morning-end", self->morning_end_row, "text", minutes_to_text, text_to_minutes);
  bind (self, "afternoon-start", self->afternoon_start_row, "text", minutes_to_text, text_to_minutes);
  bind (self, "afternoon-end", self->afternoon_end_row, "text", minutes_to_text, text_to_minutes);
  update_group_row (self);
  update_online_rows (self);
  update_problems (self);
}

static void
meeting_changed_cb (PlnOverviewPage *self,
                    GParamSpec      *pspec)
{
  if (g_str_equal (pspec->name, "format"))
    update_online_rows (self);
  update_problems (self);
}

static void
pln_overview_page_meeting_changed (PlnPage    *page,
                                   PlnMeeting *old_meeting)
{
  PlnOverviewPage *self = PLN_OVERVIEW_PAGE (page);

  self->meeting = pln_page_get_meeting (page);
  bind_meeting (self);
  pln_notes_group_set_target (self->notes_group, self->meeting ? pln_meeting_get_id (self->meeting) : NULL, NULL);
}

static void
pln_overview_page_dispose (GObject *object)
{
  PlnOverviewPage *self = PLN_OVERVIEW_PAGE (object);

  if (self->bindings != NULL)
    {
      for (guint i = 0; i < self->bindings->len; i++)
        g_binding_unbind (g_ptr_array_index (self->bindings, i));
      g_clear_pointer (&self->bindings, g_ptr_array_unref);
    }
  g_clear_object (&self->meeting_signals);
  g_clear_object (&self->sittings_signals);
  g_clear_weak_pointer (&self->move_offer);
  self->meeting = NULL;

  G_OBJECT_CLASS (pln_overview_page_parent_class)->dispose (object);
}

static void
pln_overview_page_class_init (PlnOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlnPageClass *page_class = PLN_PAGE_CLASS (klass);

  object_class->dispose = pln_overview_page_dispose;
  page_class->meeting_changed = pln_overview_page_meeting_changed;

  g_type_ensure (PLN_TYPE_DATE_ROW);
  g_type_ensure (PLN_TYPE_NOTES_GROUP);
  g_type_ensure (PLN_TYPE_LANGUAGES_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, problems_button);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, problems_icon);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, problems_label);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, problems_list);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, group_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, meeting_group);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, ordinal_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, first_day_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, last_day_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, city_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, venue_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, format_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, platform_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, statement_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, online_cap_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, online_cap_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, limit_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, agenda_symbol_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, languages_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, report_symbol_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, default_times_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, sittings_list);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, morning_start_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, morning_end_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, afternoon_start_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, afternoon_end_row);

  gtk_widget_class_bind_template_callback (widget_class, problem_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, languages_edited_cb);

  gtk_widget_class_install_action (widget_class, "overview.generate-sittings", NULL, generate_sittings_action);
}

static void
pln_overview_page_init (PlnOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->meeting_signals = g_signal_group_new (PLN_TYPE_MEETING);
  /* Any edit of the meeting may solve or make a problem. */
  g_signal_group_connect_swapped (self->meeting_signals, "notify", G_CALLBACK (meeting_changed_cb), self);
  /* The marks on the plenary meetings' rows go by position. */
  self->sittings_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->sittings_signals, "items-changed", G_CALLBACK (update_problems), self);

  g_signal_connect_swapped (self->first_day_row, "date-edited", G_CALLBACK (first_day_edited_cb), self);
  {
    GtkWidget *rows[] = {
      GTK_WIDGET (self->first_day_row), GTK_WIDGET (self->last_day_row),
      GTK_WIDGET (self->agenda_symbol_row), GTK_WIDGET (self->report_symbol_row),
      GTK_WIDGET (self->group_row),
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      add_warning_sign (rows[i]);
  }
  show_problem_count (self, 0);
  pln_accessible_name_lists (GTK_WIDGET (self->format_row), _("Format"));
  pln_accessible_name_lists (GTK_WIDGET (self->default_times_row), _("Default Times"));
}

/**
 * pln_overview_page_get_n_problem_updates:
 *
 * Returns: how many times the problems were looked for, for tests that
 *   check an edit looks for them once
 */
guint
pln_overview_page_get_n_problem_updates (PlnOverviewPage *self)
{
  g_return_val_if_fail (PLN_IS_OVERVIEW_PAGE (self), 0);

  return self->n_problem_updates;
}
