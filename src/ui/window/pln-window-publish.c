/* pln-window-publish.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-application.h"
#include "pln-compat.h"
#include "pln-window-private.h"

/* Publishing for delegations: "Publish for Delegations…" asks for a folder
 * (any GIO location, a WebDAV share too), keeps it in the workspace
 * (publish-to), and publishes there; then, each time the workspace is
 * saved after a change of what the edition holds (a meeting, its agenda,
 * a non-paper marked as shared, a recommendation), it is published again.
 * The public edition is made and written in a worker
 * (pln_public_edition_publish_async()): the window never waits for it,
 * and a failure is a toast. */

/* The kinds of object a public edition holds: a change of another
 * (a registration, a speaker, a theme) does not publish again. */
static const char * const published_kinds[] = {
  "PlnWorkingGroup", "PlnMeeting", "PlnSitting", "PlnPlacement", "PlnAgendaItem", "PlnFootnote",
  "PlnDocumentRef", "PlnRecommendation", "PlnExportRecord", NULL
};

typedef struct
{
  GWeakRef window;
  gboolean quiet;
} Publication;

static void
publication_free (Publication *publication)
{
  g_weak_ref_clear (&publication->window);
  g_free (publication);
}

static void
published_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Publication *publication = user_data;
  g_autoptr(PlnWindow) self = g_weak_ref_get (&publication->window);
  g_autoptr(GError) error = NULL;
  gboolean ok = pln_public_edition_publish_finish (result, &error);

  if (self != NULL)
    {
      self->publishing = FALSE;
      if (!ok)
        {
          g_autofree char *text = NULL;

          /* Translators: %s says why, e.g. "The folder is read-only" */
          text = g_strdup_printf (_("Not published for delegations: %s"), error->message);
          pln_context_add_toast (self->context, adw_toast_new (text));
        }
      else if (!publication->quiet)
        pln_context_add_toast (self->context, adw_toast_new (_("Published for delegations")));

      /* A change while it was being published, saved already; one not
       * saved yet is published after its save (dirty_changed_cb). */
      if (self->publish_pending)
        {
          g_autoptr(PlnStore) store = _pln_window_dup_store (self);

          if (store != NULL && !pln_store_get_dirty (store))
            _pln_window_publish (self, TRUE);
        }
    }

  publication_free (publication);
}

/**
 * _pln_window_publish:
 * @quiet: whether to say nothing when it is done (a publication after a
 *   save); a failure is always said
 *
 * Publishes the public edition of the workspace where it was published
 * before, in a worker.
 */
void
_pln_window_publish (PlnWindow *self,
                     gboolean   quiet)
{
  PlnWorkspace *workspace = pln_window_get_workspace (self);
  PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GFile) folder = NULL;
  PlnPublicOptions options = { NULL, FALSE };
  Publication *publication;

  if (workspace == NULL || pln_workspace_is_read_only (workspace) || pln_workspace_get_publish_to (workspace) == NULL)
    return;

  if (self->publishing)
    {
      self->publish_pending = TRUE;
      return;
    }

  self->publish_pending = FALSE;
  self->publishing = TRUE;
  options.publisher = pln_workspace_get_publisher (workspace) ?: pln_workspace_get_title (workspace);
  /* Translators: who publishes, when the workspace names no secretariat */
  options.publisher = options.publisher ?: _("The Secretariat");
  /* The sources as the chair chose for the non-paper. */
  options.with_sources = app != NULL && g_settings_get_boolean (pln_application_get_settings (app), "non-paper-show-sources");
  folder = g_file_new_for_uri (pln_workspace_get_publish_to (workspace));

  publication = g_new0 (Publication, 1);
  g_weak_ref_init (&publication->window, self);
  publication->quiet = quiet;
  pln_public_edition_publish_async (workspace, &options, folder, NULL, published_cb, publication);
}

static void
folder_chosen_cb (GObject *owner,
                  GFile   *folder)
{
  PlnWindow *self = PLN_WINDOW (owner);
  PlnWorkspace *workspace = pln_window_get_workspace (self);
  g_autofree char *uri = NULL;

  if (folder == NULL || workspace == NULL)
    return;

  uri = g_file_get_uri (folder);
  pln_workspace_set_publish_to (workspace, uri);
  _pln_window_publish (self, FALSE);
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pln_choose_folder (widget, _("Publish for Delegations"), _("_Publish"), G_OBJECT (widget), folder_chosen_cb);
}

static void
kind_changed_cb (PlnWindow    *self,
                 GType         kind,
                 PlnWorkspace *workspace)
{
  if (pln_workspace_get_publish_to (workspace) != NULL && g_strv_contains (published_kinds, g_type_name (kind)))
    self->publish_pending = TRUE;
}

/* After a save: publish what changed. */
static void
dirty_changed_cb (PlnWindow *self,
                  GParamSpec *pspec,
                  PlnStore   *store)
{
  if (self->publish_pending && !pln_store_get_dirty (store) && pln_store_get_error (store) == NULL)
    _pln_window_publish (self, TRUE);
}

void
_pln_window_init_publish (PlnWindow *self)
{
  g_signal_group_connect_object (self->workspace_signals, "kind-changed", G_CALLBACK (kind_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "notify::dirty", G_CALLBACK (dirty_changed_cb), self,
                                 G_CONNECT_SWAPPED);
}

void
_pln_window_class_init_publish (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.publish", NULL, publish_action);
}
