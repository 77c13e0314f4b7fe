/* pln-compat.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-compat"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"

/* The API level is pinned to GTK 4.8 and libadwaita 1.2 (meson.build), so
 * a newer call is "not available" to the compiler even where the library
 * has it: those calls are made here only, behind the version checks, with
 * that warning silenced for them alone. */

/* The callback of a dialog, and the object it is for, held weakly: a page
 * closed while its dialog is open must not be called back. */
typedef struct
{
  GWeakRef owner;
  gpointer callback;
} Pending;

static Pending *
pending_new (GObject  *owner,
             gpointer  callback)
{
  Pending *pending = g_new0 (Pending, 1);

  g_weak_ref_init (&pending->owner, owner);
  pending->callback = callback;
  return pending;
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_weak_ref_clear (&pending->owner);
  g_free (pending);
}

/**
 * pln_widget_get_parent_window:
 * @widget: (nullable): a widget
 *
 * The window a dialog opened from @widget is transient for: the one place
 * the interface looks up the widget tree, for a dialog's parent only.
 *
 * Returns: (transfer none) (nullable): the window @widget is in
 */
GtkWindow *
pln_widget_get_parent_window (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
alert_response_cb (GObject    *dialog,
                   const char *response,
                   Pending    *pending)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&pending->owner);

  if (owner != NULL && pending->callback != NULL)
    ((PlnAlertFunc) pending->callback) (owner, response);
}

/* A button of the alert. */
static void
alert_add_response (GObject                *dialog,
                    const PlnAlertResponse *response)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), response->id, response->label);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), response->id, response->appearance);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), response->id, response->label);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response->id, response->appearance);
#endif
}

/**
 * pln_alert_present:
 * @parent: the widget the alert is about; its window becomes the parent
 * @child: (nullable): a widget under the message (a choice to make)
 * @responses: the buttons, in order
 * @default_response: (nullable): the response Enter gives
 * @close_response: (nullable): the response Escape gives
 * @owner: (nullable): the object @callback is for
 * @callback: (nullable): called with the response, if @owner still exists
 *
 * Shows a message with buttons: AdwAlertDialog from libadwaita 1.5,
 * AdwMessageDialog before.
 */
void
pln_alert_present (GtkWidget              *parent,
                   const char             *heading,
                   const char             *body,
                   GtkWidget              *child,
                   const PlnAlertResponse *responses,
                   guint                   n_responses,
                   const char             *default_response,
                   const char             *close_response,
                   GObject                *owner,
                   PlnAlertFunc            callback)
{
  GObject *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (heading != NULL);

#if ADW_CHECK_VERSION (1, 5, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = G_OBJECT (adw_alert_dialog_new (heading, body));
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  dialog = G_OBJECT (adw_message_dialog_new (pln_widget_get_parent_window (parent), heading, body));
#endif

  /* Both dialogs have these properties, under the same names. */
  g_object_set (dialog, "extra-child", child, NULL);
  for (guint i = 0; i < n_responses; i++)
    alert_add_response (dialog, &responses[i]);
  if (default_response != NULL)
    g_object_set (dialog, "default-response", default_response, NULL);
  if (close_response != NULL)
    g_object_set (dialog, "close-response", close_response, NULL);
  g_signal_connect_data (dialog, "response", G_CALLBACK (alert_response_cb),
                         pending_new (owner, callback), (GClosureNotify) (void (*) (void)) pending_free, 0);

#if ADW_CHECK_VERSION (1, 5, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_dialog_present (ADW_DIALOG (dialog), parent);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

/**
 * pln_alert_show_error:
 * @message: what went wrong, in words a person can act on
 *
 * Shows an error with a Close button.
 */
void
pln_alert_show_error (GtkWidget  *parent,
                      const char *heading,
                      const char *message)
{
  const PlnAlertResponse close[] = { { "close", _("_Close"), ADW_RESPONSE_DEFAULT } };

  pln_alert_present (parent, heading, message, NULL, close, G_N_ELEMENTS (close), "close", "close", NULL, NULL);
}

/* Gives the file chosen, or %NULL, to the owner if it still exists. */
static void
pending_file_chosen (Pending *pending,
                     GFile   *file)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&pending->owner);

  if (owner != NULL)
    ((PlnFileFunc) pending->callback) (owner, file);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
file_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GFile) file = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  switch (GPOINTER_TO_INT (g_object_get_data (object, "pln-action")))
    {
    case GTK_FILE_CHOOSER_ACTION_SAVE:
      file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);
      break;
    case GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER:
      file = gtk_file_dialog_select_folder_finish (GTK_FILE_DIALOG (object), result, NULL);
      break;
    default:
      file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);
      break;
    }
  G_GNUC_END_IGNORE_DEPRECATIONS

  pending_file_chosen (user_data, file);
  pending_free (user_data);
}
#else
static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     Pending         *pending)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  pending_file_chosen (pending, file);

  /* The reference taken when it was shown. */
  g_object_unref (dialog);
}
#endif

/**
 * pln_choose_file:
 * @action: %GTK_FILE_CHOOSER_ACTION_SAVE, %GTK_FILE_CHOOSER_ACTION_OPEN or
 *   %GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
 * @suggested_name: (nullable): the name a file to save starts with
 * @filter: (nullable): the kinds of file offered
 * @owner: the object @callback is for
 * @callback: called with the file chosen, or %NULL when cancelled
 *
 * Asks where to save, what to open, or which folder to write into:
 * GtkFileDialog from GTK 4.10,
 * GtkFileChooserNative (the portal inside the Flatpak) before.
 */
void
pln_choose_file (GtkWidget            *parent,
                 GtkFileChooserAction  action,
                 const char           *title,
                 const char           *accept_label,
                 const char           *suggested_name,
                 GtkFileFilter        *filter,
                 GObject              *owner,
                 PlnFileFunc           callback)
{
  gboolean save = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  GtkWindow *window = pln_widget_get_parent_window (parent);
  Pending *pending;

  g_return_if_fail (save || action == GTK_FILE_CHOOSER_ACTION_OPEN ||
                    action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (callback != NULL);

  pending = pending_new (owner, callback);
#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  if (filter != NULL)
    gtk_file_dialog_set_default_filter (dialog, filter);
  g_object_set_data (G_OBJECT (dialog), "pln-action", GINT_TO_POINTER (action));
  if (save)
    {
      gtk_file_dialog_set_initial_name (dialog, suggested_name);
      gtk_file_dialog_save (dialog, window, NULL, file_dialog_done_cb, pending);
    }
  else if (action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER)
    {
      gtk_file_dialog_select_folder (dialog, window, NULL, file_dialog_done_cb, pending);
    }
  else
    {
      gtk_file_dialog_open (dialog, window, NULL, file_dialog_done_cb, pending);
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, window, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_data (chooser, "response", G_CALLBACK (chooser_response_cb),
                         pending, (GClosureNotify) (void (*) (void)) pending_free, 0);
  /* Kept alive until it answers. */
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
#endif
}

/**
 * pln_choose_file_to_open:
 * @filter: (nullable): the kinds of file offered
 *
 * pln_choose_file() for a file to open.
 */
void
pln_choose_file_to_open (GtkWidget     *parent,
                         const char    *title,
                         const char    *accept_label,
                         GtkFileFilter *filter,
                         GObject       *owner,
                         PlnFileFunc    callback)
{
  pln_choose_file (parent, GTK_FILE_CHOOSER_ACTION_OPEN, title, accept_label, NULL, filter, owner, callback);
}

/**
 * pln_choose_folder:
 *
 * pln_choose_file() for a folder to write into.
 */
void
pln_choose_folder (GtkWidget   *parent,
                   const char  *title,
                   const char  *accept_label,
                   GObject     *owner,
                   PlnFileFunc  callback)
{
  pln_choose_file (parent, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, title, accept_label, NULL, NULL, owner, callback);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
launch_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (object), result, &error))
    g_debug ("The file was not opened: %s", error->message);
  G_GNUC_END_IGNORE_DEPRECATIONS
}
#endif

/**
 * pln_open_file:
 * @parent: the widget the file is opened from
 * @file: a file or a folder
 *
 * Opens @file in the application the desktop has for it (a folder in the
 * file manager): GtkFileLauncher from GTK 4.10, gtk_show_uri() before.
 */
void
pln_open_file (GtkWidget *parent,
               GFile     *file)
{
  GtkWindow *window = pln_widget_get_parent_window (parent);

  g_return_if_fail (G_IS_FILE (file));

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, window, NULL, launch_done_cb, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
#endif
}

#if !ADW_CHECK_VERSION (1, 5, 0)
/* The title of the page of the About window @widget is on: the title of
 * the header bar beside one of its ancestors. */
static const char *
page_title (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
      if (ADW_IS_HEADER_BAR (c))
        {
          GtkWidget *title = adw_header_bar_get_title_widget (ADW_HEADER_BAR (c));

          if (ADW_IS_WINDOW_TITLE (title))
            return adw_window_title_get_title (ADW_WINDOW_TITLE (title));
          if (GTK_IS_LABEL (title))
            return gtk_label_get_text (GTK_LABEL (title));
        }
  return NULL;
}

/* libadwaita 1.2's About window leaves its icon buttons, text views and
 * lists without a name a screen reader can say: they get the words the
 * window shows for them. */
static void
name_unnamed (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  const char *label = NULL;

  if (GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (child))
    {
      const char *icon = gtk_image_get_icon_name (GTK_IMAGE (child));

      label = gtk_widget_get_tooltip_text (widget);
      if (label == NULL && g_strcmp0 (icon, "go-previous-symbolic") == 0)
        label = _("Back");
    }
  else if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (child))
    label = gtk_label_get_text (GTK_LABEL (child));
  else if (GTK_IS_TEXT_VIEW (widget) || GTK_IS_LIST_BOX (widget))
    label = page_title (widget) ? page_title (widget) : gtk_window_get_title (GTK_WINDOW (gtk_widget_get_root (widget)));

  if (label != NULL && *label != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  for (; child != NULL; child = gtk_widget_get_next_sibling (child))
    name_unnamed (child);
}
#endif

/**
 * pln_show_about:
 * @first_property: the first of the About window's properties, then its
 *   value, and so on, %NULL-terminated
 *
 * Shows the About window: AdwAboutDialog from libadwaita 1.5,
 * AdwAboutWindow before; both take the same properties.
 */
void
pln_show_about (GtkWidget  *parent,
                const char *first_property,
                ...)
{
  GObject *about;
  va_list args;

  va_start (args, first_property);
#if ADW_CHECK_VERSION (1, 5, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  about = g_object_new_valist (ADW_TYPE_ABOUT_DIALOG, first_property, args);
  adw_dialog_present (ADW_DIALOG (about), parent);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  about = g_object_new_valist (ADW_TYPE_ABOUT_WINDOW, first_property, args);
  gtk_window_set_transient_for (GTK_WINDOW (about), pln_widget_get_parent_window (parent));
  name_unnamed (GTK_WIDGET (about));
  gtk_window_present (GTK_WINDOW (about));
#endif
  va_end (args);
}

/**
 * pln_widget_get_color:
 *
 * Returns: the widget's foreground colour, as custom drawing needs it
 */
GdkRGBA
pln_widget_get_color (GtkWidget *widget)
{
  GdkRGBA color;

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_widget_get_color (widget, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
#endif
  return color;
}

/**
 * pln_widget_lookup_color:
 * @name: a colour of the theme ("accent_color")
 *
 * GTK 4.10 deprecated looking colours up without a replacement; custom
 * drawing still needs the theme's named colours, so the deprecated call is
 * made here, silenced, until CSS variables take its place.
 *
 * Returns: whether the theme has @name
 */
gboolean
pln_widget_lookup_color (GtkWidget  *widget,
                         const char *name,
                         GdkRGBA    *color)
{
  gboolean found;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return found;
}

/**
 * pln_widget_get_theme_color:
 * @name: a colour of the theme ("accent_bg_color")
 * @fallback: the colour to use if the theme has none of that name ("#3584e4")
 *
 * Returns: the theme's colour @name, for custom drawing
 */
GdkRGBA
pln_widget_get_theme_color (GtkWidget  *widget,
                            const char *name,
                            const char *fallback)
{
  GdkRGBA color;

  if (!pln_widget_lookup_color (widget, name, &color))
    gdk_rgba_parse (&color, fallback);
  return color;
}

/**
 * pln_list_box_remove_all:
 *
 * Removes every row of @list: gtk_list_box_remove_all() from GTK 4.12.
 */
void
pln_list_box_remove_all (GtkListBox *list)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_list_box_remove_all (list);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
#endif
}
