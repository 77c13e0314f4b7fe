/* pln-application.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-application"

#include "config.h"

#include <glib/gi18n.h>

#include <stdlib.h>

#include "pln-compat.h"

#include "pln-application-private.h"
#include "pln-preferences-window.h"
#include "pln-window.h"

G_DEFINE_FINAL_TYPE (PlnApplication, pln_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SUBSCRIPTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Before GTK starts: the locale and catalogues, and, from the build tree,
 * where its schema and icon are. */
void
pln_application_init_i18n (void)
{
  if (pln_running_from_build_tree ())
    {
      const char *data_dirs;
      g_auto(GStrv) dirs = NULL;

      /* From the build tree, its compiled schema too, not the prefix's. */
      if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
        g_setenv ("GSETTINGS_SCHEMA_DIR", PLN_BUILD_ROOT "/data", TRUE);

      /* The icon is in the source folder's hicolor theme. That folder is
       * a data folder from the start, before GLib first reads them: a
       * search path added once the icon theme exists would make GTK load
       * the whole theme again, on the main thread, at the first icon of
       * the first frame. Last, its icon wins over an installed one. */
      data_dirs = g_getenv ("XDG_DATA_DIRS");
      if (data_dirs == NULL || *data_dirs == '\0')
        data_dirs = "/usr/local/share:/usr/share";
      dirs = g_strsplit (data_dirs, G_SEARCHPATH_SEPARATOR_S, -1);
      if (!g_strv_contains ((const char * const *) dirs, PLN_SOURCE_ROOT "/data"))
        {
          g_autofree char *with_source = g_strconcat (data_dirs, G_SEARCHPATH_SEPARATOR_S,
                                                      PLN_SOURCE_ROOT "/data", NULL);

          g_setenv ("XDG_DATA_DIRS", with_source, TRUE);
        }
    }

  pln_i18n_init ();
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

/* Workspaces opened or saved are offered again in Open Recent; the
 * sample has its own menu item. */
static void
add_recent (GFile *file)
{
  g_autoptr(GFile) sample = pln_application_get_sample_file ();
  g_autofree char *uri = g_file_get_uri (file);
  char *groups[] = { NULL };
  GtkRecentData data = {
    .mime_type = (char *) "application/json",
    .app_name = (char *) PLN_RECENT_APP_NAME,
    .app_exec = (char *) "plenary %u",
    .groups = groups,
  };

  if (!g_file_equal (file, sample))
    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
store_file_changed_cb (PlnStore *store)
{
  add_recent (pln_store_get_file (store));
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(PlnApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  /* A failure is in the store's "error", which the window shows with what
   * the user can do about it. */
  if (!pln_store_load_finish (PLN_STORE (object), result, &error))
    {
      g_message ("Could not open the workspace: %s", error->message);
      return;
    }

  add_recent (pln_store_get_file (PLN_STORE (object)));
}

/* What is being mounted for a workspace on a share. */
typedef struct
{
  PlnApplication *self;
  PlnStore       *store;   /* unless another workspace was opened meanwhile */
  GFile          *root;    /* to try next, or NULL */
} Mounting;

static void
mounting_free (Mounting *mounting)
{
  g_clear_object (&mounting->self);
  g_clear_object (&mounting->store);
  g_clear_object (&mounting->root);
  g_free (mounting);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mounting, mounting_free)

static void
mount_share (Mounting *mounting,
       GFile    *folder);

static void
mounted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Mounting) mounting = user_data;
  PlnApplication *self = mounting->self;
  g_autoptr(GError) error = NULL;

  if (!g_file_mount_enclosing_volume_finish (G_FILE (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_ALREADY_MOUNTED) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_FAILED_HANDLED) &&
      mounting->root != NULL)
    {
      g_autoptr(GFile) root = g_steal_pointer (&mounting->root);

      /* The folder could not be mounted: the server's root may. */
      g_debug ("Not mounted: %s", error->message);
      mount_share (g_steal_pointer (&mounting), root);
      return;
    }

  /* Any failure is met again by the load, which says so in the window
   * (or opens the local copy kept while the server could not be reached). */
  if (self->store != NULL && self->store == mounting->store)
    pln_store_load_async (self->store, NULL, load_cb, g_object_ref (self));
}

static void
mount_share (Mounting *mounting,
             GFile    *folder)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (mounting->self));
  g_autoptr(GMountOperation) operation = gtk_mount_operation_new (window);

  g_file_mount_enclosing_volume (folder, G_MOUNT_MOUNT_NONE, operation, NULL, mounted_cb, mounting);
}

/* A share (WebDAV, SMB) is mounted first, with a dialog that asks for a
 * password when the server wants one (pln_file_get_share_folders() says
 * what is mounted); its file is then read in a worker. */
static void
mount_and_load (PlnApplication *self,
                GFile          *file)
{
  Mounting *mounting = g_new0 (Mounting, 1);
  g_autoptr(GFile) folder = NULL;

  mounting->self = g_object_ref (self);
  mounting->store = g_object_ref (self->store);
  pln_file_get_share_folders (file, &folder, &mounting->root);
  mount_share (mounting, folder);
}

/* Reads the store's file: a share's folder is mounted first. */
static void
start_load (PlnApplication *self)
{
  GFile *file = pln_store_get_file (self->store);

  if (!g_file_is_native (file))
    mount_and_load (self, file);
  else
    pln_store_load_async (self->store, NULL, load_cb, g_object_ref (self));
}

/* Whether @file, or its backup, is there: a default workspace that lost
 * only its file is not a first start. */
static gboolean
file_or_backup_exists (GFile *file)
{
  g_autoptr(GFile) backup = pln_file_get_backup (file);

  return g_file_query_exists (file, NULL) || g_file_query_exists (backup, NULL);
}

/* Writes @workspace to @file, unless @file is there already. */
static gboolean
create_workspace_file (GFile         *file,
                       PlnWorkspace  *workspace,
                       GError       **error)
{
  g_autoptr(PlnStore) store = NULL;

  if (file_or_backup_exists (file))
    return TRUE;

  store = pln_store_new (file);
  pln_store_set_autosave_delay (store, 0);
  pln_store_set_workspace (store, workspace);
  return pln_store_save (store, NULL, error);
}

static void
flush_store (PlnApplication *self)
{
  g_autoptr(GError) error = NULL;

  /* The window has asked the user already what to do when this fails
   * (see pln_window_close_request()). */
  if (self->store != NULL && pln_store_get_workspace (self->store) != NULL &&
      !pln_store_flush (self->store, &error))
    g_message ("The workspace could not be saved: %s", error->message);
}

/**
 * pln_application_open_file:
 * @file: a workspace file
 *
 * Saves what is pending in the open workspace, then opens @file (loading
 * in a worker thread, so a large workspace does not block the window) and
 * remembers it for the next start.
 */
void
pln_application_open_file (PlnApplication *self,
                           GFile          *file)
{
  g_autoptr(GFile) default_file = pln_store_get_default_file ();
  g_autofree char *uri = NULL;
  gboolean first_start;

  g_return_if_fail (PLN_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  flush_store (self);

  /* No default workspace yet: the user chooses between the sample and an
   * empty workspace (the window shows the choice while there is no store),
   * rather than find sample data in their own workspace. */
  first_start = g_file_equal (file, default_file) && !file_or_backup_exists (file);

  g_clear_object (&self->store);
  if (!first_start)
    {
      self->store = pln_store_new (file);
      g_signal_connect (self->store, "notify::file", G_CALLBACK (store_file_changed_cb), NULL);
      /* Who changed what is recorded under the name in the preferences. */
      g_settings_bind (self->settings, "author-name", self->store, "author", G_SETTINGS_BIND_GET);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
  _pln_application_follow_store (self);

  uri = g_file_equal (file, default_file) ? g_strdup ("") : g_file_get_uri (file);
  g_settings_set_string (self->settings, "last-workspace", uri);

  /* At start, the workspace is read once the window's first frame is on
   * screen (it shows "Opening Workspace…" meanwhile): parsing a large
   * workspace beside that frame, on two busy cores, delays it. */
  self->load_when_mapped = self->store != NULL &&
                           gtk_application_get_active_window (GTK_APPLICATION (self)) == NULL;
  if (self->store != NULL && !self->load_when_mapped)
    start_load (self);
}

/**
 * pln_application_get_sample_file:
 *
 * Returns: (transfer full): where the sample workspace is kept,
 *   `$XDG_DATA_HOME/plenary/sample.json`, apart from the user's own
 */
GFile *
pln_application_get_sample_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "plenary", "sample.json", NULL);
}

/**
 * pln_application_create_sample:
 *
 * Writes the sample workspace, made of the demo data, unless it is there
 * already (with the edits made to it).
 *
 * Returns: whether the sample workspace can be opened
 */
gboolean
pln_application_create_sample (GError **error)
{
  g_autoptr(GFile) file = pln_application_get_sample_file ();
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();

  return create_workspace_file (file, workspace, error);
}

/**
 * pln_application_create_empty:
 *
 * Writes an empty default workspace, unless there is one already.
 *
 * Returns: whether the default workspace can be opened
 */
gboolean
pln_application_create_empty (GError **error)
{
  g_autoptr(GFile) file = pln_store_get_default_file ();
  g_autoptr(PlnWorkspace) workspace = pln_workspace_new ();

  return create_workspace_file (file, workspace, error);
}

/**
 * pln_application_get_sample_open:
 *
 * Returns: whether the workspace open is the sample
 */
gboolean
pln_application_get_sample_open (PlnApplication *self)
{
  g_autoptr(GFile) sample = pln_application_get_sample_file ();

  g_return_val_if_fail (PLN_IS_APPLICATION (self), FALSE);

  return self->store != NULL && g_file_equal (pln_store_get_file (self->store), sample);
}

static GFile *
initial_file (PlnApplication *self)
{
  g_autofree char *uri = g_settings_get_string (self->settings, "last-workspace");

  if (uri[0] != '\0')
    return g_file_new_for_uri (uri);

  return pln_store_get_default_file ();
}

static void
start_pending_load (PlnApplication *self)
{
  if (!self->load_when_mapped)
    return;

  self->load_when_mapped = FALSE;
  if (self->store != NULL)
    start_load (self);
}

static void
first_frame_cb (GdkFrameClock  *clock,
                PlnApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  start_pending_load (self);
}

/* Starts the load put off by pln_application_open_file() once @window's
 * first frame is painted: GDK on X11 says a window is mapped as soon as it
 * is shown, before anything of it is laid out. */
static void
load_after_first_frame (PlnApplication *self,
                        GtkWindow      *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (!self->load_when_mapped)
    return;

  if (clock == NULL)
    start_pending_load (self);
  else
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_cb), self, 0);
}

static void
pln_application_activate (GApplication *app)
{
  PlnApplication *self = PLN_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (pln_window_new (self));
      _pln_application_probe_run (self, window);
    }

  gtk_window_present (window);
  load_after_first_frame (self, window);
}

static void
pln_application_startup (GApplication *app)
{
  PlnApplication *self = PLN_APPLICATION (app);

  G_APPLICATION_CLASS (pln_application_parent_class)->startup (app);

  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  color_scheme_changed_cb (self);

  if (self->store == NULL)
    {
      g_autoptr(GFile) file = initial_file (self);

      pln_application_open_file (self, file);
    }
}

/* plenary --version answers without starting the interface. */
static int
pln_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return -1;
}

static void
pln_application_shutdown (GApplication *app)
{
  /* Edits not yet autosaved are written before the program ends. */
  flush_store (PLN_APPLICATION (app));

  G_APPLICATION_CLASS (pln_application_parent_class)->shutdown (app);
}

static void
pln_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  PlnApplication *self = PLN_APPLICATION (app);

  if (n_files > 0)
    pln_application_open_file (self, files[0]);

  g_application_activate (app);
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

  pln_show_about (window ? GTK_WIDGET (window) : NULL,
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

  if (self->store != NULL)
    pln_preferences_window_set_workspace (prefs, pln_store_get_workspace (self->store));

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

  _pln_application_dispose_subscriptions (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pln_application_parent_class)->dispose (object);
}

static void
pln_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlnApplication *self = PLN_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SUBSCRIPTION:
      g_value_set_object (value, self->subscription);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_application_class_init (PlnApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pln_application_dispose;
  object_class->get_property = pln_application_get_property;

  app_class->activate = pln_application_activate;
  app_class->startup = pln_application_startup;
  app_class->shutdown = pln_application_shutdown;
  app_class->open = pln_application_open;
  app_class->handle_local_options = pln_application_handle_local_options;

  /**
   * PlnApplication:store:
   *
   * The open workspace file and its workspace. Replaced when another
   * workspace is opened.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PLN_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PlnApplication:subscription:
   *
   * The subscription whose copy is the open workspace, refreshed while it
   * is open; %NULL for any other workspace.
   */
  properties [PROP_SUBSCRIPTION] =
    g_param_spec_object ("subscription", NULL, NULL,
                         PLN_TYPE_SUBSCRIPTION,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pln_application_init (PlnApplication *self)
{
  static const char *quit_accels[] = { "<primary>q", NULL };
  static const char *prefs_accels[] = { "<primary>comma", NULL };
  static const char *shortcuts_accels[] = { "<primary>question", NULL };

  self->settings = g_settings_new (APP_ID);

  g_application_add_main_option (G_APPLICATION (self), "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Show the version and quit"), NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  _pln_application_init_subscriptions (self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);
}

PlnApplication *
pln_application_new (void)
{
  /* No resource base path: GtkApplication would look there for menus and
   * a help overlay, which Plenary sets up itself, and would add its
   * "icons" folder, which Plenary does not have, to the icon theme, whose
   * first look-up then searches each of the theme's directories there
   * too (some 1 900 resource look-ups, 10 M instructions before the first
   * frame). */
  return g_object_new (PLN_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", NULL,
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

/**
 * pln_application_get_store:
 *
 * Returns: (transfer none) (nullable): the store of the open workspace
 */
PlnStore *
pln_application_get_store (PlnApplication *self)
{
  g_return_val_if_fail (PLN_IS_APPLICATION (self), NULL);

  return self->store;
}
