/* pln-delegation-completion.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-core.h"

G_BEGIN_DECLS

GtkEntryCompletion *pln_delegation_completion_new         (void);
void                pln_delegation_completion_set_meeting (GtkEntryCompletion *completion,
                                                           PlnMeeting         *meeting);

G_END_DECLS
