/* pln-recommendations-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-recommendation-row.h"
#include "pln-recommendations-page-private.h"

/* What the chair uses under time pressure: one tab a meeting day (and the
 * report's agreed recommendations), a bar to type a recommendation as it
 * is made (Enter adds it and keeps the focus for the next), the day's
 * recommendations grouped by agenda item and numbered as in the non-paper,
 * their status, the time left before the non-paper is due, and its export
 * and sharing.
 *
 * This file has the list and the entry bar. The page listens to what it
 * shows only — its meeting's recommendations, agenda and exports, and the
 * meeting's days and limit — so that typing elsewhere in the workspace
 * (a registration) does not re-sort the list. */

G_DEFINE_FINAL_TYPE (PlnRecommendationsPage, pln_recommendations_page, PLN_TYPE_PAGE)

enum {
  PROP_0,
  PROP_DAY_INDEX,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Every property of a recommendation is shown, or decides where it is
 * shown, or whether the shared non-paper is out of date ("changed"). */
static const char * const recommendation_signals[] = { "notify", NULL };
static const char * const export_signals[] = { "notify::shared", NULL };
static const char * const agenda_signals[] = { "notify::number", "notify::title", NULL };

/* ------------------------------------------------------------ watching */

static void
list_watch_item_cb (gpointer      owner,
                    GParamSpec   *pspec,
                    PlnListWatch *watch)
{
  watch->changed (watch->owner);
}

static void
list_watch_connect (PlnListWatch *watch,
                    GObject      *item)
{
  for (guint i = 0; watch->signals[i] != NULL; i++)
    g_signal_connect (item, watch->signals[i], G_CALLBACK (list_watch_item_cb), watch);
}

static void
list_watch_items_changed_cb (GListModel   *model,
                             guint         position,
                             guint         removed,
                             guint         added,
                             PlnListWatch *watch)
{
  for (guint i = 0; i < removed; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (watch->items, position + i), watch);
  g_ptr_array_remove_range (watch->items, position, removed);

  for (guint i = 0; i < added; i++)
    {
      GObject *item = g_list_model_get_item (model, position + i);

      list_watch_connect (watch, item);
      g_ptr_array_insert (watch->items, position + i, item);
    }

  watch->changed (watch->owner);
}

static void
list_watch_clear (PlnListWatch *watch)
{
  if (watch->model == NULL)
    return;

  for (guint i = 0; i < watch->items->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (watch->items, i), watch);
  g_clear_signal_handler (&watch->items_changed_id, watch->model);
  g_clear_pointer (&watch->items, g_ptr_array_unref);
  g_clear_object (&watch->model);
}

/* Follows @model from now on: @changed is called on each change of the
 * list and on each of @signals of its items. */
static void
list_watch_set_model (PlnListWatch       *watch,
                      GListModel         *model,
                      const char * const *signals,
                      void              (*changed) (gpointer owner),
                      gpointer            owner)
{
  list_watch_clear (watch);
  if (model == NULL)
    return;

  watch->model = g_object_ref (model);
  watch->items = g_ptr_array_new_with_free_func (g_object_unref);
  watch->signals = signals;
  watch->changed = changed;
  watch->owner = owner;
  watch->items_changed_id = g_signal_connect (model, "items-changed", G_CALLBACK (list_watch_items_changed_cb), watch);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      GObject *item = g_list_model_get_item (model, i);

      list_watch_connect (watch, item);
      g_ptr_array_add (watch->items, item);
    }
}

static void
list_watch_free (gpointer data)
{
  list_watch_clear (data);
  g_free (data);
}

static void
recommendations_changed_cb (gpointer owner)
{
  pln_recommendations_page_schedule_refresh (owner);
}

static void
agenda_changed_cb (gpointer owner)
{
  PlnRecommendationsPage *self = owner;

  self->agenda_changed = TRUE;
  pln_recommendations_page_schedule_refresh (self);
}

static void
watch_meeting (PlnRecommendationsPage *self)
{
  PlnMeeting *meeting = self->meeting;

  g_signal_group_set_target (self->meeting_signals, meeting);
  g_ptr_array_set_size (self->sub_item_watches, 0);
  list_watch_set_model (&self->recommendations_watch, meeting ? pln_meeting_get_recommendations (meeting) : NULL,
                        recommendation_signals, recommendations_changed_cb, self);
  list_watch_set_model (&self->exports_watch, meeting ? pln_meeting_get_exports (meeting) : NULL,
                        export_signals, recommendations_changed_cb, self);
  list_watch_set_model (&self->agenda_watch, meeting ? pln_meeting_get_agenda (meeting) : NULL,
                        agenda_signals, agenda_changed_cb, self);
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

  return pln_recommendations_page_get_day (self, &day) && made != NULL && g_date_compare (made, &day) == 0;
}

/* Agenda order first, then the order they were made in. */
static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  PlnRecommendationsPage *self = user_data;
  GListStore *all = G_LIST_STORE (pln_meeting_get_recommendations (self->meeting));
  int ia = GPOINTER_TO_INT (g_hash_table_lookup (self->item_order, pln_recommendation_get_agenda_item ((gpointer) a)));
  int ib = GPOINTER_TO_INT (g_hash_table_lookup (self->item_order, pln_recommendation_get_agenda_item ((gpointer) b)));
  guint pa = 0, pb = 0;

  if (ia != ib)
    return ia - ib;

  g_list_store_find (all, (gpointer) a, &pa);
  g_list_store_find (all, (gpointer) b, &pb);
  return (int) pa - (int) pb;
}

/* The numbers in the non-paper, in the order shown: counted once for all
 * the rows, and again after the list changed. */
static guint
number_at (PlnRecommendationsPage *self,
           guint                   position)
{
  GListModel *shown = G_LIST_MODEL (self->shown);

  if (self->numbers->len != g_list_model_get_n_items (shown))
    {
      guint number = 0;

      g_array_set_size (self->numbers, 0);
      for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
        {
          g_autoptr(PlnRecommendation) rec = g_list_model_get_item (shown, i);
          guint n = pln_recommendation_in_non_paper (rec) ? ++number : 0;

          g_array_append_val (self->numbers, n);
        }
    }

  return position < self->numbers->len ? g_array_index (self->numbers, guint, position) : 0;
}

static void
shown_changed_cb (PlnRecommendationsPage *self)
{
  g_array_set_size (self->numbers, 0);
}

static void
update_row (PlnRecommendationsPage *self,
            GtkListItem            *list_item)
{
  PlnRecommendationRow *row = PLN_RECOMMENDATION_ROW (gtk_list_item_get_child (list_item));
  PlnRecommendation *rec = gtk_list_item_get_item (list_item);
  GSettings *settings = pln_recommendations_page_get_settings (self);
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  g_autoptr(GMenuModel) menu = pln_recommendations_page_row_menu (self, rec);

  pln_recommendation_row_set_recommendation (row, rec);
  pln_recommendation_row_set_number (row, number_at (self, gtk_list_item_get_position (list_item)));
  pln_recommendation_row_set_menu_model (row, menu);
  pln_recommendation_row_set_workspace (row, context != NULL ? pln_context_get_workspace (context) : NULL);
  if (settings != NULL)
    pln_recommendation_row_set_word_hint (row, g_settings_get_int (settings, "recommendation-word-hint"));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PlnRecommendationsPage   *self)
{
  gtk_list_item_set_child (list_item, g_object_new (PLN_TYPE_RECOMMENDATION_ROW, NULL));
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PlnRecommendationsPage   *self)
{
  g_hash_table_add (self->bound_items, list_item);
  update_row (self, list_item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PlnRecommendationsPage   *self)
{
  if (self->bound_items != NULL)
    g_hash_table_remove (self->bound_items, list_item);
  pln_recommendation_row_set_recommendation (PLN_RECOMMENDATION_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* ------------------------------------------------------------ refreshing */

static void
rebuild_items (PlnRecommendationsPage *self)
{
  GListModel *agenda = pln_meeting_get_agenda (self->meeting);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_set_size (self->sub_item_watches, 0);
  g_hash_table_remove_all (self->item_order);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);
      PlnListWatch *watch = g_new0 (PlnListWatch, 1);

      list_watch_set_model (watch, subs, agenda_signals, agenda_changed_cb, self);
      g_ptr_array_add (self->sub_item_watches, watch);
      g_ptr_array_add (items, g_object_ref (item));
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        g_ptr_array_add (items, g_list_model_get_item (subs, s));
    }

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (self->item_order, items->pdata[i], GINT_TO_POINTER (i + 1));
  pln_recommendations_page_set_items (self, items);
}

/* An empty list says what to do rather than show a blank area. */
static void
update_empty (PlnRecommendationsPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0;

  if (self->day_index < 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Agreed Recommendations"));
      adw_status_page_set_description (self->empty_page,
                                       _("Recommendations marked as agreed on the days’ tabs are listed here for the report."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Recommendations Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Type a recommendation in the field above as it is made, then press Enter."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

/* One refresh after any number of edits to what the page shows: the copy
 * of the agenda when it changed, the list's filter and order, the numbers
 * of the rows on screen, the status line and the deadline. */
static void
refresh (gpointer owner)
{
  PlnRecommendationsPage *self = owner;
  GHashTableIter iter;
  gpointer list_item;

  if (self->meeting == NULL)
    return;

  if (self->agenda_changed)
    rebuild_items (self);
  self->agenda_changed = FALSE;
  pln_recommendations_page_follow_agenda (self, FALSE);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);

  /* A status changed makes other rows' numbers change. */
  g_array_set_size (self->numbers, 0);
  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_row (self, list_item);

  update_empty (self);
  pln_recommendations_page_update_status (self);
  pln_recommendations_page_update_deadline (self);
}

static void
rebuild_days (PlnRecommendationsPage *self)
{
  GtkWidget *child;
  guint n_days = self->meeting ? pln_meeting_get_n_days (self->meeting) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);

  /* Each tab sets the page's day-index through its property action, which
   * also keeps the tab of the day shown pressed. */
  for (int i = 0; i <= (int) n_days; i++)
    {
      gboolean report = i == (int) n_days;
      /* Translators: the tabs of the recommendations: one per meeting day, then the recommendations agreed for the
       * meeting's report (the report itself has a page of its own) */
      g_autofree char *label = report ? g_strdup (C_("recommendations view", "Agreed")) : g_strdup_printf (_("Day %d"), i + 1);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", report ? -1 : i);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "recommendations.day-index");
      gtk_box_append (self->days_box, button);
    }
}

/* In a narrow window the tabs scroll: the tab of the day shown stays in
 * view, whichever way the interface reads. */
static void
reveal_day_tab (PlnRecommendationsPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->days_scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  GtkWidget *tab = self->day_index < 0 ? gtk_widget_get_last_child (GTK_WIDGET (self->days_box))
                                       : gtk_widget_get_first_child (GTK_WIDGET (self->days_box));
  graphene_rect_t bounds;

  for (int i = 0; tab != NULL && i < self->day_index; i++)
    tab = gtk_widget_get_next_sibling (tab);
  if (tab == NULL || page_size <= 0 || !gtk_widget_compute_bounds (tab, GTK_WIDGET (self->days_box), &bounds))
    return;

  if (bounds.origin.x < value)
    value = bounds.origin.x;
  else if (bounds.origin.x + bounds.size.width > value + page_size)
    value = bounds.origin.x + bounds.size.width - page_size;
  gtk_adjustment_set_value (adjustment, value);
}

static void
meeting_days_changed_cb (PlnRecommendationsPage *self)
{
  rebuild_days (self);
  pln_recommendations_page_schedule_refresh (self);
}

/* ------------------------------------------------------------ the entry bar */

static void
text_activate_cb (GtkEntry               *entry,
                  PlnRecommendationsPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));
  const char *source = gtk_editable_get_text (GTK_EDITABLE (self->source_entry));
  PlnAgendaItem *item = pln_recommendations_page_get_chosen_item (self);
  g_autoptr(PlnRecommendation) rec = NULL;
  /* A record's time, compared with the core's: the system's clock. */
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  PlnRecommendation *similar;
  GDate day;

  if (*text == '\0' || !pln_recommendations_page_get_day (self, &day))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
      return;
    }

  similar = pln_meeting_find_similar_recommendation (self->meeting, text, NULL);

  rec = pln_recommendation_new ();
  pln_recommendation_set_day (rec, &day);
  pln_recommendation_set_agenda_item (rec, item);
  pln_recommendation_set_text (rec, text);
  pln_recommendation_set_source (rec, source);
  pln_recommendation_set_created (rec, now);
  pln_meeting_append_recommendation (self->meeting, rec);
  pln_recommendations_page_remember_item (self, item);

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

/* ------------------------------------------------------------ object */

/* The time left, and the item under discussion, move with the clock. */
static gboolean
clock_tick_cb (gpointer user_data)
{
  pln_recommendations_page_follow_agenda (user_data, FALSE);
  return pln_recommendations_page_update_deadline (user_data);
}

/* On a meeting day, today's tab (at the venue); otherwise Day 1. */
static int
today_index (PlnRecommendationsPage *self)
{
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (self->meeting);
  g_autoptr(GDateTime) now = pln_recommendations_page_dup_now (self);
  g_autoptr(GDateTime) there = g_date_time_to_timezone (now, tz);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (there), g_date_time_get_month (there),
                  g_date_time_get_year (there));
  return MAX (pln_meeting_get_day_index (self->meeting, &today), 0);
}

static void
pln_recommendations_page_meeting_changed (PlnPage    *page,
                                          PlnMeeting *old_meeting)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (page);
  PlnMeeting *meeting = pln_page_get_meeting (page);
  GtkSortListModel *sorted;
  int day_index;

  self->meeting = meeting;
  day_index = meeting != NULL ? today_index (self) : 0;
  sorted = GTK_SORT_LIST_MODEL (gtk_filter_list_model_get_model (self->shown));
  watch_meeting (self);
  self->agenda_changed = TRUE;
  gtk_sort_list_model_set_model (sorted, meeting ? pln_meeting_get_recommendations (meeting) : NULL);

  if (self->day_index != day_index)
    {
      self->day_index = day_index;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DAY_INDEX]);
    }
  gtk_widget_set_sensitive (self->entry_bar, TRUE);
  rebuild_days (self);
  pln_recommendations_page_set_focused (self, NULL);
  pln_recommendations_page_schedule_earlier (self);

  /* Shown as it is at once, not at the next idle. */
  pln_recommendations_page_schedule_refresh (self);
  pln_idle_refresh_flush (&self->refresh);
  pln_recommendations_page_follow_agenda (self, TRUE);
}

static void
pln_recommendations_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pln_recommendations_page_parent_class)->map (widget);
  pln_recommendations_page_track_focus (PLN_RECOMMENDATIONS_PAGE (widget), TRUE);
}

static void
pln_recommendations_page_unmap (GtkWidget *widget)
{
  pln_recommendations_page_track_focus (PLN_RECOMMENDATIONS_PAGE (widget), FALSE);
  GTK_WIDGET_CLASS (pln_recommendations_page_parent_class)->unmap (widget);
}

/* The clock and the settings may differ: the deadline and rows again. */
static void
pln_recommendations_page_context_changed (PlnPage *page)
{
  pln_recommendations_page_schedule_refresh (PLN_RECOMMENDATIONS_PAGE (page));
}

static void
pln_recommendations_page_dispose (GObject *object)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (object);

  /* Nothing the page listens to may call it once it goes. */
  list_watch_clear (&self->recommendations_watch);
  list_watch_clear (&self->exports_watch);
  list_watch_clear (&self->agenda_watch);
  g_clear_pointer (&self->sub_item_watches, g_ptr_array_unref);
  if (self->meeting_signals != NULL)
    g_signal_group_set_target (self->meeting_signals, NULL);
  g_clear_object (&self->meeting_signals);
  pln_idle_refresh_cancel (&self->refresh);
  g_clear_handle_id (&self->clock_source, g_source_remove);
  g_clear_handle_id (&self->reveal_source, g_source_remove);
  g_clear_object (&self->reveal_pending);
  pln_recommendations_page_dispose_earlier (self);

  /* The rows let go of their recommendations while the page is whole. */
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_RECOMMENDATIONS_PAGE);

  if (self->shown != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->shown, self);
      gtk_filter_list_model_set_model (self->shown, NULL);
      gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
    }
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  pln_recommendations_page_dispose_items (self);
  g_clear_pointer (&self->item_order, g_hash_table_unref);
  self->meeting = NULL;

  G_OBJECT_CLASS (pln_recommendations_page_parent_class)->dispose (object);
}

static void
pln_recommendations_page_finalize (GObject *object)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (object);

  g_clear_pointer (&self->numbers, g_array_unref);

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
    case PROP_DAY_INDEX:
      g_value_set_int (value, self->day_index);
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
    case PROP_DAY_INDEX:
      pln_recommendations_page_set_day_index (self, g_value_get_int (value));
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
  PlnPageClass *page_class = PLN_PAGE_CLASS (klass);

  object_class->dispose = pln_recommendations_page_dispose;
  object_class->finalize = pln_recommendations_page_finalize;
  object_class->get_property = pln_recommendations_page_get_property;
  object_class->set_property = pln_recommendations_page_set_property;
  widget_class->map = pln_recommendations_page_map;
  widget_class->unmap = pln_recommendations_page_unmap;
  page_class->meeting_changed = pln_recommendations_page_meeting_changed;
  page_class->context_changed = pln_recommendations_page_context_changed;

  /* 0 for Day 1 …, -1 for the report's agreed recommendations. */
  properties [PROP_DAY_INDEX] =
    g_param_spec_int ("day-index", NULL, NULL,
                      -1, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLN_TYPE_RECOMMENDATION_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-recommendations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, days_scroller);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, days_box);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, non_paper_button);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, entry_bar);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, text_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, item_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, source_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, similar_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, earlier_box);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationsPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, text_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);

  gtk_widget_class_install_property_action (widget_class, "recommendations.day-index", "day-index");
  pln_recommendations_page_class_init_items (widget_class);
  pln_recommendations_page_class_init_status (widget_class);
  pln_recommendations_page_class_init_themes (widget_class);
  pln_recommendations_page_class_init_export (widget_class);
}

static void
pln_recommendations_page_init (PlnRecommendationsPage *self)
{
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sub_item_watches = g_ptr_array_new_with_free_func (list_watch_free);
  self->item_order = g_hash_table_new (NULL, NULL);
  self->bound_items = g_hash_table_new (NULL, NULL);
  self->numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  pln_recommendations_page_init_items (self);
  pln_recommendations_page_init_earlier (self);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->days_scroller), "changed",
                           G_CALLBACK (reveal_day_tab), self, G_CONNECT_SWAPPED);
  pln_accessible_set_label (self->non_paper_button, _("Non-paper"));
  g_date_clear (&self->notified_day, 1);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  sorted = gtk_sort_list_model_new (NULL, g_object_ref (GTK_SORTER (self->sorter)));
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_swapped (self->shown, "items-changed", G_CALLBACK (shown_changed_cb), self);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)))));

  self->meeting_signals = g_signal_group_new (PLN_TYPE_MEETING);
  g_signal_group_connect_swapped (self->meeting_signals, "notify::first-day", G_CALLBACK (meeting_days_changed_cb), self);
  g_signal_group_connect_swapped (self->meeting_signals, "notify::last-day", G_CALLBACK (meeting_days_changed_cb), self);
  g_signal_group_connect_swapped (self->meeting_signals, "notify::recommendation-limit",
                                  G_CALLBACK (pln_recommendations_page_schedule_refresh), self);
  g_signal_group_connect_swapped (self->meeting_signals, "notify::time-zone",
                                  G_CALLBACK (pln_recommendations_page_update_deadline), self);

  /* The time left is shown to the minute. */
  self->clock_source = g_timeout_add_seconds (30, clock_tick_cb, self);
}

/* ------------------------------------------------------------ internal API */

/* The day shown, or FALSE on the report's tab. */
gboolean
pln_recommendations_page_get_day (PlnRecommendationsPage *self,
                                  GDate                  *day)
{
  return self->meeting != NULL && self->day_index >= 0 &&
         pln_meeting_get_day (self->meeting, self->day_index, day);
}

PlnRecommendation *
pln_recommendations_page_find (PlnRecommendationsPage *self,
                               const char             *id)
{
  GListModel *recommendations;

  if (self->meeting == NULL)
    return NULL;

  recommendations = pln_meeting_get_recommendations (self->meeting);
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);

      if (g_strcmp0 (pln_recommendation_get_id (rec), id) == 0)
        return rec;
    }

  return NULL;
}

GSettings *
pln_recommendations_page_get_settings (PlnRecommendationsPage *self)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  return context != NULL ? pln_context_get_settings (context) : NULL;
}

/* The context's clock, which tests set; the system's without a context. */
GDateTime *
pln_recommendations_page_dup_now (PlnRecommendationsPage *self)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  return context != NULL ? pln_context_dup_now (context) : g_date_time_new_now_local ();
}

void
pln_recommendations_page_schedule_refresh (PlnRecommendationsPage *self)
{
  pln_idle_refresh_schedule (&self->refresh, self, refresh);
}

/* ------------------------------------------------------------ public API */

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
  reveal_day_tab (self);
  pln_recommendations_page_schedule_refresh (self);
  pln_idle_refresh_flush (&self->refresh);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DAY_INDEX]);
}

/* The focus goes into the row of the recommendation revealed once the
 * list has made it, after scrolling to it. */
static gboolean
reveal_timeout_cb (gpointer user_data)
{
  PlnRecommendationsPage *self = user_data;
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    if (gtk_list_item_get_item (list_item) == (gpointer) self->reveal_pending)
      {
        /* The list's own row, as the arrow keys would focus it. */
        gtk_widget_grab_focus (gtk_widget_get_parent (gtk_list_item_get_child (list_item)));
        g_clear_object (&self->reveal_pending);
        self->reveal_source = 0;
        return G_SOURCE_REMOVE;
      }

  /* Not made yet: the list lays out at the next frame; a page not shown
   * does not, and gives up after a second. */
  if (++self->reveal_tries < 30)
    return G_SOURCE_CONTINUE;

  g_clear_object (&self->reveal_pending);
  self->reveal_source = 0;
  return G_SOURCE_REMOVE;
}

/**
 * pln_recommendations_page_reveal:
 * @rec: a recommendation of the meeting shown
 *
 * Shows the tab of @rec's day (the report's for an agreed one made on no
 * day of the meeting), scrolls to its row and gives it the focus.
 */
void
pln_recommendations_page_reveal (PlnRecommendationsPage *self,
                                 PlnRecommendation      *rec)
{
  GListModel *shown;
  const GDate *day;
  int index = -1;

  g_return_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self));
  g_return_if_fail (PLN_IS_RECOMMENDATION (rec));

  if (self->meeting == NULL)
    return;

  day = pln_recommendation_get_day (rec);
  if (day != NULL)
    index = pln_meeting_get_day_index (self->meeting, day);
  pln_recommendations_page_set_day_index (self, index);
  pln_idle_refresh_flush (&self->refresh);

  shown = G_LIST_MODEL (self->shown);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PlnRecommendation) item = g_list_model_get_item (shown, i);

      if (item != rec)
        continue;

      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
      g_set_object (&self->reveal_pending, rec);
      self->reveal_tries = 0;
      if (self->reveal_source == 0)
        self->reveal_source = g_timeout_add (33, reveal_timeout_cb, self);
      break;
    }
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
 * pln_recommendations_page_get_n_rebuilds:
 *
 * Returns: how many times the page refreshed its list and its copy of the
 *   agenda, for tests that check an edit elsewhere causes none
 */
guint
pln_recommendations_page_get_n_rebuilds (PlnRecommendationsPage *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), 0);

  return self->refresh.n_runs;
}
