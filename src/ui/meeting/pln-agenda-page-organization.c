/* pln-agenda-page-organization.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-agenda-page-private.h"
#include "pln-placement-row.h"
#include "pln-sitting-row.h"

/* The proposed organization of work: one list of the plenary meetings,
 * each followed by the items it takes up, made by the meeting's lists
 * themselves (a plenary meeting added, an item placed or taken out shows
 * at once); the warning, the "(continued)" marks and the plenary meetings
 * offered for placing are worked out again once an edit is over. */

/* ------------------------------------------------------------ the list */

/* A plenary meeting as the list shows it: itself, then its placements. */
static gpointer
map_sitting (gpointer item,
             gpointer user_data)
{
  g_autoptr(PlnSitting) sitting = item;
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) head = g_list_store_new (PLN_TYPE_SITTING);

  g_list_store_append (head, sitting);
  g_list_store_append (parts, head);
  g_list_store_append (parts, pln_sitting_get_placements (sitting));

  return gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
}

static GtkWidget *
create_organization_row (gpointer item,
                         gpointer user_data)
{
  PlnAgendaPage *self = user_data;

  if (PLN_IS_SITTING (item))
    return pln_sitting_row_new (item, self->meeting);

  /* "(continued)" is known once the whole list is: see refresh_rows(). */
  return pln_placement_row_new (item);
}

void
_pln_agenda_page_bind_organization (PlnAgendaPage *self)
{
  GtkMapListModel *sittings;

  g_clear_object (&self->organization);
  if (self->meeting != NULL)
    {
      sittings = gtk_map_list_model_new (g_object_ref (pln_meeting_get_sittings (self->meeting)),
                                         map_sitting, NULL, NULL);
      self->organization = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (sittings)));
    }

  gtk_list_box_bind_model (self->organization_list, self->organization,
                           self->organization ? create_organization_row : NULL, self, NULL);
}

/* ------------------------------------------------------------ refreshing */

static gboolean
is_placed (PlnAgendaPage *self,
           PlnAgendaItem *item)
{
  GListModel *sittings = pln_meeting_get_sittings (self->meeting);

  for (guint s = 0; s < g_list_model_get_n_items (sittings); s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
      GListModel *placements = pln_sitting_get_placements (sitting);

      for (guint p = 0; p < g_list_model_get_n_items (placements); p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);

          if (pln_placement_get_agenda_item (placement) == item)
            return TRUE;
        }
    }

  return FALSE;
}

/* Items with sub-items are placed through their sub-items. */
static void
collect_unplaced (PlnAgendaPage *self,
                  GListModel    *items,
                  GString       *names)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);

      if (g_list_model_get_n_items (subs) > 0)
        collect_unplaced (self, subs, names);
      else if (!is_placed (self, item))
        {
          g_autofree char *label = pln_agenda_item_dup_label (item);

          g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", label);
        }
    }
}

/* The plenary meetings offered for placing, and those that take up too
 * many items. */
static void
refresh_sittings (PlnAgendaPage *self,
                  GString       *crowded)
{
  GListModel *sittings = pln_meeting_get_sittings (self->meeting);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = gtk_drop_down_get_selected (self->sitting_dropdown);
  guint n_sittings = g_list_model_get_n_items (sittings);

  for (guint s = 0; s < n_sittings; s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
      char *name = pln_sitting_dup_display_name (sitting);

      if (g_list_model_get_n_items (pln_sitting_get_placements (sitting)) > PLN_AGENDA_ITEMS_PER_SITTING)
        g_string_append_printf (crowded, "%s%s", crowded->len > 0 ? ", " : "", name);
      g_ptr_array_add (names, name);
    }

  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->sitting_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sitting_names)),
                          (const char * const *) names->pdata);
  if (selected < n_sittings)
    gtk_drop_down_set_selected (self->sitting_dropdown, selected);
}

/* Whether an item is taken up again follows from every plenary meeting
 * before: the rows are told in order. */
static void
refresh_rows (PlnAgendaPage *self)
{
  PlnSitting *sitting = NULL;
  guint position = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->organization_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (PLN_IS_SITTING_ROW (row))
        {
          sitting = pln_sitting_row_get_sitting (PLN_SITTING_ROW (row));
          position = 0;
        }
      else if (PLN_IS_PLACEMENT_ROW (row) && sitting != NULL)
        pln_placement_row_set_continued (PLN_PLACEMENT_ROW (row),
                                         pln_meeting_is_placement_continued (self->meeting, sitting, position++));
    }
}

void
_pln_agenda_page_refresh_organization (PlnAgendaPage *self)
{
  g_autoptr(GString) unplaced = g_string_new (NULL);
  g_autoptr(GString) crowded = g_string_new (NULL);
  g_autoptr(GString) warning = g_string_new (NULL);

  refresh_sittings (self, crowded);
  refresh_rows (self);

  collect_unplaced (self, pln_meeting_get_agenda (self->meeting), unplaced);
  if (unplaced->len > 0)
    /* Translators: %s lists agenda items, e.g. "2, 4 (a)" */
    g_string_append_printf (warning, _("Not placed in any plenary meeting: %s."), unplaced->str);
  if (crowded->len > 0)
    {
      if (warning->len > 0)
        g_string_append_c (warning, '\n');
      /* Translators: %u is a number of items; %s lists plenary meetings */
      g_string_append_printf (warning, _("More than %u items in a three-hour plenary meeting: %s."),
                              PLN_AGENDA_ITEMS_PER_SITTING, crowded->str);
    }

  gtk_label_set_text (self->organization_warning, warning->str);
  gtk_widget_set_visible (GTK_WIDGET (self->organization_warning), warning->len > 0);
}

/* ------------------------------------------------------------ actions */

static void
place_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(PlnSitting) sitting = NULL;
  g_autoptr(PlnPlacement) placement = NULL;

  if (self->selected == NULL || self->meeting == NULL)
    return;

  sitting = g_list_model_get_item (pln_meeting_get_sittings (self->meeting),
                                   gtk_drop_down_get_selected (self->sitting_dropdown));
  if (sitting == NULL)
    return;

  placement = pln_placement_new ();
  pln_placement_set_agenda_item (placement, self->selected);
  pln_sitting_append_placement (sitting, placement);
}

/* agenda.remove-placement ("u"): the position of the placement's row in
 * the organization of work (PlnPlacementRow asks); the plenary meeting
 * it is in is the one above it. */
static void
remove_placement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(GObject) placement = NULL;

  if (self->organization == NULL)
    return;

  placement = g_list_model_get_item (self->organization, position);
  if (!PLN_IS_PLACEMENT (placement))
    return;

  while (position-- > 0)
    {
      g_autoptr(GObject) above = g_list_model_get_item (self->organization, position);

      if (PLN_IS_SITTING (above))
        {
          pln_context_remove_with_undo (context, pln_sitting_get_placements (PLN_SITTING (above)), placement,
                                        _("Item taken out of the plenary meeting"));
          return;
        }
    }
}

void
_pln_agenda_page_class_init_organization (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "agenda.place", NULL, place_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove-placement", "u", remove_placement_action);
}
