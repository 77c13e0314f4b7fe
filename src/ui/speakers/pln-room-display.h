/* pln-room-display.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-context.h"

G_BEGIN_DECLS

void        pln_room_display_present            (GtkWidget  *parent,
                                                 PlnContext *context,
                                                 PlnMeeting *meeting,
                                                 PlnSitting *sitting);
GtkWindow  *pln_room_display_get_window         (void);
const char *pln_room_display_get_speaker_text   (GtkWindow  *window);
const char *pln_room_display_get_countdown_text (GtkWindow  *window);
const char *pln_room_display_get_budget_text    (GtkWindow  *window);

G_END_DECLS
