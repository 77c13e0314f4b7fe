/* pln-themes.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-themes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-error.h"
#include "pln-model-private.h"
#include "pln-theme.h"
#include "pln-resolution.h"
#include "pln-meeting.h"
#include "pln-recommendation.h"
#include "pln-workspace.h"
#include "pln-themes.h"

/* The workspace's thematic index as a tree: themes with an optional
 * parent ("International cooperation › Mutual legal assistance"), in the
 * order of the list under each parent. A parent that is missing, or a
 * loop made by hand in a file, leaves a theme at the top rather than
 * losing it. */

/* Deeper than any index a secretariat keeps; stops a loop of parents. */
#define MAX_DEPTH 16

void
pln_workspace_insert_theme (PlnWorkspace *self,
                            guint         position,
                            PlnTheme     *theme)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_THEME (theme));

  pln_object_list_insert (G_LIST_STORE (pln_workspace_get_themes (self)), position, theme);
}

/**
 * pln_workspace_remove_theme:
 *
 * Returns: the position @theme had, for undo, or -1 if it was not there
 */
int
pln_workspace_remove_theme (PlnWorkspace *self,
                            PlnTheme     *theme)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), -1);

  return pln_object_list_remove (G_LIST_STORE (pln_workspace_get_themes (self)), theme);
}

/**
 * pln_workspace_find_theme:
 *
 * Returns: (transfer none) (nullable): the theme with @id
 */
PlnTheme *
pln_workspace_find_theme (PlnWorkspace *self,
                          const char   *id)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return id != NULL ? pln_object_list_find (pln_workspace_get_themes (self), id) : NULL;
}

/**
 * pln_workspace_find_theme_titled:
 *
 * Returns: (transfer none) (nullable): the theme whose title or path
 *   ("Cooperation › Extradition", or with "/" between) is @title, ignoring
 *   case and accents
 */
PlnTheme *
pln_workspace_find_theme_titled (PlnWorkspace *self,
                                 const char   *title)
{
  GListModel *themes = pln_workspace_get_themes (self);
  g_autofree char *wanted = pln_search_fold (title);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(PlnTheme) theme = g_list_model_get_item (themes, i);
      g_autofree char *own = pln_search_fold (pln_theme_get_title (theme) ?: "");
      g_autofree char *path = pln_workspace_dup_theme_path (self, theme, "/");
      g_autofree char *folded_path = pln_search_fold (path);
      g_autofree char *pretty = pln_workspace_dup_theme_path (self, theme, " › ");
      g_autofree char *folded_pretty = pln_search_fold (pretty);

      if (g_str_equal (own, wanted) || g_str_equal (folded_path, wanted) || g_str_equal (folded_pretty, wanted))
        return theme;
    }

  return NULL;
}

/* The parent of @theme, or NULL at the top (or for a missing one). */
static PlnTheme *
parent_of (PlnWorkspace *self,
           PlnTheme     *theme)
{
  return pln_workspace_find_theme (self, pln_theme_get_parent (theme));
}

/**
 * pln_workspace_get_theme_depth:
 *
 * Returns: 0 for a theme at the top, 1 for one under it, …
 */
guint
pln_workspace_get_theme_depth (PlnWorkspace *self,
                               PlnTheme     *theme)
{
  guint depth = 0;

  for (PlnTheme *up = parent_of (self, theme); up != NULL && depth < MAX_DEPTH; up = parent_of (self, up))
    depth++;

  return depth;
}

/**
 * pln_workspace_dup_theme_path:
 * @separator: what goes between a parent and a child (" › ")
 *
 * Returns: (transfer full): the titles from the top down to @theme
 */
char *
pln_workspace_dup_theme_path (PlnWorkspace *self,
                              PlnTheme     *theme,
                              const char   *separator)
{
  GPtrArray *titles = g_ptr_array_new ();
  g_autoptr(GString) path = g_string_new (NULL);

  for (PlnTheme *up = theme; up != NULL && titles->len < MAX_DEPTH; up = parent_of (self, up))
    g_ptr_array_add (titles, (gpointer) (pln_theme_get_title (up) ?: ""));

  for (guint i = titles->len; i > 0; i--)
    {
      if (i < titles->len)
        g_string_append (path, separator);
      g_string_append (path, titles->pdata[i - 1]);
    }

  g_ptr_array_unref (titles);
  return g_string_free (g_steal_pointer (&path), FALSE);
}

/* Whether @theme is @ancestor or under it. */
static gboolean
is_within (PlnWorkspace *self,
           PlnTheme     *theme,
           PlnTheme     *ancestor)
{
  guint depth = 0;

  for (PlnTheme *up = theme; up != NULL && depth++ < MAX_DEPTH; up = parent_of (self, up))
    if (up == ancestor)
      return TRUE;

  return FALSE;
}

/**
 * pln_workspace_dup_theme_subtree:
 *
 * Returns: (transfer full): the ids of @theme and of every theme under
 *   it, a set: a search by a theme finds what is filed under its children
 */
GHashTable *
pln_workspace_dup_theme_subtree (PlnWorkspace *self,
                                 PlnTheme     *theme)
{
  GListModel *themes = pln_workspace_get_themes (self);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(PlnTheme) other = g_list_model_get_item (themes, i);

      if (is_within (self, other, theme))
        g_hash_table_add (ids, g_strdup (pln_theme_get_id (other)));
    }

  return ids;
}

static void
add_children (PlnWorkspace *self,
              PlnTheme     *parent,
              GPtrArray    *order,
              guint         depth)
{
  GListModel *themes = pln_workspace_get_themes (self);

  for (guint i = 0; i < g_list_model_get_n_items (themes) && depth < MAX_DEPTH; i++)
    {
      g_autoptr(PlnTheme) theme = g_list_model_get_item (themes, i);

      if (parent_of (self, theme) == parent && !g_ptr_array_find (order, theme, NULL))
        {
          g_ptr_array_add (order, g_object_ref (theme));
          add_children (self, theme, order, depth + 1);
        }
    }
}

/**
 * pln_workspace_dup_themes_in_order:
 *
 * Returns: (transfer full) (element-type PlnTheme): the themes as the
 *   index lists them: each followed by its children
 */
GPtrArray *
pln_workspace_dup_themes_in_order (PlnWorkspace *self)
{
  GListModel *themes = pln_workspace_get_themes (self);
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PLN_IS_WORKSPACE (self), order);

  add_children (self, NULL, order, 0);

  /* Themes in a loop of parents have no way down from the top. */
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(PlnTheme) theme = g_list_model_get_item (themes, i);

      if (!g_ptr_array_find (order, theme, NULL))
        g_ptr_array_add (order, g_object_ref (theme));
    }

  return order;
}

void
pln_workspace_insert_resolution (PlnWorkspace  *self,
                                 guint          position,
                                 PlnResolution *resolution)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_RESOLUTION (resolution));

  pln_object_list_insert (G_LIST_STORE (pln_workspace_get_resolutions (self)), position, resolution);
}

/**
 * pln_workspace_remove_resolution:
 *
 * Returns: the position @resolution had, for undo, or -1 if it was not there
 */
int
pln_workspace_remove_resolution (PlnWorkspace  *self,
                                 PlnResolution *resolution)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), -1);

  return pln_object_list_remove (G_LIST_STORE (pln_workspace_get_resolutions (self)), resolution);
}

/**
 * pln_themes_add:
 * @themes: (nullable): ids of themes
 *
 * Returns: (transfer full): @themes with @id at the end, once
 */
char **
pln_themes_add (const char * const *themes,
                const char         *id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (themes != NULL)
    g_strv_builder_addv (builder, (const char **) themes);
  if (themes == NULL || !g_strv_contains (themes, id))
    g_strv_builder_add (builder, id);

  return g_strv_builder_end (builder);
}

/**
 * pln_themes_remove:
 * @themes: (nullable): ids of themes
 *
 * Returns: (transfer full): @themes without @id
 */
char **
pln_themes_remove (const char * const *themes,
                   const char         *id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    if (!g_str_equal (themes[i], id))
      g_strv_builder_add (builder, themes[i]);

  return g_strv_builder_end (builder);
}

/* ------------------------------------------------------------ reading */

/* The themes of a recommendation or resolution, and the parent of a
 * theme, are ids of the workspace's themes. */
static gboolean
check_theme_ids (GHashTable         *theme_ids,
                 const char * const *ids,
                 const char         *where,
                 GError            **error)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (!g_hash_table_contains (theme_ids, ids[i]))
      {
        g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("At %s: no theme has the id “%s”"), where, ids[i]);
        return FALSE;
      }

  return TRUE;
}

/**
 * pln_workspace_check_theme_links:
 *
 * Checks, after a workspace is read, that the themes of recommendations
 * and resolutions and the parents of themes are themes of the workspace.
 *
 * Returns: %FALSE with @error naming where a theme id is unknown
 */
gboolean
pln_workspace_check_theme_links (PlnWorkspace  *workspace,
                                 GError       **error)
{
  GListModel *themes = pln_workspace_get_themes (workspace);
  GListModel *resolutions = pln_workspace_get_resolutions (workspace);
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(PlnTheme) theme = g_list_model_get_item (themes, i);

      g_hash_table_add (ids, (gpointer) pln_theme_get_id (theme));
    }

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(PlnTheme) theme = g_list_model_get_item (themes, i);
      const char *parent[] = { pln_theme_get_parent (theme), NULL };
      g_autofree char *where = g_strdup_printf ("themes[%u].parent", i);

      if (!check_theme_ids (ids, parent, where, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(PlnResolution) resolution = g_list_model_get_item (resolutions, i);
      g_autofree char *where = g_strdup_printf ("resolutions[%u].themes", i);

      if (!check_theme_ids (ids, pln_resolution_get_themes (resolution), where, error))
        return FALSE;
    }

  for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, m);
      GListModel *recommendations = pln_meeting_get_recommendations (meeting);

      for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
        {
          g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);
          const char * const *rec_themes = pln_recommendation_get_themes (rec);
          g_autofree char *where = NULL;

          if (rec_themes == NULL)
            continue;
          where = g_strdup_printf ("meetings[%u].recommendations[%u].themes", m, i);
          if (!check_theme_ids (ids, rec_themes, where, error))
            return FALSE;
        }
    }

  return TRUE;
}
