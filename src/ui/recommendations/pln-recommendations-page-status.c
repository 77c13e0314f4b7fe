/* pln-recommendations-page-status.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-format.h"
#include "pln-recommendation-row.h"
#include "pln-recommendations-page-private.h"

/* The workflow of a recommendation: its status (proposed, in the
 * non-paper, agreed, withdrawn), its place (up and down within its agenda
 * item with Alt+Up and Alt+Down or by dragging, under another item, on
 * another day), merging into the one above, removal; moves and removal
 * are undone with Ctrl+Z; and the status line of the day's non-paper. */

/* A move to undo: where the recommendation was in the meeting's list, and
 * under which item. */
typedef struct
{
  PlnMeeting        *meeting;
  PlnRecommendation *rec;
  PlnAgendaItem     *item;
  guint              position;
} Move;

static void
move_free (gpointer data)
{
  Move *move = data;

  g_clear_object (&move->meeting);
  g_clear_object (&move->rec);
  g_clear_object (&move->item);
  g_free (move);
}

static void
undo_move (gpointer data)
{
  Move *move = data;

  pln_recommendation_set_agenda_item (move->rec, move->item);
  pln_meeting_move_recommendation (move->meeting, move->rec, move->position);
}

/* Moves @rec to @position of the meeting's list, under @item, so that
 * Ctrl+Z puts it back. */
static gboolean
move_with_undo (PlnRecommendationsPage *self,
                PlnRecommendation      *rec,
                guint                   position,
                PlnAgendaItem          *item)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  PlnAgendaItem *old_item = pln_recommendation_get_agenda_item (rec);
  Move *move;
  guint old_position;

  if (!g_list_store_find (G_LIST_STORE (pln_meeting_get_recommendations (self->meeting)), rec, &old_position))
    return FALSE;

  move = g_new0 (Move, 1);
  move->meeting = g_object_ref (self->meeting);
  move->rec = g_object_ref (rec);
  move->item = old_item != NULL ? g_object_ref (old_item) : NULL;
  move->position = old_position;

  pln_recommendation_set_agenda_item (rec, item);
  if (!pln_meeting_move_recommendation (self->meeting, rec, position) && item == old_item)
    {
      move_free (move);
      return FALSE;
    }

  if (context != NULL)
    pln_context_push_undo (context, undo_move, move, move_free);
  else
    move_free (move);
  return TRUE;
}

static void
append_moves (PlnRecommendationsPage *self,
              GMenu                  *order,
              const char             *id)
{
  g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
  g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);
  g_autoptr(GMenuItem) merge = g_menu_item_new (_("_Merge into the One Above"), NULL);
  g_autoptr(GMenuItem) to_item = g_menu_item_new (_("Move to the Agenda Item Chosen Above"), NULL);

  g_menu_item_set_action_and_target_value (up, "recommendations.move", g_variant_new ("(si)", id, -1));
  g_menu_item_set_action_and_target_value (down, "recommendations.move", g_variant_new ("(si)", id, 1));
  /* Shown, not bound: the page binds them to the focused row. */
  g_menu_item_set_attribute (up, "accel", "s", "<Alt>Up");
  g_menu_item_set_attribute (down, "accel", "s", "<Alt>Down");
  g_menu_item_set_action_and_target_value (merge, "recommendations.merge", g_variant_new_string (id));
  g_menu_item_set_action_and_target_value (to_item, "recommendations.move-item", g_variant_new_string (id));
  g_menu_append_item (order, up);
  g_menu_append_item (order, down);
  g_menu_append_item (order, merge);
  g_menu_append_item (order, to_item);
}

static void
append_days (PlnRecommendationsPage *self,
             GMenu                  *days,
             const char             *id)
{
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
      g_menu_append_item (days, to_day);
    }
}

/* The menu of a row's moves; its statuses have their own. */
GMenuModel *
pln_recommendations_page_row_menu (PlnRecommendationsPage *self,
                                   PlnRecommendation      *rec)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) days = g_menu_new ();
  const char *id = pln_recommendation_get_id (rec);

  append_moves (self, order, id);
  append_days (self, days, id);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (days));
  return G_MENU_MODEL (menu);
}

static void
append_shared (PlnRecommendationsPage *self,
               GString                *status,
               const GDate            *day)
{
  GDateTime *shared = pln_meeting_get_shared_time (self->meeting, day);

  g_string_append (status, " · ");
  if (shared == NULL)
    {
      g_string_append (status, _("not shared yet"));
      return;
    }

  {
    g_autoptr(GDateTime) local = g_date_time_to_local (shared);
    g_autofree char *when = pln_format_time (local);

    /* Translators: %s is the time the non-paper was shared */
    g_string_append_printf (status, _("shared at %s"), when);
    if (pln_meeting_changed_since_shared (self->meeting, day))
      g_string_append_printf (status, " · %s", _("changed since shared"));
  }
}

void
pln_recommendations_page_update_status (PlnRecommendationsPage *self)
{
  g_autoptr(GString) status = g_string_new (NULL);
  guint limit;
  guint count;
  GDate day;

  if (self->meeting == NULL)
    return;

  if (!pln_recommendations_page_get_day (self, &day))
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

  append_shared (self, status, &day);
  gtk_label_set_text (self->status_label, status->str);
}

/* ------------------------------------------------------------ actions */

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
  if ((rec = pln_recommendations_page_find (self, id)) != NULL)
    {
      pln_recommendation_set_status (rec, status);
      if (status != PLN_RECOMMENDATION_STATUS_MERGED)
        pln_recommendation_set_merged_into (rec, NULL);
    }
}

static guint
shown_position (PlnRecommendationsPage *self,
                PlnRecommendation      *rec)
{
  GListModel *shown = G_LIST_MODEL (self->shown);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PlnRecommendation) other = g_list_model_get_item (shown, i);

      if (other == rec)
        return i;
    }

  return 0;
}

/**
 * pln_recommendations_page_move:
 * @delta: -1 for up, 1 for down
 *
 * Within its agenda item, @rec changes places with its neighbour shown.
 *
 * Returns: whether it moved
 */
gboolean
pln_recommendations_page_move (PlnRecommendationsPage *self,
                               PlnRecommendation      *rec,
                               int                     delta)
{
  GListModel *shown = G_LIST_MODEL (self->shown);
  g_autoptr(PlnRecommendation) neighbour = NULL;
  guint position, target_position;

  position = shown_position (self, rec);
  if ((delta < 0 && position == 0) || (int) position + delta >= (int) g_list_model_get_n_items (shown))
    return FALSE;

  neighbour = g_list_model_get_item (shown, position + delta);
  return pln_recommendation_get_agenda_item (neighbour) == pln_recommendation_get_agenda_item (rec) &&
         g_list_store_find (G_LIST_STORE (pln_meeting_get_recommendations (self->meeting)), neighbour, &target_position) &&
         move_with_undo (self, rec, target_position, pln_recommendation_get_agenda_item (rec));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  const char *id;
  int delta;
  PlnRecommendation *rec;

  g_variant_get (parameter, "(&si)", &id, &delta);
  if ((rec = pln_recommendations_page_find (self, id)) != NULL)
    pln_recommendations_page_move (self, rec, delta);
}

/* The row that has the focus, or holds it. */
static PlnRecommendationRow *
find_focused_row (PlnRecommendationsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return NULL;

  /* The list's own item widget holds the row when the focus is on it. */
  row = gtk_widget_get_ancestor (focus, PLN_TYPE_RECOMMENDATION_ROW);
  if (row == NULL && PLN_IS_RECOMMENDATION_ROW (gtk_widget_get_first_child (focus)))
    row = gtk_widget_get_first_child (focus);

  return (PlnRecommendationRow *) row;
}

/* After a move the list binds its rows anew: the focus goes back to the
 * row of the recommendation moved, so that Alt+Up can be pressed again. */
static void
focus_recommendation (PlnRecommendationsPage *self,
                      PlnRecommendation      *rec)
{
  GHashTableIter iter;
  gpointer list_item;

  pln_idle_refresh_flush (&self->refresh);
  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    if (gtk_list_item_get_item (list_item) == (gpointer) rec)
      {
        GtkWidget *row = gtk_list_item_get_child (list_item);

        if (!gtk_widget_grab_focus (gtk_widget_get_parent (row)))
          gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
        return;
      }
}

static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  PlnRecommendationRow *row = find_focused_row (self);
  g_autoptr(PlnRecommendation) rec = NULL;

  if (row == NULL || pln_recommendation_row_get_recommendation (row) == NULL)
    return;

  rec = g_object_ref (pln_recommendation_row_get_recommendation (row));
  if (pln_recommendations_page_move (self, rec, g_variant_get_int32 (parameter)))
    focus_recommendation (self, rec);
}

/* A row dropped on another takes its place, under its agenda item. */
static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  GListStore *all = G_LIST_STORE (pln_meeting_get_recommendations (self->meeting));
  const char *id, *target_id;
  PlnRecommendation *rec, *target;
  guint position;

  g_variant_get (parameter, "(&s&s)", &id, &target_id);
  if ((rec = pln_recommendations_page_find (self, id)) == NULL ||
      (target = pln_recommendations_page_find (self, target_id)) == NULL ||
      !g_list_store_find (all, target, &position))
    return;

  move_with_undo (self, rec, position, pln_recommendation_get_agenda_item (target));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  PlnRecommendation *rec = pln_recommendations_page_find (self, g_variant_get_string (parameter, NULL));
  g_autoptr(PlnRecommendation) above = NULL;
  guint position;

  if (rec == NULL || (position = shown_position (self, rec)) == 0)
    return;

  above = g_list_model_get_item (G_LIST_MODEL (self->shown), position - 1);
  pln_recommendation_set_merged_into (rec, pln_recommendation_get_id (above));
  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_MERGED);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  PlnRecommendation *rec = pln_recommendations_page_find (self, g_variant_get_string (parameter, NULL));
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  if (rec != NULL)
    pln_context_remove_with_undo (context, pln_meeting_get_recommendations (self->meeting), rec,
                                  _("Recommendation removed"));
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
  if ((rec = pln_recommendations_page_find (self, id)) != NULL && pln_meeting_get_day (self->meeting, index, &day))
    pln_recommendation_set_day (rec, &day);
}

/* Moves a recommendation under the agenda item chosen in the entry bar. */
static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  PlnRecommendation *rec = pln_recommendations_page_find (self, g_variant_get_string (parameter, NULL));
  PlnAgendaItem *item = pln_recommendations_page_get_chosen_item (self);

  if (rec != NULL && item != NULL)
    pln_recommendation_set_agenda_item (rec, item);
}

static void
mark_shared_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  GDate day;

  if (pln_recommendations_page_get_day (self, &day))
    pln_meeting_mark_shared (self->meeting, &day);
}

void
pln_recommendations_page_class_init_status (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "recommendations.set-status", "(si)", set_status_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move", "(si)", move_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move-focused", "i", move_focused_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move-to", "(ss)", move_to_action);
  gtk_widget_class_install_action (widget_class, "recommendations.merge", "s", merge_action);
  gtk_widget_class_install_action (widget_class, "recommendations.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move-day", "(si)", move_day_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move-item", "s", move_item_action);
  gtk_widget_class_install_action (widget_class, "recommendations.mark-shared", NULL, mark_shared_action);

  /* On the focused recommendation, as in the agenda. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "recommendations.move-focused", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, "recommendations.move-focused", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "recommendations.move-focused", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, "recommendations.move-focused", "i", 1);
}
