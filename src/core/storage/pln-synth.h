/* pln-synth.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-types.h"

G_BEGIN_DECLS

PlnWorkspace *pln_synth_workspace   (guint       years,
                                     guint32     seed);
GString      *pln_synth_agenda_text (const char *agenda,
                                     gsize       size);

G_END_DECLS
