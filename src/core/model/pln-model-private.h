/* pln-model-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

/* Setters of the model notify only on change: these helpers store a new
 * value and say whether it differed. */
gboolean pln_set_string     (char       **field,
                             const char  *value);
gboolean pln_set_date       (GDate       *field,
                             const GDate *value);
gboolean pln_set_date_time  (GDateTime  **field,
                             GDateTime   *value);
void     pln_set_id         (char       **field,
                             const char  *value);

/* How the workspace file stores each field of a class: pln-json.c reads
 * and writes the instance structs through these tables, which is several
 * times faster than going through GValues and property notifications for
 * the tens of thousands of objects of a large workspace. Every class
 * starts with its "id"; lists are GListStores of the given item type. */
typedef enum
{
  PLN_FIELD_STRING,
  PLN_FIELD_INT,
  PLN_FIELD_UINT,
  PLN_FIELD_BOOL,
  PLN_FIELD_ENUM,
  PLN_FIELD_FLAGS,
  PLN_FIELD_DATE,
  PLN_FIELD_DATE_TIME,
  PLN_FIELD_OBJECT,
  PLN_FIELD_LIST,
} PlnFieldKind;

typedef struct
{
  const char   *member;
  PlnFieldKind  kind;
  gsize         offset;
  GType       (*type_func) (void);
  int           min;
  int           max;
} PlnFieldInfo;

extern const PlnFieldInfo pln_document_ref_fields[];
extern const PlnFieldInfo pln_working_group_fields[];
extern const PlnFieldInfo pln_registration_fields[];
extern const PlnFieldInfo pln_recommendation_fields[];
extern const PlnFieldInfo pln_placement_fields[];
extern const PlnFieldInfo pln_sitting_fields[];
extern const PlnFieldInfo pln_agenda_item_fields[];
extern const PlnFieldInfo pln_meeting_fields[];
extern const PlnFieldInfo pln_workspace_fields[];
extern const PlnFieldInfo pln_export_record_fields[];


const PlnFieldInfo *pln_model_get_fields (GType type);

char    *pln_model_new_id           (void);
void     pln_model_set_loading      (gboolean       loading);
void     pln_model_notify           (GObject       *object,
                                     GParamSpec    *pspec);
void     pln_model_set_workspace    (GObject       *object,
                                     PlnWorkspace  *workspace);
void     pln_workspace_emit_changed (PlnWorkspace  *self);
PlnWorkspace *pln_model_get_workspace (GObject   *object);

int      pln_list_store_remove_item (GListStore    *store,
                                     gpointer       item);
gboolean pln_list_store_move_item   (GListStore    *store,
                                     gpointer       item,
                                     guint          position);

void     pln_agenda_item_set_parent (PlnAgendaItem *self,
                                     PlnAgendaItem *parent);

G_END_DECLS
