/* pln-recommendations-page-items.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-recommendations-page-private.h"

/* The agenda item of the entry bar: what a new recommendation is made
 * under. Agenda titles run to a paragraph, so the button shows the number
 * and the start of the title, its tooltip and the pop-up list the whole
 * title.
 *
 * By default the item is the one the organization of work has under
 * discussion now (pln_meeting_find_item_under_way() at the context's
 * clock); between plenary meetings, the item last used for the meeting on
 * this page; else the first. The choice follows the agenda when the
 * discussion moves on to another item, and is left alone otherwise, so
 * that an item the chair picked stays picked while the same item is
 * discussed. */

static char *
dup_item_name (PlnAgendaItem *item)
{
  g_autofree char *label = pln_agenda_item_dup_label (item);

  return g_strdup_printf ("%s %s", label, pln_agenda_item_get_title (item) ?: "");
}

static void
setup_item_button_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      PlnRecommendationsPage   *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* At the start of the interface's direction, whatever the title's. */
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Its natural width, not a paragraph's: the bar keeps to the window. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_list_item_set_child (list_item, label);
}

static void
setup_item_list_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    PlnRecommendationsPage   *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 80);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PlnRecommendationsPage   *self)
{
  g_autofree char *name = dup_item_name (gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), name);
}

static void
item_selected_cb (PlnRecommendationsPage *self)
{
  PlnAgendaItem *item = pln_recommendations_page_get_chosen_item (self);
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  if (item == NULL)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->item_dropdown), _("Agenda item"));
      return;
    }

  label = pln_agenda_item_dup_label (item);
  /* Translators: the tooltip of the agenda item chosen for a new recommendation: its number and whole title */
  tooltip = g_strdup_printf (_("Agenda item %s: %s"), label, pln_agenda_item_get_title (item) ?: "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->item_dropdown), tooltip);
}

static void
select_item (PlnRecommendationsPage *self,
             PlnAgendaItem          *item)
{
  guint position = 0;

  if (item != NULL && !g_list_store_find (self->items, item, &position))
    position = 0;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0)
    gtk_drop_down_set_selected (self->item_dropdown, position);
}

static PlnAgendaItem *
find_last_used (PlnRecommendationsPage *self)
{
  const char *id = g_hash_table_lookup (self->last_items, pln_meeting_get_id (self->meeting));

  return id != NULL ? pln_meeting_find_agenda_item (self->meeting, id) : NULL;
}

/**
 * pln_recommendations_page_follow_agenda:
 * @again: choose even if the item under way is the same as last time (a
 *   meeting newly shown)
 *
 * Chooses the item under way, or else the one last used, or else the
 * first, when the item under way changed since the last call.
 */
void
pln_recommendations_page_follow_agenda (PlnRecommendationsPage *self,
                                        gboolean                again)
{
  g_autoptr(GDateTime) now = NULL;
  PlnAgendaItem *under_way;

  if (self->meeting == NULL)
    return;

  now = pln_recommendations_page_dup_now (self);
  under_way = pln_meeting_find_item_under_way (self->meeting, now);
  if (!g_set_object (&self->item_under_way, under_way) && !again)
    return;

  select_item (self, under_way != NULL ? under_way : find_last_used (self));
}

/* The item a recommendation was just made under: chosen again the next
 * time the meeting is shown between plenary meetings. */
void
pln_recommendations_page_remember_item (PlnRecommendationsPage *self,
                                        PlnAgendaItem          *item)
{
  if (self->meeting == NULL || item == NULL)
    return;

  g_hash_table_insert (self->last_items, g_strdup (pln_meeting_get_id (self->meeting)),
                       g_strdup (pln_agenda_item_get_id (item)));
}

/* The flat list of the drop-down, the items and their sub-items in order;
 * the item chosen stays chosen. */
void
pln_recommendations_page_set_items (PlnRecommendationsPage *self,
                                    GPtrArray              *items)
{
  g_autoptr(PlnAgendaItem) chosen = NULL;

  g_set_object (&chosen, pln_recommendations_page_get_chosen_item (self));
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  select_item (self, chosen);
}

/**
 * pln_recommendations_page_get_chosen_item:
 *
 * Returns: (transfer none) (nullable): the agenda item chosen in the
 *   entry bar
 */
PlnAgendaItem *
pln_recommendations_page_get_chosen_item (PlnRecommendationsPage *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), NULL);

  return self->item_dropdown != NULL ? gtk_drop_down_get_selected_item (self->item_dropdown) : NULL;
}

void
pln_recommendations_page_init_items (PlnRecommendationsPage *self)
{
  self->items = g_list_store_new (PLN_TYPE_AGENDA_ITEM);
  self->last_items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_drop_down_set_model (self->item_dropdown, G_LIST_MODEL (self->items));
  pln_accessible_set_label (GTK_WIDGET (self->item_dropdown), _("Agenda item"));
  /* The list of its pop-up too. */
  pln_accessible_name_lists (GTK_WIDGET (self->item_dropdown), _("Agenda item"));
}

void
pln_recommendations_page_dispose_items (PlnRecommendationsPage *self)
{
  g_clear_object (&self->item_under_way);
  g_clear_object (&self->items);
  g_clear_pointer (&self->last_items, g_hash_table_unref);
}

void
pln_recommendations_page_class_init_items (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_item_button_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_item_list_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_selected_cb);
}
