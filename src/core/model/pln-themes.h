/* pln-themes.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-types.h"

G_BEGIN_DECLS

void        pln_workspace_insert_theme      (PlnWorkspace  *self,
                                             guint          position,
                                             PlnTheme      *theme);
int         pln_workspace_remove_theme      (PlnWorkspace  *self,
                                             PlnTheme      *theme);
PlnTheme   *pln_workspace_find_theme        (PlnWorkspace  *self,
                                             const char    *id);
PlnTheme   *pln_workspace_find_theme_titled (PlnWorkspace  *self,
                                             const char    *title);
char       *pln_workspace_dup_theme_path    (PlnWorkspace  *self,
                                             PlnTheme      *theme,
                                             const char    *separator);
GHashTable *pln_workspace_dup_theme_subtree (PlnWorkspace  *self,
                                             PlnTheme      *theme);
GPtrArray  *pln_workspace_dup_themes_in_order (PlnWorkspace *self);
guint       pln_workspace_get_theme_depth   (PlnWorkspace  *self,
                                             PlnTheme      *theme);

void        pln_workspace_insert_resolution (PlnWorkspace  *self,
                                             guint          position,
                                             PlnResolution *resolution);
int         pln_workspace_remove_resolution (PlnWorkspace  *self,
                                             PlnResolution *resolution);

char      **pln_themes_add                  (const char * const *themes,
                                             const char         *id);
char      **pln_themes_remove               (const char * const *themes,
                                             const char         *id);

gboolean    pln_workspace_check_theme_links (PlnWorkspace  *workspace,
                                             GError       **error);

G_END_DECLS
