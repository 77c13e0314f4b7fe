/* pln-model-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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

void     pln_agenda_item_set_parent (PlnAgendaItem *self,
                                     PlnAgendaItem *parent);

G_END_DECLS
