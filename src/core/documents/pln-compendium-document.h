/* pln-compendium-document.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-document.h"
#include "pln-compendium.h"

G_BEGIN_DECLS

PlnDocument *pln_compendium_document_new (PlnCompendium             *compendium,
                                          const PlnCompendiumFilter *filter,
                                          const char                *query);

G_END_DECLS
