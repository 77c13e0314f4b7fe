/* pln-sitting.h
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

#define PLN_TYPE_SITTING (pln_sitting_get_type ())

G_DECLARE_FINAL_TYPE (PlnSitting, pln_sitting, PLN, SITTING, PlnObject)

PlnSitting  *pln_sitting_new              (void);
const char  *pln_sitting_get_id           (PlnSitting *self);
const char  *pln_sitting_get_name         (PlnSitting *self);
char        *pln_sitting_dup_display_name (PlnSitting *self);
void         pln_sitting_set_name         (PlnSitting *self,
                                           const char *name);
const GDate *pln_sitting_get_date         (PlnSitting *self);
void         pln_sitting_set_date         (PlnSitting  *self,
                                           const GDate *date);
int          pln_sitting_get_start        (PlnSitting *self);
void         pln_sitting_set_start        (PlnSitting *self,
                                           int         start);
int          pln_sitting_get_end          (PlnSitting *self);
void         pln_sitting_set_end          (PlnSitting *self,
                                           int         end);
GListModel  *pln_sitting_get_placements   (PlnSitting *self);
void         pln_sitting_append_placement (PlnSitting   *self,
                                           PlnPlacement *placement);
void         pln_sitting_insert_placement (PlnSitting   *self,
                                           guint         position,
                                           PlnPlacement *placement);
int          pln_sitting_remove_placement (PlnSitting   *self,
                                           PlnPlacement *placement);
gboolean     pln_sitting_move_placement   (PlnSitting   *self,
                                           PlnPlacement *placement,
                                           guint         position);
GListModel  *pln_sitting_get_speakers     (PlnSitting   *self);
void         pln_sitting_insert_speaker   (PlnSitting   *self,
                                           guint         position,
                                           PlnSpeaker   *speaker);
int          pln_sitting_remove_speaker   (PlnSitting   *self,
                                           PlnSpeaker   *speaker);
gboolean     pln_sitting_move_speaker     (PlnSitting   *self,
                                           PlnSpeaker   *speaker,
                                           guint         position);
GDateTime   *pln_sitting_dup_start_date_time (PlnSitting *self,
                                             GTimeZone  *tz);
GDateTime   *pln_sitting_dup_end_date_time   (PlnSitting *self,
                                             GTimeZone  *tz);

G_END_DECLS
