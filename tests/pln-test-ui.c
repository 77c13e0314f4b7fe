/* pln-test-ui.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the interface tests share: finding a widget in a window, drawing
 * a window into a PNG to look at. */

#include "config.h"

#include "pln-test-ui.h"

/**
 * pln_test_find_descendant:
 *
 * Returns: (transfer none) (nullable): @widget or the first widget of
 *   @type under it, depth first
 */
GtkWidget *
pln_test_find_descendant (GtkWidget *widget,
                          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pln_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * pln_test_save_png:
 * @window: a mapped window
 * @path: where the PNG goes
 *
 * Draws @window as it is on screen into @path.
 */
void
pln_test_save_png (GtkWidget  *window,
                   const char *path)
{
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
