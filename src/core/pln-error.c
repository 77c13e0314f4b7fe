/* pln-error.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pln-error.h"

G_DEFINE_QUARK (pln-error-quark, pln_error)
