/* pln-registration-import-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-registration-import.h"

G_BEGIN_DECLS

PlnImportField _pln_registration_import_guess_field  (const char     *header);
int            _pln_registration_import_match_choice (PlnImportField  field,
                                                      const char     *folded);

G_END_DECLS
