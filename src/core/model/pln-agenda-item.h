/* pln-agenda-item.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-object.h"
#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_TYPE_AGENDA_ITEM (pln_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (PlnAgendaItem, pln_agenda_item, PLN, AGENDA_ITEM, PlnObject)

PlnAgendaItem *pln_agenda_item_new             (void);
const char    *pln_agenda_item_get_id          (PlnAgendaItem *self);
const char    *pln_agenda_item_get_number      (PlnAgendaItem *self);
void           pln_agenda_item_set_number      (PlnAgendaItem *self,
                                                const char    *number);
const char    *pln_agenda_item_get_title       (PlnAgendaItem *self);
void           pln_agenda_item_set_title       (PlnAgendaItem *self,
                                                const char    *title);
const char    *pln_agenda_item_get_annotation  (PlnAgendaItem *self);
void           pln_agenda_item_set_annotation  (PlnAgendaItem *self,
                                                const char    *annotation);
const char    *pln_agenda_item_get_notes       (PlnAgendaItem *self);
void           pln_agenda_item_set_notes       (PlnAgendaItem *self,
                                                const char    *notes);
const char    *pln_agenda_item_get_summary     (PlnAgendaItem *self);
void           pln_agenda_item_set_summary     (PlnAgendaItem *self,
                                                const char    *summary);
PlnAgendaItem *pln_agenda_item_get_parent      (PlnAgendaItem *self);
GListModel    *pln_agenda_item_get_sub_items   (PlnAgendaItem *self);
void           pln_agenda_item_append_sub_item (PlnAgendaItem *self,
                                                PlnAgendaItem *sub_item);
void           pln_agenda_item_insert_sub_item (PlnAgendaItem *self,
                                                guint          position,
                                                PlnAgendaItem *sub_item);
int            pln_agenda_item_remove_sub_item (PlnAgendaItem *self,
                                                PlnAgendaItem *sub_item);
gboolean       pln_agenda_item_move_sub_item   (PlnAgendaItem *self,
                                                PlnAgendaItem *sub_item,
                                                guint          position);
GListModel    *pln_agenda_item_get_footnotes   (PlnAgendaItem *self);
void           pln_agenda_item_insert_footnote (PlnAgendaItem *self,
                                                guint          position,
                                                PlnFootnote   *footnote);
int            pln_agenda_item_remove_footnote (PlnAgendaItem *self,
                                                PlnFootnote   *footnote);
GListModel    *pln_agenda_item_get_documents   (PlnAgendaItem *self);
void           pln_agenda_item_append_document (PlnAgendaItem  *self,
                                                PlnDocumentRef *document);
void           pln_agenda_item_insert_document (PlnAgendaItem  *self,
                                                guint           position,
                                                PlnDocumentRef *document);
int            pln_agenda_item_remove_document (PlnAgendaItem  *self,
                                                PlnDocumentRef *document);
gboolean       pln_agenda_item_move_document   (PlnAgendaItem  *self,
                                                PlnDocumentRef *document,
                                                guint           position);
gboolean       pln_agenda_item_is_sub_item        (PlnAgendaItem *self);
char          *pln_agenda_item_dup_label          (PlnAgendaItem *self);
void           pln_agenda_item_renumber_sub_items (PlnAgendaItem *self);

G_END_DECLS
