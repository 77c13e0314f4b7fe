/* pln-notes-group.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-context.h"

G_BEGIN_DECLS

#define PLN_TYPE_NOTES_GROUP (pln_notes_group_get_type ())

G_DECLARE_FINAL_TYPE (PlnNotesGroup, pln_notes_group, PLN, NOTES_GROUP, AdwPreferencesGroup)

void         pln_notes_group_set_target (PlnNotesGroup *self,
                                         const char    *meeting_id,
                                         const char    *item_id);
void         pln_notes_group_flush      (PlnNotesGroup *self);
GtkTextView *pln_notes_group_get_view   (PlnNotesGroup *self);

G_END_DECLS
