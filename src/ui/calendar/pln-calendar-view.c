/* pln-calendar-view.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-format.h"
#include "pln-calendar-view.h"
#include "pln-compat.h"
#include "pln-idle-refresh.h"

/* Where Plenary opens: the month of every working group's meetings, the
 * meeting plan (all meetings in date order, filterable by working group,
 * as the extended Bureau approves it), and beside them the selected day
 * with its plenary meetings and the agenda items placed in them. */

struct _PlnCalendarView
{
  PlnPage               parent_instance;

  /* Template widgets */
  GtkBox               *toolbar;
  GtkWidget            *month_bar;
  GtkButton            *previous_button;
  GtkButton            *next_button;
  GtkLabel             *title_label;
  GtkDropDown          *group_dropdown;
  GtkWidget            *view_switcher;
  GtkPaned             *paned;
  GtkWidget            *day_pane;
  GtkStack             *view_stack;
  PlnCalendarMonthView *month_view;
  GtkListView          *plan_view;
  GtkLabel             *day_label;
  GtkBox               *day_box;

  /* Owned references */
  PlnWorkspace         *workspace;
  GSignalGroup         *workspace_signals;
  GtkFilterListModel   *plan;
  GtkCustomFilter      *plan_filter;
  GtkStringList        *group_names;
  PlnIdleRefresh        refresh;
  GtkWidget            *new_meeting_dropdown;   /* the choice of the dialog asking for a new meeting */
  GDate                 new_meeting_day;
  gboolean              narrow;
  int                   wide_minimum;           /* the side-by-side layout's minimum width, last measured */
};

G_DEFINE_FINAL_TYPE (PlnCalendarView, pln_calendar_view, PLN_TYPE_PAGE)

/* Below this width the month and the day no longer fit side by side (a
 * day's cell would be narrower than its meetings' names): the day goes
 * below the month and the toolbar takes a line for each of its parts. */
#define NARROW_WIDTH 720

static GType (* const shown_kinds[]) (void) = {
  pln_meeting_get_type,
  pln_sitting_get_type,
  pln_placement_get_type,
  pln_agenda_item_get_type,
  pln_working_group_get_type,
};

/* Through the window's action: the view does not hold the window. */
static void
show_meeting (PlnCalendarView *self,
              PlnMeeting      *meeting,
              const char      *page)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "(ss)",
                              pln_meeting_get_id (meeting), page);
}

static char *
format_time_range (GDateTime *start,
                   GDateTime *end)
{
  g_autofree char *from = pln_format_time (start);
  g_autofree char *to = pln_format_time (end);

  /* Translators: the start and end of a plenary meeting */
  return g_strdup_printf (C_("time range", "%s–%s"), from, to);
}

/* "10:00–13:00", and the user's own time when the venue's zone differs. */
static char *
sitting_times (PlnMeeting *meeting,
               PlnSitting *sitting)
{
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);
  g_autoptr(GDateTime) start = pln_sitting_dup_start_date_time (sitting, tz);
  g_autoptr(GDateTime) end = pln_sitting_dup_end_date_time (sitting, tz);
  g_autoptr(GDateTime) local_start = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autofree char *venue = NULL;
  g_autofree char *mine = NULL;

  if (start == NULL || end == NULL)
    return g_strdup ("");

  venue = format_time_range (start, end);
  local_start = g_date_time_to_local (start);
  local_end = g_date_time_to_local (end);
  if (g_date_time_get_utc_offset (local_start) == g_date_time_get_utc_offset (start))
    return g_steal_pointer (&venue);

  mine = format_time_range (local_start, local_end);
  /* Translators: the times of a plenary meeting at the venue, then in the user's time zone */
  return g_strdup_printf (_("%s (%s your time)"), venue, mine);
}

static void
item_clicked_cb (GtkButton       *button,
                 PlnCalendarView *self)
{
  PlnMeeting *meeting = g_object_get_data (G_OBJECT (button), "meeting");

  show_meeting (self, meeting, "agenda");
}

/* A line of the day pane: names and titles in any script, aligned by the
 * interface's direction. */
static GtkWidget *
day_label_new (const char *text)
{
  g_autofree char *ordered = pln_format_in_reading_order (text);
  GtkWidget *label = gtk_label_new (ordered);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static GtkWidget *
sitting_box (PlnCalendarView *self,
             PlnMeeting      *meeting,
             PlnSitting      *sitting)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading;
  GListModel *placements = pln_sitting_get_placements (sitting);
  g_autofree char *times = sitting_times (meeting, sitting);
  g_autofree char *name = pln_sitting_dup_display_name (sitting);
  g_autofree char *title = g_strdup_printf ("%s · %s", times, name);
  g_autofree char *who = NULL;

  heading = day_label_new (title);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  who = pln_format_meeting_short_title (meeting);
  heading = day_label_new (who);
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    {
      g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, i);
      PlnAgendaItem *item = pln_placement_get_agenda_item (placement);
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;
      GtkWidget *button;
      GtkWidget *button_label;

      if (item == NULL)
        continue;

      label = pln_agenda_item_dup_label (item);
      if (pln_meeting_is_placement_continued (meeting, sitting, i))
        /* Translators: an agenda item in the day view: its number, its title, then that it continues from before */
        text = g_strdup_printf (_("%s. %s (continued)"), label, pln_agenda_item_get_title (item) ?: "");
      else
        /* Translators: an agenda item in the day view: its number and title */
        text = g_strdup_printf (_("%s. %s"), label, pln_agenda_item_get_title (item) ?: "");

      button_label = day_label_new (text);
      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), button_label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Show the Agenda"));
      g_object_set_data_full (G_OBJECT (button), "meeting", g_object_ref (meeting), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (item_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
}

/* The selected day's plenary meetings: a few widgets, rebuilt when the
 * day or the workspace changes. */
static void
update_day (PlnCalendarView *self)
{
  const GDate *date = pln_calendar_month_view_get_date (self->month_view);
  g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                   g_date_get_day (date), 0, 0, 0);
  g_autofree char *day = pln_format_day (dt);
  GtkWidget *child;
  guint shown = 0;

  gtk_label_set_text (self->day_label, day);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->day_box))) != NULL)
    gtk_box_remove (self->day_box, child);

  if (self->workspace != NULL)
    {
      GListModel *meetings = pln_workspace_get_meetings (self->workspace);

      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
          GListModel *sittings;

          if (pln_meeting_get_day_index (meeting, date) < 0)
            continue;

          sittings = pln_meeting_get_sittings (meeting);
          for (guint s = 0; s < g_list_model_get_n_items (sittings); s++)
            {
              g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
              const GDate *sitting_date = pln_sitting_get_date (sitting);

              if (sitting_date != NULL && g_date_compare (sitting_date, date) == 0)
                {
                  gtk_box_append (self->day_box, sitting_box (self, meeting, sitting));
                  shown++;
                }
            }
        }
    }

  if (shown == 0)
    {
      GtkWidget *none = day_label_new (_("No plenary meetings on this day"));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->day_box, none);
    }
}

static void
date_changed_cb (PlnCalendarView *self)
{
  g_autofree char *title = pln_calendar_month_view_dup_title (self->month_view);

  gtk_label_set_text (self->title_label, title);
  update_day (self);
}

static void
meeting_activated_cb (PlnCalendarMonthView *month_view,
                      PlnMeeting           *meeting,
                      PlnCalendarView      *self)
{
  show_meeting (self, meeting, "overview");
}

static void
undo_create (gpointer data)
{
  PlnMeeting *meeting = data;
  PlnWorkspace *workspace = g_object_get_data (G_OBJECT (meeting), "pln-created-in");

  if (workspace != NULL)
    pln_workspace_remove_meeting (workspace, meeting);
}

/**
 * pln_calendar_view_create_meeting:
 * @group: the working group of the new meeting
 * @first_day: its first day; it lasts two days, as most do
 *
 * Creates a meeting with its plenary meetings, numbered after the group's
 * last one and at the venue of that one.
 *
 * Returns: (transfer none): the new meeting, in the workspace
 */
PlnMeeting *
pln_calendar_view_create_meeting (PlnCalendarView *self,
                                  PlnWorkingGroup *group,
                                  const GDate     *first_day)
{
  g_autoptr(GListStore) previous = NULL;
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnMeeting) latest = NULL;
  guint ordinal = 0;
  GDate last;

  g_return_val_if_fail (PLN_IS_CALENDAR_VIEW (self), NULL);
  g_return_val_if_fail (self->workspace != NULL, NULL);

  previous = pln_workspace_dup_meetings_of (self->workspace, group);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (previous)); i++)
    {
      g_autoptr(PlnMeeting) m = g_list_model_get_item (G_LIST_MODEL (previous), i);

      ordinal = MAX (ordinal, pln_meeting_get_ordinal (m));
    }
  latest = g_list_model_get_item (G_LIST_MODEL (previous), 0);

  last = *first_day;
  g_date_add_days (&last, 1);
  pln_meeting_set_working_group (meeting, group);
  pln_meeting_set_ordinal (meeting, ordinal + 1);
  pln_meeting_set_first_day (meeting, first_day);
  pln_meeting_set_last_day (meeting, &last);
  if (latest != NULL)
    {
      pln_meeting_set_city (meeting, pln_meeting_get_city (latest));
      pln_meeting_set_venue (meeting, pln_meeting_get_venue (latest));
      pln_meeting_set_time_zone (meeting, pln_meeting_get_time_zone (latest));
      pln_meeting_set_format (meeting, pln_meeting_get_format (latest));
      pln_meeting_set_platform (meeting, pln_meeting_get_platform (latest));
    }
  else
    {
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();

      pln_meeting_set_time_zone (meeting, g_time_zone_get_identifier (local));
    }
  pln_meeting_generate_sittings (meeting);

  pln_workspace_append_meeting (self->workspace, meeting);
  return meeting;
}

static void
create_response_cb (GObject    *owner,
                    const char *response)
{
  PlnCalendarView *self = PLN_CALENDAR_VIEW (owner);
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  g_autoptr(GtkWidget) dropdown = g_steal_pointer (&self->new_meeting_dropdown);
  g_autoptr(PlnWorkingGroup) group = NULL;
  PlnMeeting *meeting;

  if (!g_str_equal (response, "create") || self->workspace == NULL || dropdown == NULL)
    return;

  group = g_list_model_get_item (pln_workspace_get_working_groups (self->workspace),
                                 gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)));
  if (group == NULL)
    return;

  meeting = pln_calendar_view_create_meeting (self, group, &self->new_meeting_day);
  g_object_set_data (G_OBJECT (meeting), "pln-created-in", self->workspace);
  show_meeting (self, meeting, "overview");
  if (context != NULL)
    pln_context_add_undo (context, _("Meeting created"), undo_create, g_object_ref (meeting), g_object_unref);
}

static GListModel *
group_names_model (PlnWorkspace *workspace)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  GListModel *groups = pln_workspace_get_working_groups (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);

      gtk_string_list_append (names, pln_working_group_get_display_name (group) ?: "");
    }

  return G_LIST_MODEL (names);
}

static void
day_activated_cb (PlnCalendarMonthView *month_view,
                  GDate                *day,
                  PlnCalendarView      *self)
{
  pln_calendar_view_ask_new_meeting (self, day);
}

/**
 * pln_calendar_view_ask_new_meeting:
 * @day: the first day of the meeting
 *
 * Asks for the working group of a new meeting starting on @day, then
 * creates it (undoably) and shows it.
 */
void
pln_calendar_view_ask_new_meeting (PlnCalendarView *self,
                                   const GDate     *day)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dropdown;
  const PlnAlertResponse responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "create", _("C_reate"), ADW_RESPONSE_SUGGESTED },
  };

  /* Nothing is added to a public edition, a day activated included. */
  if (self->workspace == NULL || pln_workspace_is_read_only (self->workspace) ||
      g_list_model_get_n_items (pln_workspace_get_working_groups (self->workspace)) == 0)
    return;

  dt = g_date_time_new_local (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day), 0, 0, 0);
  when = pln_format_day (dt);
  /* Translators: %s is a day, e.g. "Monday 6 October 2025" */
  body = g_strdup_printf (_("A two-day meeting starting on %s, for the working group chosen below."), when);
  dropdown = gtk_drop_down_new (group_names_model (self->workspace), NULL);
  g_set_object (&self->new_meeting_dropdown, dropdown);
  self->new_meeting_day = *day;
  pln_alert_present (GTK_WIDGET (self), _("Create a Meeting?"), body, dropdown,
                     responses, G_N_ELEMENTS (responses), "create", "cancel",
                     G_OBJECT (self), create_response_cb);
}

static void
plan_activate_cb (GtkListView     *list,
                  guint            position,
                  PlnCalendarView *self)
{
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->plan), position);

  if (meeting != NULL)
    show_meeting (self, meeting, "overview");
}

static gboolean
plan_filter_func (gpointer item,
                  gpointer user_data)
{
  PlnCalendarView *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->group_dropdown);
  g_autoptr(PlnWorkingGroup) group = NULL;

  /* The first entry is "All working groups". */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->workspace == NULL)
    return TRUE;

  group = g_list_model_get_item (pln_workspace_get_working_groups (self->workspace), selected - 1);
  return pln_meeting_get_working_group (item) == group;
}

static int
oldest_first (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return pln_meeting_compare_newest_first (b, a, user_data);
}

static void
setup_plan_row_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_list_item_set_child (list_item, row);
}

static void
bind_plan_row_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  PlnMeeting *meeting = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *dates = pln_format_meeting_dates (meeting);

  /* Translators: a meeting in the meeting plan: the working group's name and the meeting's number */
  title = g_strdup_printf (_("%s · Meeting %u"), group ? pln_working_group_get_display_name (group) : "",
                           pln_meeting_get_ordinal (meeting));
  subtitle = g_strdup_printf ("%s · %s · %s", dates,
                              pln_meeting_get_venue (meeting) ?: pln_meeting_get_city (meeting) ?: "",
                              pln_meeting_format_to_label (pln_meeting_get_format (meeting)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
}

static void
update_groups (PlnCalendarView *self)
{
  GListModel *groups = self->workspace ? pln_workspace_get_working_groups (self->workspace) : NULL;
  guint n = groups ? g_list_model_get_n_items (groups) : 0;
  guint selected = gtk_drop_down_get_selected (self->group_dropdown);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (names, g_strdup (_("All Working Groups")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);

      g_ptr_array_add (names, g_strdup (pln_working_group_get_short_name (group) ?: pln_working_group_get_display_name (group) ?: ""));
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->group_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->group_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->group_dropdown, selected <= n ? selected : 0);
}

static void
refresh (gpointer user_data)
{
  PlnCalendarView *self = user_data;

  update_day (self);
  gtk_filter_changed (GTK_FILTER (self->plan_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* After the edit, not during it: a change may come while the workspace's
 * list is still telling the sort and filter models of an insertion. */
static void
workspace_changed_cb (PlnCalendarView *self)
{
  pln_idle_refresh_schedule (&self->refresh, self, refresh);
}

/* The month's buttons and title go with the month; the working group
 * filters the meeting plan and goes with it. */
static void
visible_view_changed_cb (PlnCalendarView *self)
{
  gboolean plan = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "plan") == 0;

  gtk_widget_set_visible (self->month_bar, !plan);
  gtk_widget_set_visible (GTK_WIDGET (self->group_dropdown), plan);

  /* The list view makes its rows as soon as it has a model, shown or not:
   * the plan gets its model when it is first shown, so that opening a
   * workspace on the month makes no row of the plan. */
  if (plan && gtk_list_view_get_model (self->plan_view) == NULL)
    gtk_list_view_set_model (self->plan_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->plan)))));
}

/* The previous month is where the week starts, at the right in a
 * right-to-left interface, its arrow pointing there. The mirrored arrows
 * are named outright: the icon theme's automatic "-rtl" variant was not
 * picked for these buttons in the running application (seen in Arabic
 * screenshots), whatever the reason in GTK 4.8. */
static void
update_arrows (PlnCalendarView *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  gtk_button_set_icon_name (self->previous_button, rtl ? "go-previous-symbolic-rtl" : "go-previous-symbolic");
  gtk_button_set_icon_name (self->next_button, rtl ? "go-next-symbolic-rtl" : "go-next-symbolic");
}

static void
set_narrow (PlnCalendarView *self,
            gboolean         narrow)
{
  GtkOrientation orientation = narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar), orientation);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->paned), orientation);
  gtk_widget_set_halign (self->view_switcher, narrow ? GTK_ALIGN_FILL : GTK_ALIGN_END);
  /* A divider dragged across the window means nothing down it. */
  g_object_set (self->paned, "position-set", FALSE, NULL);
}

/* What the page needs in a narrow window: its widest part, the rest
 * being one above the other. */
static int
narrow_minimum_width (PlnCalendarView *self)
{
  GtkWidget *toolbar_parts[] = { self->month_bar, GTK_WIDGET (self->group_dropdown), self->view_switcher };
  int margins = gtk_widget_get_margin_start (GTK_WIDGET (self->toolbar)) +
                gtk_widget_get_margin_end (GTK_WIDGET (self->toolbar));
  int widest = 0;
  int width;

  for (guint i = 0; i < G_N_ELEMENTS (toolbar_parts); i++)
    {
      gtk_widget_measure (toolbar_parts[i], GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
      widest = MAX (widest, width + margins);
    }

  gtk_widget_measure (GTK_WIDGET (self->view_stack), GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  widest = MAX (widest, width);
  gtk_widget_measure (self->day_pane, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);

  return MAX (widest, width);
}

static GtkSizeRequestMode
pln_calendar_view_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
pln_calendar_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  PlnCalendarView *self = PLN_CALENDAR_VIEW (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (self));

  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);

  /* Side by side now, the page reflows when it is given less. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL && !self->narrow)
    {
      self->wide_minimum = *minimum;
      *minimum = MIN (*minimum, narrow_minimum_width (self));
    }
}

static void
pln_calendar_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PlnCalendarView *self = PLN_CALENDAR_VIEW (widget);
  gboolean narrow = width < MAX (NARROW_WIDTH, self->wide_minimum);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (self));

  if (narrow != self->narrow && child != NULL)
    {
      int ignored;

      /* The layout changes with the width: measured again before it is
       * given its size, as GTK expects. */
      set_narrow (self, narrow);
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &ignored, NULL, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &ignored, NULL, NULL, NULL);
    }

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
pln_calendar_view_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  update_arrows (PLN_CALENDAR_VIEW (widget));

  GTK_WIDGET_CLASS (pln_calendar_view_parent_class)->direction_changed (widget, previous);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlnCalendarView *self = PLN_CALENDAR_VIEW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->month_view), "month.move-months", "i", -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnCalendarView *self = PLN_CALENDAR_VIEW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->month_view), "month.move-months", "i", 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnCalendarView *self = PLN_CALENDAR_VIEW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->month_view), "month.today", NULL);
}

static void
pln_calendar_view_dispose (GObject *object)
{
  PlnCalendarView *self = PLN_CALENDAR_VIEW (object);

  g_clear_object (&self->new_meeting_dropdown);

  /* AdwBin unparents its child itself. The models may outlive this view
   * (the list view's selection holds them): they let go of the workspace
   * and of the filter that looks at this view's drop-down. */
  pln_idle_refresh_cancel (&self->refresh);
  if (self->plan != NULL)
    {
      gtk_sort_list_model_set_model (GTK_SORT_LIST_MODEL (gtk_filter_list_model_get_model (self->plan)), NULL);
      gtk_custom_filter_set_filter_func (self->plan_filter, NULL, NULL, NULL);
    }
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->workspace);
  g_clear_object (&self->plan);
  g_clear_object (&self->plan_filter);

  G_OBJECT_CLASS (pln_calendar_view_parent_class)->dispose (object);
}

static void
pln_calendar_view_class_init (PlnCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_calendar_view_dispose;

  widget_class->get_request_mode = pln_calendar_view_get_request_mode;
  widget_class->measure = pln_calendar_view_measure;
  widget_class->size_allocate = pln_calendar_view_size_allocate;
  widget_class->direction_changed = pln_calendar_view_direction_changed;

  g_type_ensure (PLN_TYPE_CALENDAR_MONTH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, month_bar);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, previous_button);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, next_button);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, paned);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, day_pane);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, month_view);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, plan_view);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, day_label);
  gtk_widget_class_bind_template_child (widget_class, PlnCalendarView, day_box);
  gtk_widget_class_bind_template_callback (widget_class, meeting_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_activate_cb);

  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "calendar.today", NULL);
}

static void
pln_calendar_view_init (PlnCalendarView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkCustomSorter *sorter;
  GtkSortListModel *sorted;

  /* The page measures and places its child itself (see
   * pln_calendar_view_size_allocate), not AdwBin's layout manager. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->group_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (self->group_names));
  g_object_unref (self->group_names);  /* the drop-down keeps it */

  self->plan_filter = gtk_custom_filter_new (plan_filter_func, self, NULL);
  sorter = gtk_custom_sorter_new (oldest_first, NULL, NULL);
  sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (sorter));
  self->plan = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (GTK_FILTER (self->plan_filter)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_plan_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_plan_row_cb), NULL);
  gtk_list_view_set_factory (self->plan_view, factory);
  g_object_unref (factory);

  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  /* What the day and the plan show: meetings, their plenary meetings, the
   * items placed in them, the working groups; not registrations or
   * recommendations, which change all day long while nothing here does. */
  for (guint i = 0; i < G_N_ELEMENTS (shown_kinds); i++)
    {
      g_autofree char *signal = g_strdup_printf ("kind-changed::%s", g_type_name (shown_kinds[i] ()));

      g_signal_group_connect_swapped (self->workspace_signals, signal, G_CALLBACK (workspace_changed_cb), self);
    }

  g_signal_connect_object (self->month_view, "notify::date", G_CALLBACK (date_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_view_changed_cb), self, G_CONNECT_SWAPPED);
  pln_accessible_set_label (GTK_WIDGET (self->group_dropdown), _("Working Group"));
  visible_view_changed_cb (self);
  update_arrows (self);
  g_signal_connect_object (self->group_dropdown, "notify::selected",
                           G_CALLBACK (workspace_changed_cb), self, G_CONNECT_SWAPPED);
  date_changed_cb (self);
  update_groups (self);
}

/**
 * pln_calendar_view_set_workspace:
 * @workspace: (nullable): the workspace to show
 *
 * The window gives the view its workspace, as it opens one.
 */
void
pln_calendar_view_set_workspace (PlnCalendarView *self,
                                 PlnWorkspace    *workspace)
{
  GtkSortListModel *sorted;

  g_return_if_fail (PLN_IS_CALENDAR_VIEW (self));

  if (!g_set_object (&self->workspace, workspace))
    return;

  pln_calendar_month_view_set_workspace (self->month_view, workspace);
  g_signal_group_set_target (self->workspace_signals, workspace);
  sorted = GTK_SORT_LIST_MODEL (gtk_filter_list_model_get_model (self->plan));
  gtk_sort_list_model_set_model (sorted, workspace ? pln_workspace_get_meetings (workspace) : NULL);
  update_groups (self);
  update_day (self);
}

/**
 * pln_calendar_view_get_month_view:
 *
 * Returns: (transfer none): the month view
 */
PlnCalendarMonthView *
pln_calendar_view_get_month_view (PlnCalendarView *self)
{
  g_return_val_if_fail (PLN_IS_CALENDAR_VIEW (self), NULL);

  return self->month_view;
}

/**
 * pln_calendar_view_get_day_box:
 *
 * Returns: (transfer none): the box of the selected day's plenary meetings
 */
GtkWidget *
pln_calendar_view_get_day_box (PlnCalendarView *self)
{
  g_return_val_if_fail (PLN_IS_CALENDAR_VIEW (self), NULL);

  return GTK_WIDGET (self->day_box);
}

/**
 * pln_calendar_view_get_plan:
 *
 * Returns: (transfer none): the meetings of the meeting plan, as filtered
 */
GListModel *
pln_calendar_view_get_plan (PlnCalendarView *self)
{
  g_return_val_if_fail (PLN_IS_CALENDAR_VIEW (self), NULL);

  return G_LIST_MODEL (self->plan);
}

/**
 * pln_calendar_view_set_visible_view:
 * @name: "month" or "plan"
 *
 * Shows the month or the meeting plan, as the view switcher does.
 */
void
pln_calendar_view_set_visible_view (PlnCalendarView *self,
                                    const char      *name)
{
  g_return_if_fail (PLN_IS_CALENDAR_VIEW (self));

  gtk_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * pln_calendar_view_get_n_refreshes:
 *
 * Returns: how many times the day and the plan were refreshed after a
 *   change of the workspace, for tests
 */
guint
pln_calendar_view_get_n_refreshes (PlnCalendarView *self)
{
  g_return_val_if_fail (PLN_IS_CALENDAR_VIEW (self), 0);

  return self->refresh.n_runs;
}
