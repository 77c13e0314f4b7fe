/* pln-working-group.h
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

#define PLN_TYPE_WORKING_GROUP (pln_working_group_get_type ())

G_DECLARE_FINAL_TYPE (PlnWorkingGroup, pln_working_group, PLN, WORKING_GROUP, PlnObject)

PlnWorkingGroup *pln_working_group_new               (void);
const char      *pln_working_group_get_id            (PlnWorkingGroup *self);
const char      *pln_working_group_get_name          (PlnWorkingGroup *self);
void             pln_working_group_set_name          (PlnWorkingGroup *self,
                                                      const char      *name);
const char      *pln_working_group_get_display_name  (PlnWorkingGroup *self);
const char      *pln_working_group_get_short_name    (PlnWorkingGroup *self);
void             pln_working_group_set_short_name    (PlnWorkingGroup *self,
                                                      const char      *short_name);
const char      *pln_working_group_get_symbol_series (PlnWorkingGroup *self);
void             pln_working_group_set_symbol_series (PlnWorkingGroup *self,
                                                      const char      *symbol_series);
const char      *pln_working_group_get_parent_body   (PlnWorkingGroup *self);
void             pln_working_group_set_parent_body   (PlnWorkingGroup *self,
                                                      const char      *parent_body);
const char      *pln_working_group_get_mandate       (PlnWorkingGroup *self);
void             pln_working_group_set_mandate       (PlnWorkingGroup *self,
                                                      const char      *mandate);
const char      *pln_working_group_get_color         (PlnWorkingGroup *self);
void             pln_working_group_set_color         (PlnWorkingGroup *self,
                                                      const char      *color);

G_END_DECLS
