/* pln-test-ui.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the interface tests share: setting GTK up, finding a widget in a
 * window or a window among the toplevels, waiting until a window is shown
 * and drawn as it will stay, drawing a window into a PNG to look at. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "pln-page.h"
#include "pln-test-ui.h"
#include "pln-test-util.h"
#include "pln-ui-types.h"

typedef struct
{
  GtkWidget *widget;
  gboolean   painted;
} Drawn;

/**
 * pln_test_ui_init:
 *
 * Sets a test program of the interface up: a home of its own with the
 * demo as its default workspace, GTK and libadwaita, the types its
 * templates name. Without a display it exits,
 * reported as skipped.
 */
void
pln_test_ui_init (int    *argc,
                  char ***argv)
{
  if (!pln_test_has_display ())
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      exit (PLN_TEST_EXIT_SKIP);
    }

  pln_test_init_home ();
  pln_test_create_default_workspace ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  pln_ui_ensure_types ();
}

/**
 * pln_test_ui_init_language:
 *
 * With PLN_SCREENSHOT_DIR set, the interface speaks the language of the
 * environment, from the build tree's translations, for the pictures;
 * otherwise it stays in the English the tests look for.
 */
void
pln_test_ui_init_language (void)
{
  if (g_getenv ("PLN_SCREENSHOT_DIR") == NULL)
    return;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, PLN_BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * pln_test_find_widget:
 *
 * Returns: (transfer none) (nullable): @widget or the first widget under
 *   it, depth first, that @match takes
 */
GtkWidget *
pln_test_find_widget (GtkWidget          *widget,
                      PlnTestWidgetMatch  match,
                      gconstpointer       data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pln_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

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
  return pln_test_find_widget (widget, is_of_type, GSIZE_TO_POINTER (type));
}

/**
 * pln_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): the first toplevel window of @type
 */
GtkWindow *
pln_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static gboolean
no_toplevel (gpointer type)
{
  return pln_test_find_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

/**
 * pln_test_wait_no_window:
 *
 * Runs the main loop until no toplevel window of @type is left: a dialog
 * closed is gone once its response has been handled.
 *
 * Returns: whether that came within @timeout_ms
 */
gboolean
pln_test_wait_no_window (GType type,
                         guint timeout_ms)
{
  return pln_test_wait_until (no_toplevel, GSIZE_TO_POINTER (type), timeout_ms);
}

static gboolean
mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/**
 * pln_test_wait_mapped:
 * @widget: (type GtkWidget): a widget in a window that is shown or about
 *   to be
 *
 * Returns: whether @widget was mapped within @timeout_ms
 */
gboolean
pln_test_wait_mapped (gpointer widget,
                      guint    timeout_ms)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  return pln_test_wait_until (mapped, widget, timeout_ms);
}

/* Whether a page of @widget or under it is still sliding, fading or being
 * revealed: what is laid out then is not what stays. */
static gboolean
in_transition (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;
  if (ADW_IS_LEAFLET (widget) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (widget)))
    return TRUE;
  if (GTK_IS_REVEALER (widget) &&
      gtk_revealer_get_child_revealed (GTK_REVEALER (widget)) != gtk_revealer_get_reveal_child (GTK_REVEALER (widget)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (in_transition (child))
      return TRUE;

  return FALSE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  Drawn *drawn = user_data;

  drawn->painted = TRUE;
}

/* A frame painted counts only once nothing is left to do before it: no
 * source of the main context ready (the idle refreshes of the pages, the
 * window system's events) and no transition running. Until then another
 * frame is asked for, in case what is left to do asks for none. */
static gboolean
settled_and_painted (gpointer user_data)
{
  Drawn *drawn = user_data;
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (drawn->widget));

  if (g_main_context_pending (NULL) || in_transition (root))
    {
      drawn->painted = FALSE;
      gtk_widget_queue_draw (root);
      return FALSE;
    }

  return drawn->painted;
}

/**
 * pln_test_show_page:
 * @page: (type PlnPage): a page of a meeting
 *
 * Shows @page with @meeting, alone in a new window of @width × @height,
 * and waits until it is mapped.
 *
 * Returns: (transfer none): the window, to destroy with
 *   gtk_window_destroy()
 */
GtkWindow *
pln_test_show_page (gpointer    page,
                    PlnMeeting *meeting,
                    int         width,
                    int         height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, GTK_WIDGET (page));
  pln_page_set_meeting (PLN_PAGE (page), meeting);
  gtk_window_present (window);
  g_assert_true (pln_test_wait_mapped (page, 10000));

  return window;
}

static gboolean
painted (gpointer user_data)
{
  Drawn *drawn = user_data;

  return drawn->painted;
}

/* Runs the main loop until @widget is mapped and then until @until holds
 * of the frames painted from then on. */
static gboolean
wait_for_frame (GtkWidget        *widget,
                PlnTestCondition  until,
                guint             timeout_ms)
{
  Drawn drawn = { widget, FALSE };
  GdkFrameClock *clock;
  gboolean done;

  if (!pln_test_wait_mapped (widget, timeout_ms))
    return FALSE;

  /* A mapped widget is realized: its window has a frame clock. A frame
   * is asked for in case nothing is left to change. */
  clock = gtk_widget_get_frame_clock (widget);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &drawn);
  gtk_widget_queue_draw (GTK_WIDGET (gtk_widget_get_root (widget)));
  done = pln_test_wait_until (until, &drawn, timeout_ms);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, &drawn);

  return done;
}

/**
 * pln_test_wait_painted:
 * @widget: a widget in a window that is shown or about to be
 * @timeout_ms: how long to wait for each step, at most
 *
 * Runs the main loop until @widget is mapped and a frame of its window
 * has been painted since: the window is on screen.
 *
 * Returns: whether that came within the time
 */
gboolean
pln_test_wait_painted (GtkWidget *widget,
                       guint      timeout_ms)
{
  return wait_for_frame (widget, painted, timeout_ms);
}

/**
 * pln_test_wait_drawn:
 * @widget: a widget in a window that is shown or about to be
 * @timeout_ms: how long to wait for each step, at most
 *
 * Runs the main loop until @widget is mapped, what its last changes set
 * off has been done (idle refreshes, transitions) and a frame has been
 * painted after that: the widgets are then allocated as a person sees
 * them, to be measured or drawn into a PNG.
 *
 * Returns: whether that state came within the time
 */
gboolean
pln_test_wait_drawn (GtkWidget *widget,
                     guint      timeout_ms)
{
  return wait_for_frame (widget, settled_and_painted, timeout_ms);
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

/**
 * pln_test_save_screenshot:
 * @window: a mapped window, drawn as it should be seen
 * @format: printf() format of the PNG's file name
 *
 * With PLN_SCREENSHOT_DIR set, draws @window into the file named by
 * @format there, to look at; without, does nothing.
 */
void
pln_test_save_screenshot (GtkWidget  *window,
                          const char *format,
                          ...)
{
  const char *dir = g_getenv ("PLN_SCREENSHOT_DIR");
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  va_list args;

  if (dir == NULL)
    return;

  va_start (args, format);
  name = g_strdup_vprintf (format, args);
  va_end (args);
  path = g_build_filename (dir, name, NULL);
  pln_test_save_png (window, path);
}

/**
 * pln_test_press_shortcut:
 * @accelerator: as gtk_shortcut_trigger_parse_string() reads it, "<Alt>Up"
 *
 * Runs what pressing @accelerator on @widget runs: the shortcut of one of
 * its own shortcut controllers (a class's key bindings included). Fails
 * the test when @widget has none for it.
 */
void
pln_test_press_shortcut (GtkWidget  *widget,
                         const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_test_fail_printf ("no shortcut for %s on %s", accelerator, G_OBJECT_TYPE_NAME (widget));
}
