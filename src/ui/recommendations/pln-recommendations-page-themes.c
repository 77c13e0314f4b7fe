/* pln-recommendations-page-themes.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-recommendations-page-private.h"

/* A recommendation filed under a theme of the thematic index, or taken
 * out of it, from its row's menu of themes; Ctrl+Z gives it back the
 * themes it had. */

typedef struct
{
  PlnRecommendation *rec;
  char             **themes;
} Themes;

static void
themes_free (gpointer data)
{
  Themes *themes = data;

  g_object_unref (themes->rec);
  g_strfreev (themes->themes);
  g_free (themes);
}

static void
undo_themes (gpointer data)
{
  Themes *themes = data;

  pln_recommendation_set_themes (themes->rec, (const char * const *) themes->themes);
}

/* "(ssb)": the recommendation's id, the theme's, and whether it is to be
 * filed under it. */
static void
set_theme_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlnRecommendationsPage *self = PLN_RECOMMENDATIONS_PAGE (widget);
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  const char *rec_id, *theme_id;
  const char * const *had;
  g_auto(GStrv) now = NULL;
  PlnRecommendation *rec;
  gboolean filed;
  Themes *undo;

  g_variant_get (parameter, "(&s&sb)", &rec_id, &theme_id, &filed);
  rec = pln_recommendations_page_find (self, rec_id);
  if (rec == NULL)
    return;

  had = pln_recommendation_get_themes (rec);
  if (filed == (had != NULL && g_strv_contains (had, theme_id)))
    return;

  undo = g_new0 (Themes, 1);
  undo->rec = g_object_ref (rec);
  undo->themes = g_strdupv ((char **) had);
  now = filed ? pln_themes_add (had, theme_id) : pln_themes_remove (had, theme_id);
  pln_recommendation_set_themes (rec, (const char * const *) now);

  if (context != NULL)
    pln_context_push_undo (context, undo_themes, undo, themes_free);
  else
    themes_free (undo);
}

void
pln_recommendations_page_class_init_themes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "recommendations.set-theme", "(ssb)", set_theme_action);
}
