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
#include "pln-recommendations-page-private.h"

/* The workflow of a recommendation: its status (proposed, in the
 * non-paper, agreed, withdrawn), its place (up and down within its agenda
 * item, under another item, on another day), merging into the one above,
 * removal with undo; and the status line of the day's non-paper. */

static const PlnRecommendationStatus statuses[] = {
  PLN_RECOMMENDATION_STATUS_PROPOSED,
  PLN_RECOMMENDATION_STATUS_IN_NON_PAPER,
  PLN_RECOMMENDATION_STATUS_AGREED,
  PLN_RECOMMENDATION_STATUS_WITHDRAWN,
};

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
  g_menu_item_set_action_and_target_value (merge, "recommendations.merge", g_variant_new_string (id));
  g_menu_item_set_action_and_target_value (to_item, "recommendations.move-item", g_variant_new_string (id));
  g_menu_append_item (order, up);
  g_menu_append_item (order, down);
  g_menu_append_item (order, merge);
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

/* The menu of a row's status button. */
GMenuModel *
pln_recommendations_page_row_menu (PlnRecommendationsPage *self,
                                   PlnRecommendation      *rec)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) statuses_section = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  const char *id = pln_recommendation_get_id (rec);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (pln_recommendation_status_to_label (statuses[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "recommendations.set-status", g_variant_new ("(si)", id, statuses[i]));
      g_menu_append_item (statuses_section, item);
    }
  append_moves (self, order, id);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (statuses_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
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

/* Within its agenda item: it changes places with its neighbour shown. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  GListModel *shown = G_LIST_MODEL (self->shown);
  g_autoptr(PlnRecommendation) neighbour = NULL;
  const char *id;
  int delta;
  PlnRecommendation *rec;
  guint position, target_position;

  g_variant_get (parameter, "(&si)", &id, &delta);
  if ((rec = pln_recommendations_page_find (self, id)) == NULL)
    return;

  position = shown_position (self, rec);
  if ((delta < 0 && position == 0) || (int) position + delta >= (int) g_list_model_get_n_items (shown))
    return;

  neighbour = g_list_model_get_item (shown, position + delta);
  if (pln_recommendation_get_agenda_item (neighbour) == pln_recommendation_get_agenda_item (rec) &&
      g_list_store_find (G_LIST_STORE (pln_meeting_get_recommendations (self->meeting)), neighbour, &target_position))
    pln_meeting_move_recommendation (self->meeting, rec, target_position);
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

  if (pln_recommendations_page_get_day (self, &day))
    pln_meeting_mark_shared (self->meeting, &day);
}

void
pln_recommendations_page_class_init_status (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "recommendations.set-status", "(si)", set_status_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move", "(si)", move_action);
  gtk_widget_class_install_action (widget_class, "recommendations.merge", "s", merge_action);
  gtk_widget_class_install_action (widget_class, "recommendations.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move-day", "(si)", move_day_action);
  gtk_widget_class_install_action (widget_class, "recommendations.move-item", "s", move_item_action);
  gtk_widget_class_install_action (widget_class, "recommendations.mark-shared", NULL, mark_shared_action);
}
