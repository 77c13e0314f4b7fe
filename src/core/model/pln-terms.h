/* pln-terms.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *pln_terms_body_name    (const char *name);
char       *pln_terms_sitting_name (const char *name);

G_END_DECLS
