/* pln-publish.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-publish"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-ics.h"
#include "pln-meeting.h"
#include "pln-publish.h"
#include "pln-working-group.h"
#include "pln-workspace.h"

/* The secretariat's public calendar: the iCalendar file of all meetings,
 * or of one working group's, uploaded to a location delegations subscribe
 * to (a WebDAV folder through GVfs, or any GIO location), after each save
 * when the workspace says so (its publish-* members). The text is made on
 * the calling thread, from the live workspace; the upload runs in a
 * worker, so a slow server never blocks the window. It holds no personal
 * data: meetings only, readable by anyone. */

/**
 * pln_publish_get_location:
 *
 * Returns: (transfer full) (nullable): where @workspace's calendar is
 *   published, from a URI ("davs://…/calendar.ics") or a path
 */
GFile *
pln_publish_get_location (PlnWorkspace *workspace)
{
  const char *location;

  g_return_val_if_fail (PLN_IS_WORKSPACE (workspace), NULL);

  location = pln_workspace_get_publish_location (workspace);
  if (location == NULL || *location == '\0')
    return NULL;
  return g_file_new_for_commandline_arg (location);
}

/* The meetings the calendar has; %NULL with @error when the working group
 * chosen is gone. */
static GListModel *
dup_meetings (PlnWorkspace  *workspace,
              GError       **error)
{
  const char *group_id = pln_workspace_get_publish_working_group (workspace);
  PlnWorkingGroup *group;

  if (group_id == NULL || *group_id == '\0')
    return g_object_ref (pln_workspace_get_meetings (workspace));

  group = pln_workspace_find_working_group (workspace, group_id);
  if (group == NULL)
    {
      g_set_error_literal (error, PLN_ERROR, PLN_ERROR_NOT_FOUND,
                           _("The working group whose calendar is published is no longer in the workspace: "
                             "choose another in Preferences."));
      return NULL;
    }
  return G_LIST_MODEL (pln_workspace_dup_meetings_of (workspace, group));
}

static void
upload_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GFile *location = g_object_get_data (G_OBJECT (task), "location");
  g_autoptr(GError) error = NULL;

  if (!pln_file_ensure_mounted (location, cancellable, &error) ||
      !pln_file_write_safely (location, task_data, PLN_WRITE_NONE, NULL, NULL, cancellable, &error))
    {
      g_autofree char *name = g_file_get_parse_name (location);

      /* Translators: the first %s is where the calendar is published, the second why it failed */
      g_task_return_new_error (task, error->domain, error->code,
                               _("The calendar could not be published to “%s”: %s"), name, error->message);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * pln_publish_calendar_async:
 *
 * Uploads the calendar @workspace's publish-* members describe, whether
 * or not publishing is on (the "Publish Now" of Preferences).
 */
void
pln_publish_calendar_async (PlnWorkspace        *workspace,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFile) location = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (PLN_IS_WORKSPACE (workspace));

  task = g_task_new (workspace, cancellable, callback, user_data);
  g_task_set_source_tag (task, pln_publish_calendar_async);

  location = pln_publish_get_location (workspace);
  if (location == NULL)
    {
      g_task_return_new_error (task, PLN_ERROR, PLN_ERROR_INVALID,
                               _("No location to publish the calendar to: enter one in Preferences."));
      return;
    }

  if ((meetings = dup_meetings (workspace, &error)) == NULL ||
      (text = pln_ics_build_meetings (meetings, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "location", g_steal_pointer (&location), g_object_unref);
  g_task_set_task_data (task, g_bytes_new_take (g_steal_pointer (&text), strlen (text)),
                        (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, upload_thread);
}

gboolean
pln_publish_calendar_finish (PlnWorkspace  *workspace,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, workspace), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
