/* pln-meeting-agenda.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-meeting"

#include "config.h"

#include "pln-model-private.h"
#include "pln-agenda-item.h"
#include "pln-placement.h"
#include "pln-sitting.h"
#include "pln-registration.h"
#include "pln-recommendation.h"
#include "pln-export-record.h"
#include "pln-meeting-private.h"

/* The agenda of a meeting: its items, their numbering, and one flattened
 * view of items and sub-items for the places that walk the whole tree. */

/**
 * pln_meeting_get_agenda:
 *
 * Returns: (transfer none): the top-level agenda items, a list of #PlnAgendaItem
 */
GListModel *
pln_meeting_get_agenda (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->agenda);
}

void
pln_meeting_append_agenda_item (PlnMeeting *self,
                                PlnAgendaItem *agenda_item)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_meeting_insert_agenda_item (self, G_MAXUINT, agenda_item);
}

void
pln_meeting_insert_agenda_item (PlnMeeting *self,
                                guint          position,
                                PlnAgendaItem *agenda_item)
{
  g_return_if_fail (PLN_IS_MEETING (self));

  pln_object_list_insert (self->agenda, position, agenda_item);
}

/**
 * pln_meeting_remove_agenda_item:
 *
 * Returns: the position @agenda_item had, for undo, or -1 if it was not there
 */
int
pln_meeting_remove_agenda_item (PlnMeeting *self,
                                PlnAgendaItem *agenda_item)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);

  return pln_object_list_remove (self->agenda, agenda_item);
}

gboolean
pln_meeting_move_agenda_item (PlnMeeting *self,
                              PlnAgendaItem *agenda_item,
                              guint          position)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), FALSE);

  return pln_object_list_move (self->agenda, agenda_item, position);
}

static void
add_items (GPtrArray  *items,
           GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (list, i);

      g_ptr_array_add (items, item);
      add_items (items, pln_agenda_item_get_sub_items (item));
    }
}

/**
 * pln_meeting_dup_agenda_items:
 *
 * The agenda flattened: each item followed by its sub-items, in the order
 * of the agenda, for what walks all of them.
 *
 * Returns: (transfer container) (element-type PlnAgendaItem): the items,
 *   which the meeting's agenda keeps alive
 */
GPtrArray *
pln_meeting_dup_agenda_items (PlnMeeting *self)
{
  GPtrArray *items;

  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  items = g_ptr_array_new ();
  add_items (items, G_LIST_MODEL (self->agenda));
  return items;
}

/**
 * pln_meeting_find_agenda_item:
 *
 * Returns: (transfer none) (nullable): the item or sub-item with @id
 */
PlnAgendaItem *
pln_meeting_find_agenda_item (PlnMeeting *self,
                              const char *id)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  if (id == NULL)
    return NULL;

  items = pln_meeting_dup_agenda_items (self);
  for (guint i = 0; i < items->len; i++)
    {
      if (g_strcmp0 (pln_agenda_item_get_id (items->pdata[i]), id) == 0)
        return items->pdata[i];
    }

  return NULL;
}

/**
 * pln_meeting_renumber_agenda:
 *
 * Numbers the items 1, 2, 3 … in their order and letters their sub-items,
 * so the numbering stays consistent after a move or a removal.
 */
void
pln_meeting_renumber_agenda (PlnMeeting *self)
{
  guint n;

  g_return_if_fail (PLN_IS_MEETING (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      pln_agenda_item_set_number (item, number);
      pln_agenda_item_renumber_sub_items (item);
    }
}
