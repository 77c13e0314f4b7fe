/* pln-demo.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-types.h"

G_BEGIN_DECLS

PlnWorkspace *pln_demo_new_workspace (void);

G_END_DECLS
