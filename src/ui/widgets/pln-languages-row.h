/* pln-languages-row.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_LANGUAGES_ROW (pln_languages_row_get_type ())

G_DECLARE_FINAL_TYPE (PlnLanguagesRow, pln_languages_row, PLN, LANGUAGES_ROW, AdwExpanderRow)

GtkWidget    *pln_languages_row_new           (void);
PlnLanguages  pln_languages_row_get_languages (PlnLanguagesRow *self);
void          pln_languages_row_set_languages (PlnLanguagesRow *self,
                                               PlnLanguages     languages);

G_END_DECLS
