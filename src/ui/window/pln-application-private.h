/* pln-application-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-application.h"

G_BEGIN_DECLS

void _pln_application_probe_run (PlnApplication *self,
                                 GtkWindow      *window);

G_END_DECLS
