/* pln-json-snapshot.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-json"

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-json.h"
#include "pln-json-private.h"
#include "pln-model-private.h"

/* Writing the workspace file without holding up the interface.
 *
 * The model's objects belong to the main thread, so a worker cannot read
 * them; writing all of a ten-year workspace there costs a frame several
 * times over. Instead each meeting keeps its text in the file from the
 * last time it was written, with the edit count of its branch
 * (pln_object_get_revision()) at the time. A snapshot, taken on the main
 * thread, is the list of those texts (immutable GBytes) between the few
 * bytes of the workspace's own members: only the meetings changed since
 * the last save are written there, one meeting being well under a
 * millisecond. The worker joins the pieces. The texts are the same bytes
 * pln_json_serialize_workspace() writes, so the file does not depend on
 * which way it was written. */

/* Where a meeting stands in the file: an item of the workspace's
 * "meetings", two levels in. */
#define MEETING_DEPTH 2

#define MEETING_TEXT_KEY "pln-json-text"

typedef struct
{
  guint   revision;
  GBytes *text;
} MeetingText;

static void
meeting_text_free (gpointer data)
{
  MeetingText *cached = data;

  g_bytes_unref (cached->text);
  g_free (cached);
}

struct _PlnJsonSnapshot
{
  gatomicrefcount ref;
  GPtrArray *pieces;   /* of GBytes, in the order of the file */
  gsize      size;
  guint      n_written;  /* meetings written for it, not kept from before */
};

static void
write_workspace (PlnWorkspace         *workspace,
                 GString              *out,
                 PlnJsonWriteItemFunc  write_item,
                 gpointer              user_data)
{
  /* The format version and generator go first, for people who open the file. */
  g_string_append (out, "{\n \"format\" : ");
  g_string_append_printf (out, "%d,\n \"generator\" : ", PLN_JSON_FORMAT);
  pln_json_write_string (out, "Plenary " PACKAGE_VERSION);
  pln_object_write_json_members_full (PLN_OBJECT (workspace), out, 0, FALSE, write_item, user_data);
  g_string_append (out, "\n}\n");
}

/**
 * pln_json_serialize_workspace:
 *
 * Returns: (transfer full): the workspace file's bytes
 */
GBytes *
pln_json_serialize_workspace (PlnWorkspace *workspace)
{
  GString *out;

  g_return_val_if_fail (PLN_IS_WORKSPACE (workspace), NULL);

  /* Room for a meeting of the synthetic archives' size (300
   * registrations, 50 recommendations: 130 KB) each, so a large workspace
   * is not copied again at each doubling of the string; what is not
   * written to is never touched, and so takes no memory. */
  out = g_string_sized_new (4096 + (gsize) 160 * 1024 *
                            g_list_model_get_n_items (pln_workspace_get_meetings (workspace)));
  write_workspace (workspace, out, NULL, NULL);

  return g_string_free_to_bytes (out);
}

/* The text of @meeting as it stands in the file, written again only when
 * something in it changed. %NULL for a meeting in no workspace, whose
 * edits are not counted. */
static GBytes *
meeting_text (PlnMeeting *meeting,
              gboolean   *written)
{
  MeetingText *cached = g_object_get_data (G_OBJECT (meeting), MEETING_TEXT_KEY);
  guint revision = pln_object_get_revision (PLN_OBJECT (meeting));
  GString *out;

  *written = FALSE;
  if (pln_object_get_revision_box (PLN_OBJECT (meeting)) == NULL)
    return NULL;
  if (cached != NULL && cached->revision == revision)
    return cached->text;

  out = g_string_sized_new (cached != NULL ? g_bytes_get_size (cached->text) + 4096 : 16 * 1024);
  pln_object_write_json (PLN_OBJECT (meeting), out, MEETING_DEPTH);

  cached = g_new0 (MeetingText, 1);
  cached->revision = revision;
  cached->text = g_string_free_to_bytes (out);
  g_object_set_data_full (G_OBJECT (meeting), MEETING_TEXT_KEY, cached, meeting_text_free);
  *written = TRUE;
  return cached->text;
}

static PlnJsonSnapshot *
snapshot_new (void)
{
  PlnJsonSnapshot *snapshot = g_new0 (PlnJsonSnapshot, 1);

  g_atomic_ref_count_init (&snapshot->ref);
  snapshot->pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  return snapshot;
}

static void
add_piece (PlnJsonSnapshot *snapshot,
           GBytes          *piece)
{
  snapshot->size += g_bytes_get_size (piece);
  g_ptr_array_add (snapshot->pieces, piece);
}

/* What was written since the last meeting becomes a piece, then the
 * meeting's kept text another. */
static gboolean
snapshot_item (PlnObject *item,
               GString   *out,
               guint      depth,
               gpointer   user_data)
{
  PlnJsonSnapshot *snapshot = user_data;
  gboolean written;
  GBytes *text;

  if (depth != MEETING_DEPTH || !PLN_IS_MEETING (item) ||
      (text = meeting_text (PLN_MEETING (item), &written)) == NULL)
    return FALSE;

  add_piece (snapshot, g_bytes_new (out->str, out->len));
  g_string_truncate (out, 0);
  add_piece (snapshot, g_bytes_ref (text));
  snapshot->n_written += written;
  return TRUE;
}

/**
 * pln_json_snapshot_new:
 *
 * Takes the text of @workspace as it is now, on the thread that owns the
 * model, writing only the meetings that changed since they were last
 * written. The snapshot holds no model object: it can go to another
 * thread, and later edits do not change it.
 *
 * Returns: (transfer full): the snapshot
 */
PlnJsonSnapshot *
pln_json_snapshot_new (PlnWorkspace *workspace)
{
  PlnJsonSnapshot *snapshot;
  GString *out;

  g_return_val_if_fail (PLN_IS_WORKSPACE (workspace), NULL);

  snapshot = snapshot_new ();
  out = g_string_sized_new (4096);
  write_workspace (workspace, out, snapshot_item, snapshot);
  add_piece (snapshot, g_string_free_to_bytes (out));

  return snapshot;
}

/**
 * pln_json_snapshot_write:
 *
 * Joins the pieces of @snapshot; in any thread.
 *
 * Returns: (transfer full): the workspace file's bytes
 */
GBytes *
pln_json_snapshot_write (PlnJsonSnapshot *snapshot)
{
  char *data;
  gsize at = 0;

  g_return_val_if_fail (snapshot != NULL, NULL);

  data = g_malloc (snapshot->size + 1);
  for (guint i = 0; i < snapshot->pieces->len; i++)
    {
      gsize size;
      gconstpointer piece = g_bytes_get_data (snapshot->pieces->pdata[i], &size);

      memcpy (data + at, piece, size);
      at += size;
    }
  data[at] = '\0';

  return g_bytes_new_take (data, at);
}

/**
 * pln_json_snapshot_new_for_bytes:
 * @bytes: a whole file's text
 *
 * Returns: (transfer full): a snapshot of one piece, @bytes
 */
PlnJsonSnapshot *
pln_json_snapshot_new_for_bytes (GBytes *bytes)
{
  PlnJsonSnapshot *snapshot;

  g_return_val_if_fail (bytes != NULL, NULL);

  snapshot = snapshot_new ();
  add_piece (snapshot, g_bytes_ref (bytes));
  return snapshot;
}

/**
 * pln_json_snapshot_ref:
 *
 * A snapshot is immutable: any thread may hold it.
 *
 * Returns: (transfer full): @snapshot
 */
PlnJsonSnapshot *
pln_json_snapshot_ref (PlnJsonSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  g_atomic_ref_count_inc (&snapshot->ref);
  return snapshot;
}

void
pln_json_snapshot_unref (PlnJsonSnapshot *snapshot)
{
  if (snapshot == NULL || !g_atomic_ref_count_dec (&snapshot->ref))
    return;

  g_ptr_array_unref (snapshot->pieces);
  g_free (snapshot);
}

/**
 * pln_json_snapshot_get_pieces:
 * @n_pieces: (out): how many
 *
 * The text of the file is these pieces one after the other: a file is
 * written from them (pln_file_write_pieces_safely()) without joining them,
 * so the text of the meetings kept from the file read is not copied.
 *
 * Returns: (transfer none) (array length=n_pieces): the pieces
 */
GBytes * const *
pln_json_snapshot_get_pieces (PlnJsonSnapshot *snapshot,
                              guint           *n_pieces)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  *n_pieces = snapshot->pieces->len;
  return (GBytes * const *) snapshot->pieces->pdata;
}

/**
 * pln_json_snapshot_get_n_written:
 *
 * Returns: how many meetings @snapshot had to write, their text from the
 *   last save or load not being current
 */
guint
pln_json_snapshot_get_n_written (PlnJsonSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, 0);

  return snapshot->n_written;
}

static void
keep_text (PlnMeeting *meeting,
           GBytes     *text)
{
  MeetingText *cached = g_new0 (MeetingText, 1);

  cached->revision = pln_object_get_revision (PLN_OBJECT (meeting));
  cached->text = text;
  g_object_set_data_full (G_OBJECT (meeting), MEETING_TEXT_KEY, cached, meeting_text_free);
}

/**
 * _pln_json_snapshot_keep_file:
 * @workspace: as just read from @file
 * @file: the bytes of the workspace file
 * @slices: (element-type PlnJsonSlice): where each meeting of @workspace
 *   is in @file
 *
 * After a load, each meeting's text in the file is its text for the next
 * save, a part of @file (which the store keeps anyway, as the base of a
 * merge): neither written again on the main thread nor held twice. Only
 * for each meeting whose text is the one this version writes for it
 * (compared here, in the loading worker); the others are written again
 * as before.
 */
void
_pln_json_snapshot_keep_file (PlnWorkspace *workspace,
                              GBytes       *file,
                              GArray       *slices)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  guint n = g_list_model_get_n_items (meetings);
  g_autoptr(GString) out = NULL;
  const char *data = g_bytes_get_data (file, NULL);

  if (n == 0 || slices->len != n)
    return;

  /* Each meeting is written and compared, in the worker that loads: a
   * meeting edited by hand (a member added, one left to its default) is
   * written again, as this version writes it, on the next save. */
  out = g_string_sized_new (64 * 1024);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      const PlnJsonSlice *slice = &g_array_index (slices, PlnJsonSlice, i);

      if (pln_object_get_revision_box (PLN_OBJECT (meeting)) == NULL)
        continue;

      g_string_truncate (out, 0);
      pln_object_write_json (PLN_OBJECT (meeting), out, MEETING_DEPTH);
      if (out->len == slice->end - slice->start && memcmp (out->str, data + slice->start, out->len) == 0)
        keep_text (meeting, g_bytes_new_from_bytes (file, slice->start, slice->end - slice->start));
    }
}

/**
 * pln_json_prepare_meeting:
 *
 * Writes the text of @meeting ahead of the next snapshot, when it has
 * none that is current: for the store to spread over idle time after a
 * load, so the first save after it writes no meeting.
 *
 * Returns: whether the meeting was written
 */
gboolean
pln_json_prepare_meeting (PlnMeeting *meeting)
{
  gboolean written;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), FALSE);

  meeting_text (meeting, &written);
  return written;
}
