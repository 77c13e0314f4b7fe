/* pln-i18n.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    pln_running_from_build_tree (void);
void        pln_i18n_init               (void);

G_END_DECLS
