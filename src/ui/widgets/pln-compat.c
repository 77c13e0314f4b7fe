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

/**
 * pln_alert_present_with_child:
 * @parent: the widget the alert is about; its window becomes the parent
 * @responses: the buttons, in order
 * @default_response: (nullable): the response Enter gives
 * @close_response: (nullable): the response Escape gives
 * @owner: (nullable): the object @callback is for
 * @callback: (nullable): called with the response, if @owner still exists
 * @child: (nullable): a widget under the message (a choice to make)
 *
 * Shows a message with buttons: AdwAlertDialog from libadwaita 1.5,
 * AdwMessageDialog before.
 */
void
pln_alert_present_with_child (GtkWidget              *parent,
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
  if (child != NULL)
    adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), child);
  for (guint i = 0; i < n_responses; i++)
    {
      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), responses[i].id, responses[i].label);
      if (responses[i].appearance != PLN_RESPONSE_DEFAULT)
        adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), responses[i].id,
                                                  responses[i].appearance == PLN_RESPONSE_SUGGESTED
                                                  ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
    }
  if (default_response != NULL)
    adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), default_response);
  if (close_response != NULL)
    adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), close_response);
  g_signal_connect_data (dialog, "response", G_CALLBACK (alert_response_cb),
                         pending_new (owner, callback), (GClosureNotify) (void (*) (void)) pending_free, 0);
  adw_dialog_present (ADW_DIALOG (dialog), parent);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  dialog = G_OBJECT (adw_message_dialog_new (pln_widget_get_parent_window (parent), heading, body));
  if (child != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), child);
  for (guint i = 0; i < n_responses; i++)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), responses[i].id, responses[i].label);
      if (responses[i].appearance != PLN_RESPONSE_DEFAULT)
        adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), responses[i].id,
                                                    responses[i].appearance == PLN_RESPONSE_SUGGESTED
                                                    ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
    }
  if (default_response != NULL)
    adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), default_response);
  if (close_response != NULL)
    adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), close_response);
  g_signal_connect_data (dialog, "response", G_CALLBACK (alert_response_cb),
                         pending_new (owner, callback), (GClosureNotify) (void (*) (void)) pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

/**
 * pln_alert_present:
 *
 * pln_alert_present_with_child() without a child.
 */
void
pln_alert_present (GtkWidget              *parent,
                   const char             *heading,
                   const char             *body,
                   const PlnAlertResponse *responses,
                   guint                   n_responses,
                   const char             *default_response,
                   const char             *close_response,
                   GObject                *owner,
                   PlnAlertFunc            callback)
{
  pln_alert_present_with_child (parent, heading, body, NULL, responses, n_responses,
                                default_response, close_response, owner, callback);
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
  const PlnAlertResponse close[] = { { "close", _("_Close"), PLN_RESPONSE_DEFAULT } };

  pln_alert_present (parent, heading, message, close, G_N_ELEMENTS (close), "close", "close", NULL, NULL);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
file_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GObject) owner = g_weak_ref_get (&pending->owner);
  g_autoptr(GFile) file = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (g_object_get_data (object, "pln-save") != NULL)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (owner != NULL)
    ((PlnFileFunc) pending->callback) (owner, file);
  pending_free (pending);
}

static void
choose_file (GtkWidget     *parent,
             gboolean       save,
             const char    *title,
             const char    *accept_label,
             const char    *suggested_name,
             GtkFileFilter *filter,
             GObject       *owner,
             PlnFileFunc    callback)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  if (filter != NULL)
    gtk_file_dialog_set_default_filter (dialog, filter);
  if (save)
    {
      g_object_set_data (G_OBJECT (dialog), "pln-save", GINT_TO_POINTER (TRUE));
      gtk_file_dialog_set_initial_name (dialog, suggested_name);
      gtk_file_dialog_save (dialog, pln_widget_get_parent_window (parent), NULL, file_dialog_done_cb,
                            pending_new (owner, callback));
    }
  else
    {
      gtk_file_dialog_open (dialog, pln_widget_get_parent_window (parent), NULL, file_dialog_done_cb,
                            pending_new (owner, callback));
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
}
#else
static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     Pending         *pending)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&pending->owner);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (owner != NULL)
    ((PlnFileFunc) pending->callback) (owner, file);

  /* The reference taken when it was shown. */
  g_object_unref (dialog);
}

static void
choose_file (GtkWidget     *parent,
             gboolean       save,
             const char    *title,
             const char    *accept_label,
             const char    *suggested_name,
             GtkFileFilter *filter,
             GObject       *owner,
             PlnFileFunc    callback)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, pln_widget_get_parent_window (parent),
                                         save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_data (chooser, "response", G_CALLBACK (chooser_response_cb),
                         pending_new (owner, callback), (GClosureNotify) (void (*) (void)) pending_free, 0);
  /* Kept alive until it answers. */
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
#endif

/**
 * pln_choose_file_to_save:
 * @suggested_name: (nullable): the name the chooser starts with
 * @owner: the object @callback is for
 * @callback: called with the file chosen, or %NULL when cancelled
 *
 * Asks where to save: GtkFileDialog from GTK 4.10, GtkFileChooserNative
 * (the portal inside the Flatpak) before.
 */
void
pln_choose_file_to_save (GtkWidget   *parent,
                         const char  *title,
                         const char  *accept_label,
                         const char  *suggested_name,
                         GObject     *owner,
                         PlnFileFunc  callback)
{
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (callback != NULL);

  choose_file (parent, TRUE, title, accept_label, suggested_name, NULL, owner, callback);
}

/**
 * pln_choose_file_to_open:
 * @filter: (nullable): the kinds of file offered
 *
 * Asks for a file to open, as pln_choose_file_to_save() does.
 */
void
pln_choose_file_to_open (GtkWidget     *parent,
                         const char    *title,
                         const char    *accept_label,
                         GtkFileFilter *filter,
                         GObject       *owner,
                         PlnFileFunc    callback)
{
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (callback != NULL);

  choose_file (parent, FALSE, title, accept_label, NULL, filter, owner, callback);
}

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
