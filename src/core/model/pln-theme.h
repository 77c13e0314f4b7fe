/* pln-theme.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-object.h"
#include "pln-types.h"

G_BEGIN_DECLS

#define PLN_TYPE_THEME (pln_theme_get_type ())

G_DECLARE_FINAL_TYPE (PlnTheme, pln_theme, PLN, THEME, PlnObject)

PlnTheme   *pln_theme_new        (const char *title);
const char *pln_theme_get_id     (PlnTheme   *self);
const char *pln_theme_get_title  (PlnTheme   *self);
void        pln_theme_set_title  (PlnTheme   *self,
                                  const char *title);
const char *pln_theme_get_parent (PlnTheme   *self);
void        pln_theme_set_parent (PlnTheme   *self,
                                  const char *parent);

G_END_DECLS
