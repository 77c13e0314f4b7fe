/* pln-application.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-application"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pln-application.h"
#include "pln-preferences-window.h"
#include "pln-window.h"

struct _PlnApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (PlnApplication, pln_application, ADW_TYPE_APPLICATION)

/* When the program runs from the build tree (./build/src/plenary), its
 * translations and compiled schema are there too, not in the prefix. */
static gboolean
running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && g_str_has_prefix (exe, PLN_BUILD_ROOT "/");
}

void
pln_application_init_i18n (void)
{
  const char *localedir = LOCALEDIR;

  if (running_from_build_tree ())
    {
      localedir = PLN_BUILD_ROOT "/po";
      if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
        g_setenv ("GSETTINGS_SCHEMA_DIR", PLN_BUILD_ROOT "/data", TRUE);
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static void
color_scheme_changed_cb (PlnApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (g_strcmp0 (scheme, "light") == 0)
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (scheme, "dark") == 0)
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
pln_application_activate (GApplication *app)
{
  PlnApplication *self = PLN_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (pln_window_new (self));

  gtk_window_present (window);
}

static void
pln_application_startup (GApplication *app)
{
  PlnApplication *self = PLN_APPLICATION (app);

  G_APPLICATION_CLASS (pln_application_parent_class)->startup (app);

  /* Installed, the icon is in the hicolor theme; from the build tree it
   * is found in the source folder. */
  if (running_from_build_tree ())
    gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    PLN_SOURCE_ROOT "/data/icons");

  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  color_scheme_changed_cb (self);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PlnApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window lets it finish its pending save first. */
  for (GList *l = windows; l != NULL; )
    {
      GList *next = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
      l = next;
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PlnApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Plenary authors", NULL };

  adw_show_about_window (window,
                         "application-name", _("Plenary"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Plenary authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Prepare and service the meetings of intergovernmental working groups"),
                         "website", "https://plenary.github.io",
                         "issue-url", "https://github.com/plenary/plenary/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Plenary authors",
                         "developers", developers,
                         /* Translators: Replace "translator-credits" with your name and e-mail address */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PlnApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  PlnPreferencesWindow *prefs = pln_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (prefs), window);
  gtk_window_set_application (GTK_WINDOW (prefs), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (prefs));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
pln_application_dispose (GObject *object)
{
  PlnApplication *self = PLN_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pln_application_parent_class)->dispose (object);
}

static void
pln_application_class_init (PlnApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pln_application_dispose;

  app_class->activate = pln_application_activate;
  app_class->startup = pln_application_startup;
}

static void
pln_application_init (PlnApplication *self)
{
  static const char *quit_accels[] = { "<primary>q", NULL };
  static const char *prefs_accels[] = { "<primary>comma", NULL };

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
}

PlnApplication *
pln_application_new (void)
{
  return g_object_new (PLN_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * pln_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
pln_application_get_settings (PlnApplication *self)
{
  g_return_val_if_fail (PLN_IS_APPLICATION (self), NULL);

  return self->settings;
}
