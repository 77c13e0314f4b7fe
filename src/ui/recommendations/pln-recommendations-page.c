/* pln-recommendations-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <fcntl.h>
#include <gio/gunixfdlist.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pln-format.h"
#include "pln-application.h"
#include "pln-print.h"
#include "pln-recommendations-page.h"
#include "pln-window.h"

/* What the chair uses under time pressure: one tab a meeting day (and the
 * report's agreed recommendations), a bar to type a recommendation as it
 * is made (Enter adds it and keeps the focus for the next), the day's
 * recommendations grouped by agenda item and numbered as in the non-paper,
 * their status, the time left before the non-paper is due, and its export
 * and sharing. */

struct _PlnRecommendationsPage
{
  AdwBin               parent_instance;

  PlnContext           *context;

  /* Template widgets */
  GtkBox              *days_box;
  GtkLabel            *deadline_label;
  GtkLabel            *status_label;
  GtkWidget           *entry_bar;
  GtkEntry            *text_entry;
  GtkDropDown         *item_dropdown;
  GtkEntry            *source_entry;
  GtkLabel            *similar_label;
  GtkListView         *list_view;

  /* Owned references */
  PlnMeeting          *meeting;
  GSignalGroup        *workspace_signals;
  GPtrArray           *items;        /* the agenda items of the drop-down, in order */
  GtkStringList       *item_names;
  GHashTable          *item_order;   /* item → its place in the agenda */
  GtkCustomFilter     *filter;
  GtkCustomSorter     *sorter;
  GtkFilterListModel  *shown;
  GtkFileChooserNative *chooser;
  guint                refresh_source;
  guint                clock_source;
  int                  day_index;    /* -1 for the report */
  GDate                notified_day;
};

G_DEFINE_FINAL_TYPE (PlnRecommendationsPage, pln_recommendations_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PlnRecommendationStatus statuses[] = {
  PLN_RECOMMENDATION_STATUS_PROPOSED,
  PLN_RECOMMENDATION_STATUS_IN_NON_PAPER,
  PLN_RECOMMENDATION_STATUS_AGREED,
  PLN_RECOMMENDATION_STATUS_WITHDRAWN,
};

static PlnWindow *
get_window (PlnRecommendationsPage *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), PLN_TYPE_WINDOW);

  return window ? PLN_WINDOW (window) : NULL;
}

static GSettings *
get_settings (PlnRecommendationsPage *self)
{
  GApplication *app = g_application_get_default ();

  return PLN_IS_APPLICATION (app) ? pln_application_get_settings (PLN_APPLICATION (app)) : NULL;
}

static gboolean
get_day (PlnRecommendationsPage *self,
         GDate                  *day)
{
  return self->meeting != NULL && self->day_index >= 0 &&
         pln_meeting_get_day (self->meeting, self->day_index, day);
}

static PlnRecommendation *
find_recommendation (PlnRecommendationsPage *self,
                     const char             *id)
{
  GListModel *recommendations = pln_meeting_get_recommendations (self->meeting);

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);

      if (g_strcmp0 (pln_recommendation_get_id (rec), id) == 0)
        return rec;
    }

  return NULL;
}

/* ------------------------------------------------------------ the list */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlnRecommendationsPage *self = user_data;
  PlnRecommendation *rec = item;
  const GDate *made = pln_recommendation_get_day (rec);
  GDate day;

  if (self->day_index < 0)
    return pln_recommendation_get_status (rec) == PLN_RECOMMENDATION_STATUS_AGREED;

  return get_day (self, &day) && made != NULL && g_date_compare (made, &day) == 0;
}

/* Agenda order first, then the order they were made in. */
static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  PlnRecommendationsPage *self = user_data;
  int ia = GPOINTER_TO_INT (g_hash_table_lookup (self->item_order, pln_recommendation_get_agenda_item ((gpointer) a)));
  int ib = GPOINTER_TO_INT (g_hash_table_lookup (self->item_order, pln_recommendation_get_agenda_item ((gpointer) b)));
  guint pa = 0, pb = 0;

  if (ia != ib)
    return ia - ib;

  g_list_store_find (G_LIST_STORE (pln_meeting_get_recommendations (self->meeting)), (gpointer) a, &pa);
  g_list_store_find (G_LIST_STORE (pln_meeting_get_recommendations (self->meeting)), (gpointer) b, &pb);
  return (int) pa - (int) pb;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  GtkWidget *status = gtk_menu_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (number, GTK_ALIGN_START);
  gtk_widget_add_css_class (number, "heading");
  gtk_label_set_width_chars (GTK_LABEL (number), 4);
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Recommendation"));

  gtk_box_append (GTK_BOX (labels), text);
  gtk_box_append (GTK_BOX (labels), details);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), status);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);

  g_object_set_data (G_OBJECT (list_item), "number", number);
  g_object_set_data (G_OBJECT (list_item), "text", text);
  g_object_set_data (G_OBJECT (list_item), "details", details);
  g_object_set_data (G_OBJECT (list_item), "status", status);
  g_object_set_data (G_OBJECT (list_item), "remove", remove);
}

static GMenuModel *
row_menu (PlnRecommendationsPage *self,
          PlnRecommendation      *rec)
{
  GMenu *menu = g_menu_new ();
  GMenu *statuses_section = g_menu_new ();
  GMenu *order = g_menu_new ();
  const char *id = pln_recommendation_get_id (rec);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (pln_recommendation_status_to_label (statuses[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "recommendations.set-status", g_variant_new ("(si)", id, statuses[i]));
      g_menu_append_item (statuses_section, item);
    }

  {
    g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
    g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);
    g_autoptr(GMenuItem) merge = g_menu_item_new (_("_Merge into the One Above"), NULL);

    g_menu_item_set_action_and_target_value (up, "recommendations.move", g_variant_new ("(si)", id, -1));
    g_menu_item_set_action_and_target_value (down, "recommendations.move", g_variant_new ("(si)", id, 1));
    g_menu_item_set_action_and_target_value (merge, "recommendations.merge", g_variant_new_string (id));
    g_menu_append_item (order, up);
    g_menu_append_item (order, down);
    g_menu_append_item (order, merge);
  }

  {
    g_autoptr(GMenuItem) to_item = g_menu_item_new (_("Move to the Agenda Item Chosen Above"), NULL);

    g_menu_item_set_action_and_target_value (to_item, "recommendations.move-item", g_variant_new_string (id));
    g_menu_append_item (order, to_item);

    for (guint d = 0; self->meeting != NULL && d < pln_meeting_get_n_days (self->meeting); d++)
      {
        g_autofree char *label = NULL;
        g_autoptr(GMenuItem) to_day = NULL;

        if ((int) d == self->day_index)
          continue;

        /* Translators: %u is the number of a meeting day */
        label = g_strdup_printf (_("Move to Day %u"), d + 1);
        to_day = g_menu_item_new (label, NULL);
        g_menu_item_set_action_and_target_value (to_day, "recommendations.move-day", g_variant_new ("(si)", id, d));
        g_menu_append_item (order, to_day);
      }
  }

  g_menu_append_section (menu, NULL, G_MENU_MODEL (statuses_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_object_unref (statuses_section);
  g_object_unref (order);
  return G_MENU_MODEL (menu);
}

/* The number a recommendation has in the non-paper: the count of those
 * in it up to this one, in the order shown. */
static guint
non_paper_number (PlnRecommendationsPage *self,
                  guint                   position)
{
  guint number = 0;

  for (guint i = 0; i <= position; i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (self->shown), i);

      if (pln_recommendation_in_non_paper (rec))
        number++;
    }

  return number;
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PlnRecommendationsPage   *self)
{
  PlnRecommendation *rec = gtk_list_item_get_item (list_item);
  PlnAgendaItem *item = pln_recommendation_get_agenda_item (rec);
  GSettings *settings = get_settings (self);
  guint hint = settings ? g_settings_get_int (settings, "recommendation-word-hint") : 60;
  guint words = pln_text_count_words (pln_recommendation_get_text (rec));
  g_autofree char *label = item ? pln_agenda_item_dup_label (item) : g_strdup ("–");
  g_autofree char *number = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autoptr(GMenuModel) menu = row_menu (self, rec);
  GtkWidget *remove = g_object_get_data (G_OBJECT (list_item), "remove");

  if (pln_recommendation_in_non_paper (rec))
    number = g_strdup_printf ("%u.", non_paper_number (self, gtk_list_item_get_position (list_item)));

  /* Translators: the agenda item a recommendation was made under, e.g. "Agenda item 2" */
  g_string_append_printf (details, _("Agenda item %s"), label);
  if (pln_recommendation_get_source (rec) != NULL)
    g_string_append_printf (details, " · %s", pln_recommendation_get_source (rec));
  g_string_append_printf (details, " · ");
  g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", words), words);
  if (words > hint)
    /* Translators: a hint that a recommendation is long; %u is the number of words set in Preferences */
    g_string_append_printf (details, " · %s", _("longer than the hint, could be more concise"));
  if (pln_recommendation_get_merged_into (rec) != NULL)
    g_string_append_printf (details, " · %s", _("merged into another"));

  gtk_label_set_text (g_object_get_data (G_OBJECT (list_item), "number"), number ? number : "");
  gtk_label_set_text (g_object_get_data (G_OBJECT (list_item), "text"), pln_recommendation_get_text (rec) ?: "");
  gtk_label_set_text (g_object_get_data (G_OBJECT (list_item), "details"), details->str);
  gtk_menu_button_set_label (g_object_get_data (G_OBJECT (list_item), "status"),
                             pln_recommendation_status_to_label (pln_recommendation_get_status (rec)));
  gtk_menu_button_set_menu_model (g_object_get_data (G_OBJECT (list_item), "status"), menu);
  /* The target first: an action with a parameter refuses a button without one. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_string (pln_recommendation_get_id (rec)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "recommendations.remove");

  if (words > hint)
    gtk_widget_add_css_class (g_object_get_data (G_OBJECT (list_item), "details"), "warning");
  else
    gtk_widget_remove_css_class (g_object_get_data (G_OBJECT (list_item), "details"), "warning");
}

/* ------------------------------------------------------------ status */

static void
update_status (PlnRecommendationsPage *self)
{
  g_autoptr(GString) status = g_string_new (NULL);
  guint limit;
  guint count;
  GDateTime *shared;
  GDate day;

  if (self->meeting == NULL)
    return;

  if (!get_day (self, &day))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

      g_string_append_printf (status, g_dngettext (GETTEXT_PACKAGE, "%u recommendation agreed for the report",
                                                   "%u recommendations agreed for the report", n), n);
      gtk_label_set_text (self->status_label, status->str);
      return;
    }

  count = pln_non_paper_count (self->meeting, &day);
  limit = pln_meeting_get_recommendation_limit (self->meeting);
  g_string_append_printf (status, g_dngettext (GETTEXT_PACKAGE, "%u recommendation in the day’s non-paper",
                                               "%u recommendations in the day’s non-paper", count), count);
  if (limit > 0)
    {
      g_string_append (status, " · ");
      /* Translators: the Chair's limit on the number of recommendations of a day */
      g_string_append_printf (status, _("limit %u"), limit);
      if (count > limit)
        g_string_append_printf (status, " · %s", _("over the limit"));
    }

  shared = pln_meeting_get_shared_time (self->meeting, &day);
  g_string_append (status, " · ");
  if (shared == NULL)
    g_string_append (status, _("not shared yet"));
  else
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (shared);
      g_autofree char *when = pln_format_time (local);

      /* Translators: %s is the time the non-paper was shared */
      g_string_append_printf (status, _("shared at %s"), when);
      if (pln_meeting_changed_since_shared (self->meeting, &day))
        g_string_append_printf (status, " · %s", _("changed since shared"));
    }

  gtk_label_set_text (self->status_label, status->str);
}

static void
notify_deadline (PlnRecommendationsPage *self,
                 const GDate            *day)
{
  GApplication *app = g_application_get_default ();
  GSettings *settings = get_settings (self);
  g_autoptr(GNotification) notification = NULL;
  PlnWorkingGroup *group = pln_meeting_get_working_group (self->meeting);

  /* Once a day, and only where the user wants it. */
  if (app == NULL || (settings && !g_settings_get_boolean (settings, "deadline-notifications")) ||
      (g_date_valid (&self->notified_day) && g_date_compare (&self->notified_day, day) == 0))
    return;

  self->notified_day = *day;
  notification = g_notification_new (_("The Non-paper Is Due"));
  g_notification_set_body (notification, group ? pln_working_group_get_display_name (group) : NULL);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_application_send_notification (app, "non-paper-deadline", notification);
}

/* The time left before the day's non-paper is due: the end of the day's
 * last plenary meeting, at the venue. */
static gboolean
update_deadline (gpointer user_data)
{
  PlnRecommendationsPage *self = user_data;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *text = NULL;
  GDate today;

  if (self->meeting == NULL)
    return G_SOURCE_CONTINUE;

  tz = pln_meeting_dup_time_zone (self->meeting);
  now = g_date_time_new_now (tz);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));

  if (pln_meeting_get_day_index (self->meeting, &today) < 0 ||
      (end = pln_meeting_dup_day_end (self->meeting, &today)) == NULL)
    {
      gtk_label_set_text (self->deadline_label, "");
      return G_SOURCE_CONTINUE;
    }

  if (g_date_time_compare (now, end) < 0)
    {
      GTimeSpan left = g_date_time_difference (end, now) / G_TIME_SPAN_MINUTE;
      g_autofree char *at = pln_format_time (end);

      /* Translators: hours and minutes left, then the time at the venue when the non-paper is due */
      text = g_strdup_printf (_("Non-paper due in %d h %02d min, at %s at the venue"),
                              (int) (left / 60), (int) (left % 60), at);
      gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "error");
    }
  else if (pln_meeting_get_shared_time (self->meeting, &today) == NULL)
    {
      text = g_strdup (_("Today’s non-paper is due and not shared yet"));
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "error");
      notify_deadline (self, &today);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "error");
      text = g_strdup (_("Today’s non-paper is shared"));
    }

  gtk_label_set_text (self->deadline_label, text);
  return G_SOURCE_CONTINUE;
}

/* ------------------------------------------------------------ refreshing */

static void
rebuild_items (PlnRecommendationsPage *self)
{
  GListModel *agenda = pln_meeting_get_agenda (self->meeting);
  guint selected = gtk_drop_down_get_selected (self->item_dropdown);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (self->items, 0);
  g_hash_table_remove_all (self->item_order);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);

      g_ptr_array_add (self->items, g_object_ref (item));
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        g_ptr_array_add (self->items, g_list_model_get_item (subs, s));
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      PlnAgendaItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *label = pln_agenda_item_dup_label (item);

      g_autofree char *name = g_strdup_printf ("%s %s", label, pln_agenda_item_get_title (item) ?: "");

      /* Long titles are cut, so the entry bar keeps its width. */
      if (g_utf8_strlen (name, -1) > 36)
        {
          g_autofree char *cut = g_utf8_substring (name, 0, 35);

          g_free (name);
          name = g_strconcat (cut, "…", NULL);
        }

      g_hash_table_insert (self->item_order, item, GINT_TO_POINTER (i + 1));
      g_ptr_array_add (names, g_steal_pointer (&name));
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->item_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->item_names)),
                          (const char * const *) names->pdata);
  if (selected < self->items->len)
    gtk_drop_down_set_selected (self->item_dropdown, selected);
}

/* Called at once as well as from the idle: a refresh pending is then
 * done now, and removed, so that none is left to run after the page. */
static gboolean
refresh_cb (gpointer user_data)
{
  PlnRecommendationsPage *self = user_data;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->meeting == NULL)
    return G_SOURCE_REMOVE;

  rebuild_items (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_status (self);
  update_deadline (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (PlnRecommendationsPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_cb, self, NULL);
}

static void
day_toggled_cb (GtkToggleButton        *button,
                PlnRecommendationsPage *self)
{
  if (gtk_toggle_button_get_active (button))
    pln_recommendations_page_set_day_index (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "day")));
}

static void
rebuild_days (PlnRecommendationsPage *self)
{
  GtkWidget *child;
  GtkToggleButton *first = NULL;
  guint n_days = self->meeting ? pln_meeting_get_n_days (self->meeting) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);

  for (int i = 0; i <= (int) n_days; i++)
    {
      gboolean report = i == (int) n_days;
      /* Translators: the tabs of the recommendations: one per meeting day, then the recommendations agreed for the
       * meeting's report */
      g_autofree char *label = report ? g_strdup (C_("recommendations view", "Report")) : g_strdup_printf (_("Day %d"), i + 1);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      g_object_set_data (G_OBJECT (button), "day", GINT_TO_POINTER (report ? -1 : i));
      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      if ((report && self->day_index < 0) || i == self->day_index)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      g_signal_connect (button, "toggled", G_CALLBACK (day_toggled_cb), self);
      gtk_box_append (self->days_box, button);
    }
}

/* ------------------------------------------------------------ actions */

static void
text_activate_cb (GtkEntry               *entry,
                  PlnRecommendationsPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));
  const char *source = gtk_editable_get_text (GTK_EDITABLE (self->source_entry));
  guint selected = gtk_drop_down_get_selected (self->item_dropdown);
  g_autoptr(PlnRecommendation) rec = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  PlnRecommendation *similar;
  GDate day;

  if (*text == '\0' || !get_day (self, &day))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
      return;
    }

  similar = pln_meeting_find_similar_recommendation (self->meeting, text, NULL);

  rec = pln_recommendation_new ();
  pln_recommendation_set_day (rec, &day);
  if (selected < self->items->len)
    pln_recommendation_set_agenda_item (rec, g_ptr_array_index (self->items, selected));
  pln_recommendation_set_text (rec, text);
  pln_recommendation_set_source (rec, source);
  pln_recommendation_set_created (rec, now);
  pln_meeting_append_recommendation (self->meeting, rec);

  /* A near-identical text already recorded is pointed out, not refused. */
  gtk_widget_set_visible (GTK_WIDGET (self->similar_label), similar != NULL);
  if (similar != NULL)
    {
      /* Translators: %s is the text of a recommendation recorded earlier */
      g_autofree char *message = g_strdup_printf (_("A near-identical recommendation was already recorded: “%s”"),
                                                  pln_recommendation_get_text (similar));
      gtk_label_set_text (self->similar_label, message);
    }

  /* Ready for the next one: same item, same day, the text cleared. */
  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  const char *id;
  int status;
  PlnRecommendation *rec;

  g_variant_get (parameter, "(&si)", &id, &status);
  if ((rec = find_recommendation (self, id)) != NULL)
    {
      pln_recommendation_set_status (rec, status);
      if (status != PLN_RECOMMENDATION_STATUS_MERGED)
        pln_recommendation_set_merged_into (rec, NULL);
    }
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  GListModel *shown = G_LIST_MODEL (self->shown);
  GListModel *all = pln_meeting_get_recommendations (self->meeting);
  const char *id;
  int delta;
  PlnRecommendation *rec;
  guint position = 0, target_position;

  g_variant_get (parameter, "(&si)", &id, &delta);
  if ((rec = find_recommendation (self, id)) == NULL)
    return;

  /* Within its agenda item: it changes places with its neighbour shown. */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PlnRecommendation) other = g_list_model_get_item (shown, i);

      if (other == rec)
        position = i;
    }

  if ((delta < 0 && position == 0) || (int) position + delta >= (int) g_list_model_get_n_items (shown))
    return;

  {
    g_autoptr(PlnRecommendation) neighbour = g_list_model_get_item (shown, position + delta);

    if (pln_recommendation_get_agenda_item (neighbour) != pln_recommendation_get_agenda_item (rec) ||
        !g_list_store_find (G_LIST_STORE (all), neighbour, &target_position))
      return;

    pln_meeting_move_recommendation (self->meeting, rec, target_position);
  }
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  GListModel *shown = G_LIST_MODEL (self->shown);
  PlnRecommendation *rec = find_recommendation (self, g_variant_get_string (parameter, NULL));

  for (guint i = 1; rec != NULL && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PlnRecommendation) current = g_list_model_get_item (shown, i);
      g_autoptr(PlnRecommendation) above = g_list_model_get_item (shown, i - 1);

      if (current == rec)
        {
          pln_recommendation_set_merged_into (rec, pln_recommendation_get_id (above));
          pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_MERGED);
          return;
        }
    }
}

typedef struct
{
  PlnMeeting        *meeting;
  PlnRecommendation *rec;
  guint              position;
} RemovedRecommendation;

static void
removed_free (gpointer data)
{
  RemovedRecommendation *removed = data;

  g_clear_object (&removed->meeting);
  g_clear_object (&removed->rec);
  g_free (removed);
}

static void
undo_remove (gpointer data)
{
  RemovedRecommendation *removed = data;

  pln_meeting_insert_recommendation (removed->meeting, removed->position, removed->rec);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  PlnRecommendation *rec = find_recommendation (self, g_variant_get_string (parameter, NULL));
  PlnWindow *window = get_window (self);
  RemovedRecommendation *removed;

  if (rec == NULL)
    return;

  removed = g_new0 (RemovedRecommendation, 1);
  removed->meeting = g_object_ref (self->meeting);
  removed->rec = g_object_ref (rec);
  removed->position = MAX (pln_meeting_remove_recommendation (self->meeting, rec), 0);

  if (window != NULL)
    pln_window_add_undo_toast (window, _("Recommendation removed"), undo_remove, removed, removed_free);
  else
    removed_free (removed);
}

static PlnDocument *
current_document (PlnRecommendationsPage *self)
{
  GSettings *settings = get_settings (self);
  gboolean sources = settings ? g_settings_get_boolean (settings, "non-paper-show-sources") : FALSE;
  GDate day;

  if (get_day (self, &day))
    return pln_non_paper_new (self->meeting, &day, sources);

  return pln_report_recommendations_new (self->meeting, sources);
}

/**
 * pln_recommendations_page_export_to:
 *
 * Exports the shown day's non-paper (or the report's recommendations) and
 * records the export.
 */
gboolean
pln_recommendations_page_export_to (PlnRecommendationsPage  *self,
                                    PlnDocumentFormat        format,
                                    GFile                   *file,
                                    GError                 **error)
{
  g_autoptr(PlnDocument) document = NULL;
  g_autofree char *path = NULL;
  GDate day;

  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);

  document = current_document (self);
  if (!pln_document_export (document, format, file, NULL, error))
    return FALSE;

  path = g_file_get_parse_name (file);
  if (get_day (self, &day))
    pln_meeting_record_export (self->meeting, &day, pln_document_format_get_extension (format), path);
  return TRUE;
}

static void
export_response_cb (GtkNativeDialog        *dialog,
                    int                     response,
                    PlnRecommendationsPage *self)
{
  PlnDocumentFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));
  PlnWindow *window = get_window (self);

  if (response == GTK_RESPONSE_ACCEPT && self->meeting != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (pln_recommendations_page_export_to (self, format, file, &error))
        {
          if (window != NULL)
            pln_window_add_toast (window, adw_toast_new (_("Non-paper exported")));
        }
      else
        {
          GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (window), _("The Non-paper Could Not Be Exported"),
                                                       error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }

  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  PlnDocumentFormat format;
  g_autofree char *name = NULL;
  GDate day;

  if (self->meeting == NULL || !pln_document_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;

  /* File names are English, like the document. */
  if (get_day (self, &day))
    name = g_strdup_printf ("Non-paper Day %d.%s", self->day_index + 1, pln_document_format_get_extension (format));
  else
    name = g_strdup_printf ("Recommendations.%s", pln_document_format_get_extension (format));

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Non-paper"), GTK_WINDOW (get_window (self)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data (G_OBJECT (self->chooser), "format", GINT_TO_POINTER (format));
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;

  document = current_document (self);
  if (!pln_print_document (GTK_WINDOW (get_window (self)), document, NULL, &error))
    {
      GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (get_window (self)),
                                                   _("The Non-paper Could Not Be Printed"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

/* Moves a recommendation to another day of the meeting. */
static void
move_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  const char *id;
  int index;
  PlnRecommendation *rec;
  GDate day;

  g_variant_get (parameter, "(&si)", &id, &index);
  if ((rec = find_recommendation (self, id)) != NULL && pln_meeting_get_day (self->meeting, index, &day))
    pln_recommendation_set_day (rec, &day);
}

/* Moves a recommendation under the agenda item chosen in the entry bar. */
static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  PlnRecommendation *rec = find_recommendation (self, g_variant_get_string (parameter, NULL));
  guint selected = gtk_drop_down_get_selected (self->item_dropdown);

  if (rec != NULL && selected < self->items->len)
    pln_recommendation_set_agenda_item (rec, g_ptr_array_index (self->items, selected));
}

static void
mark_shared_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  GDate day;

  if (get_day (self, &day))
    pln_meeting_mark_shared (self->meeting, &day);
}

/* The addresses of the confirmed registrations, comma-separated. */
static char *
delegate_addresses (PlnRecommendationsPage *self)
{
  GListModel *registrations = pln_meeting_get_registrations (self->meeting);
  g_autoptr(GString) addresses = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      const char *email = pln_registration_get_email (reg);

      if (pln_registration_get_status (reg) == PLN_REGISTRATION_STATUS_CONFIRMED && pln_email_is_valid (email))
        g_string_append_printf (addresses, "%s%s", addresses->len > 0 ? "," : "", email);
    }

  return g_string_free (g_steal_pointer (&addresses), FALSE);
}

static void
copy_addresses_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autofree char *addresses = delegate_addresses (self);
  PlnWindow *window = get_window (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), addresses);
  if (window != NULL)
    pln_window_add_toast (window, adw_toast_new (*addresses ? _("Addresses copied") : _("No confirmed registration has an address")));
}

/* The fallback where there is no e-mail portal: the user's e-mail program
 * through mailto:, with the non-paper's text in the body. */
static void
share_by_mailto (PlnRecommendationsPage *self)
{
  g_autoptr(PlnDocument) document = current_document (self);
  g_autoptr(GBytes) text = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_TEXT, NULL);
  g_autofree char *addresses = delegate_addresses (self);
  g_autofree char *body = g_uri_escape_string (g_bytes_get_data (text, NULL), NULL, FALSE);
  g_autofree char *uri = g_strdup_printf ("mailto:?bcc=%s&subject=Non-paper&body=%s", addresses, body);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    {
      PlnWindow *window = get_window (self);

      if (window != NULL)
        pln_window_add_toast (window, adw_toast_new (_("No e-mail program could be opened; copy the addresses instead")));
    }
}

static void
compose_email_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PlnRecommendationsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL, result, &error);
  if (reply == NULL && self->meeting != NULL)
    {
      g_debug ("No e-mail portal (%s): using mailto:", error->message);
      share_by_mailto (self);
    }
}

/* An e-mail to the confirmed delegates, in BCC, with the non-paper as a
 * PDF attachment, through the e-mail portal (org.freedesktop.portal.Email)
 * where the desktop has one; otherwise through mailto:. The e-mail is
 * English, like the non-paper it carries. */
static void
share_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GUnixFDList) fds = NULL;
  g_autofree char *addresses = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) pdf_file = NULL;
  g_auto(GStrv) bcc = NULL;
  GVariantBuilder options;
  int fd;

  if (self->meeting == NULL)
    return;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  document = current_document (self);
  pdf = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_PDF, NULL);
  path = g_build_filename (g_get_user_cache_dir (), "plenary", "Non-paper.pdf", NULL);
  pdf_file = g_file_new_for_path (path);
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_mkdir_with_parents (dir, 0700);
  }

  /* Readable by its owner only: the non-paper is unpublished, and with
   * its sources it names the delegations and people who spoke. */
  if (bus == NULL || pdf == NULL ||
      !pln_file_write_bytes_safely (pdf_file, pdf, PLN_WRITE_PRIVATE, NULL) ||
      (fd = open (path, O_RDONLY | O_CLOEXEC)) < 0)
    {
      share_by_mailto (self);
      return;
    }

  fds = g_unix_fd_list_new_from_array (&fd, 1);
  addresses = delegate_addresses (self);
  bcc = g_strsplit (addresses, ",", -1);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "bcc", g_variant_new_strv ((const char * const *) bcc, -1));
  g_variant_builder_add (&options, "{sv}", "subject", g_variant_new_string ("Non-paper"));
  g_variant_builder_add (&options, "{sv}", "body",
                         g_variant_new_string ("Please find attached the non-paper, unedited and in English only."));
  g_variant_builder_add (&options, "{sv}", "attachment_fds", g_variant_new_fixed_array (G_VARIANT_TYPE_HANDLE,
                                                                                        (gint32[]) { 0 }, 1, sizeof (gint32)));

  g_dbus_connection_call_with_unix_fd_list (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                            "org.freedesktop.portal.Email", "ComposeEmail",
                                            g_variant_new ("(sa{sv})", "", &options), G_VARIANT_TYPE ("(o)"),
                                            G_DBUS_CALL_FLAGS_NONE, 10000, fds, NULL,
                                            compose_email_cb, g_object_ref (self));
}

/* ------------------------------------------------------------ object */

static void
pln_recommendations_page_dispose (GObject *object)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (object);

  g_clear_object (&self->context);
  /* AdwBin unparents its child itself; the models let go of this page. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->clock_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->shown != NULL)
    {
      gtk_filter_list_model_set_model (self->shown, NULL);
      gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
    }
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  g_clear_object (&self->workspace_signals);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->item_order, g_hash_table_unref);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (pln_recommendations_page_parent_class)->dispose (object);
}

/* A refresh can still be asked for while the page's children go away in
 * dispose (their models change): none may outlive the page. */
static void
pln_recommendations_page_finalize (GObject *object)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->clock_source, g_source_remove);

  G_OBJECT_CLASS (pln_recommendations_page_parent_class)->finalize (object);
}

static void
pln_recommendations_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_recommendations_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      pln_recommendations_page_set_context (self, g_value_get_object (value));
      break;

    case PROP_MEETING:
      pln_recommendations_page_set_meeting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_recommendations_page_class_init (PlnRecommendationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_recommendations_page_dispose;
  object_class->finalize = pln_recommendations_page_finalize;
  object_class->get_property = pln_recommendations_page_get_property;
  object_class->set_property = pln_recommendations_page_set_property;

  properties [PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         PLN_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PLN_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-recommendations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, days_box);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, entry_bar);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, text_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, item_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, source_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, similar_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, text_activate_cb);

  gtk_widget_class_install_action (widget_class, "recommendations.set-status", "(si)", set_status_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move", "(si)", move_action);
  gtk_widget_class_install_action (widget_class, "recommendations.merge", "s", merge_action);
  gtk_widget_class_install_action (widget_class, "recommendations.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "recommendations.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "recommendations.mark-shared", NULL, mark_shared_action);
  gtk_widget_class_install_action (widget_class, "recommendations.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move-day", "(si)", move_day_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move-item", "s", move_item_action);
  gtk_widget_class_install_action (widget_class, "recommendations.share", NULL, share_action);
  gtk_widget_class_install_action (widget_class, "recommendations.copy-addresses", NULL, copy_addresses_action);
}

static void
pln_recommendations_page_init (PlnRecommendationsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->item_order = g_hash_table_new (NULL, NULL);
  self->item_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->item_dropdown, G_LIST_MODEL (self->item_names));
  g_object_unref (self->item_names);
  g_date_clear (&self->notified_day, 1);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  sorted = gtk_sort_list_model_new (NULL, g_object_ref (GTK_SORTER (self->sorter)));
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (GTK_FILTER (self->filter)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)))));

  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (schedule_refresh), self);

  /* The time left is shown to the minute. */
  self->clock_source = g_timeout_add_seconds (30, update_deadline, self);
}

PlnMeeting *
pln_recommendations_page_get_meeting (PlnRecommendationsPage *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), NULL);

  return self->meeting;
}

void
pln_recommendations_page_set_meeting (PlnRecommendationsPage *self,
                                      PlnMeeting             *meeting)
{
  GtkSortListModel *sorted;

  g_return_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self));
  g_return_if_fail (meeting == NULL || PLN_IS_MEETING (meeting));

  if (!g_set_object (&self->meeting, meeting))
    return;

  self->day_index = 0;
  sorted = GTK_SORT_LIST_MODEL (gtk_filter_list_model_get_model (self->shown));
  g_signal_group_set_target (self->workspace_signals, meeting ? pln_meeting_get_workspace (meeting) : NULL);

  if (meeting != NULL)
    {
      /* On a meeting day, today's tab; otherwise Day 1. */
      g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);
      g_autoptr(GDateTime) now = g_date_time_new_now (tz);
      GDate today;
      int index;

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
      index = pln_meeting_get_day_index (meeting, &today);
      self->day_index = MAX (index, 0);

      rebuild_items (self);
      gtk_sort_list_model_set_model (sorted, pln_meeting_get_recommendations (meeting));
    }
  else
    gtk_sort_list_model_set_model (sorted, NULL);

  rebuild_days (self);
  refresh_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEETING]);
}

int
pln_recommendations_page_get_day_index (PlnRecommendationsPage *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), -1);

  return self->day_index;
}

/**
 * pln_recommendations_page_set_day_index:
 * @index: 0 for Day 1 …, -1 for the report's agreed recommendations
 */
void
pln_recommendations_page_set_day_index (PlnRecommendationsPage *self,
                                        int                     index)
{
  g_return_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self));

  if (self->day_index == index)
    return;

  self->day_index = index;
  /* Recommendations are entered on a day, not in the report. */
  gtk_widget_set_sensitive (self->entry_bar, index >= 0);
  gtk_widget_set_visible (GTK_WIDGET (self->similar_label), FALSE);
  refresh_cb (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "day")) == index)
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), TRUE);
}

/**
 * pln_recommendations_page_get_shown:
 *
 * Returns: (transfer none): the recommendations shown, in the order of
 *   the non-paper
 */
GListModel *
pln_recommendations_page_get_shown (PlnRecommendationsPage *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), NULL);

  return G_LIST_MODEL (self->shown);
}

const char *
pln_recommendations_page_get_status (PlnRecommendationsPage *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), NULL);

  return gtk_label_get_text (self->status_label);
}

/**
 * pln_recommendations_page_get_context:
 *
 * Returns: (transfer none) (nullable): what the page was given
 */
PlnContext *
pln_recommendations_page_get_context (PlnRecommendationsPage *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), NULL);

  return self->context;
}

void
pln_recommendations_page_set_context (PlnRecommendationsPage *self,
                                      PlnContext *context)
{
  g_return_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self));
  g_return_if_fail (context == NULL || PLN_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}
