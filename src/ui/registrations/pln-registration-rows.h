/* pln-registration-rows.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_REGISTRATION_SLOT (pln_registration_slot_get_type ())

G_DECLARE_FINAL_TYPE (PlnRegistrationSlot, pln_registration_slot, PLN, REGISTRATION_SLOT, GObject)

PlnRegistration *pln_registration_slot_get_registration (PlnRegistrationSlot *self);

#define PLN_TYPE_REGISTRATION_ROWS (pln_registration_rows_get_type ())

G_DECLARE_FINAL_TYPE (PlnRegistrationRows, pln_registration_rows, PLN, REGISTRATION_ROWS, GObject)

PlnRegistrationRows *pln_registration_rows_new              (void);
void                 pln_registration_rows_set_source       (PlnRegistrationRows *self,
                                                             GListModel          *registrations);
/**
 * PlnRowKey:
 * @text: (nullable): what the row is sorted by, compared byte by byte, or
 *   %NULL to sort by @number
 * @length: the bytes of @text
 * @number: what the row is sorted by when @text is %NULL
 *
 * Filled by a #PlnRowKeyFunc once per registration and sort.
 */
typedef struct
{
  const char *text;
  gsize       length;
  int         number;
  /* < private > */
  gpointer    item;
  guint       index;
} PlnRowKey;

typedef void (*PlnRowKeyFunc) (PlnRegistration *registration,
                               PlnRowKey       *key,
                               gpointer         user_data);

void                 pln_registration_rows_set_sort_key     (PlnRegistrationRows *self,
                                                             PlnRowKeyFunc        func,
                                                             gboolean             descending,
                                                             gpointer             user_data);
void                 pln_registration_rows_set_filter       (PlnRegistrationRows *self,
                                                             GtkFilter           *filter);
void                 pln_registration_rows_set_selection    (PlnRegistrationRows *self,
                                                             GtkSelectionModel   *selection);
void                 pln_registration_rows_refresh          (PlnRegistrationRows *self);
GListModel          *pln_registration_rows_get_shown        (PlnRegistrationRows *self);
PlnRegistration     *pln_registration_rows_get_registration (PlnRegistrationRows *self,
                                                             guint                position);
void                 pln_registration_rows_set_step         (PlnRegistrationRows *self,
                                                             guint                step);
void                 pln_registration_rows_set_view         (PlnRegistrationRows *self,
                                                             guint                position);
guint                pln_registration_rows_get_pending      (PlnRegistrationRows *self);
void                 pln_registration_rows_add_pending      (PlnRegistrationRows *self);

G_END_DECLS
