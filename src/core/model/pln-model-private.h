/* pln-model-private.h
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

/* Setters of the model notify only on change: these helpers store a new
 * value and say whether it differed. */
gboolean pln_set_string     (char       **field,
                             const char  *value);
gboolean pln_set_date       (GDate       *field,
                             const GDate *value);
gboolean pln_set_date_time  (GDateTime  **field,
                             GDateTime   *value);

/* The size of a field table, for pln_object_class_install_fields(). */
#define PLN_N_FIELDS(fields) G_N_ELEMENTS (fields)

char    *pln_model_new_id           (void);
void     pln_model_set_loading      (gboolean       loading);
void     pln_model_set_id_source    (GRand         *rand);

void     pln_object_set_id          (PlnObject     *self,
                                     const char    *id);
void     pln_object_set_root        (PlnObject     *self,
                                     PlnObject     *root);
void     pln_object_set_revision_box (PlnObject    *self,
                                      guint        *revision);
guint   *pln_object_get_revision_box (PlnObject    *self);
void     pln_object_bump_revision   (guint         *revision);
gboolean pln_object_is_unsaved      (PlnObject     *self);
void     pln_object_init_changed    (PlnObject     *self,
                                     const char    *by,
                                     GDateTime     *at);

/* The workspace file's writing (pln-object-json.c), for pln-json.c. */
void     pln_json_write_string         (GString       *out,
                                        const char    *text);
void     pln_json_write_date_time      (GString       *out,
                                        GDateTime     *dt);
void     pln_object_write_json         (PlnObject     *object,
                                        GString       *out,
                                        guint          depth);
void     pln_object_write_json_members (PlnObject     *object,
                                        GString       *out,
                                        guint          depth,
                                        gboolean       first);

/* Writes @item of a list at @depth into @out and returns TRUE, or leaves
 * it to be written as usual. */
typedef gboolean (*PlnJsonWriteItemFunc) (PlnObject *item,
                                          GString   *out,
                                          guint      depth,
                                          gpointer   user_data);

void     pln_object_write_json_members_full (PlnObject           *object,
                                             GString             *out,
                                             guint                depth,
                                             gboolean             first,
                                             PlnJsonWriteItemFunc write_item,
                                             gpointer             user_data);

void     pln_agenda_item_set_parent (PlnAgendaItem *self,
                                     PlnAgendaItem *parent);

G_END_DECLS
