/* pln-theme.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-theme"

#include "config.h"

#include "pln-model-private.h"
#include "pln-theme.h"

/* A heading of the workspace's thematic index ("Mutual legal
 * assistance"), under an optional parent theme ("International
 * cooperation"). Recommendations and the Conference's resolutions and
 * decisions carry the ids of their themes; the tree and the lookups are
 * in pln-themes.c. */

struct _PlnTheme
{
  PlnObject parent_instance;

  char *title;
  char *parent;
};

G_DEFINE_FINAL_TYPE (PlnTheme, pln_theme, PLN_TYPE_OBJECT)

enum {
  FIELD_TITLE,
  FIELD_PARENT,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md).
 * The parent is an id, checked when a file is read, like a
 * recommendation's merged-into. */
static const PlnField fields[N_FIELDS] = {
  [FIELD_TITLE] = { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnTheme, title) },
  [FIELD_PARENT] = { "parent", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnTheme, parent) },
};

static void
pln_theme_class_init (PlnThemeClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_theme_init (PlnTheme *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

PlnTheme *
pln_theme_new (const char *title)
{
  PlnTheme *self = g_object_new (PLN_TYPE_THEME, NULL);

  pln_theme_set_title (self, title);
  return self;
}

const char *
pln_theme_get_id (PlnTheme *self)
{
  g_return_val_if_fail (PLN_IS_THEME (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

const char *
pln_theme_get_title (PlnTheme *self)
{
  g_return_val_if_fail (PLN_IS_THEME (self), NULL);

  return self->title;
}

void
pln_theme_set_title (PlnTheme   *self,
                     const char *title)
{
  g_return_if_fail (PLN_IS_THEME (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_TITLE, title);
}

/**
 * pln_theme_get_parent:
 *
 * Returns: (nullable): the id of the theme this one is under
 */
const char *
pln_theme_get_parent (PlnTheme *self)
{
  g_return_val_if_fail (PLN_IS_THEME (self), NULL);

  return self->parent;
}

void
pln_theme_set_parent (PlnTheme   *self,
                      const char *parent)
{
  g_return_if_fail (PLN_IS_THEME (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_PARENT, parent);
}
