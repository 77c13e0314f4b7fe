/* pln-statements-export.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-statements-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-core.h"

/* The written statements of a meeting for its web page: a folder with the
 * statements that may be posted, each named by plenary meeting, agenda
 * item and delegation ("pm1_item3_estonia.pdf", "general_estonia.pdf"),
 * and an index page listing them by item, in English like the other
 * documents. The folder is the secretariat's to upload as it is: a
 * statement no longer to be posted is removed from it on the next export
 * (the index remembers the files it listed), and nothing is written when
 * one of the statements cannot be read. */

#define INDEX_NAME "index.html"
#define MANIFEST_START "<!-- plenary-files:"
#define MANIFEST_END "-->"

/* Lowercase ASCII letters and digits, other runs as one dash. */
static void
append_slug (GString    *name,
             const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", "C");
  gsize start = name->len;
  gboolean dash = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && name->len > start)
            g_string_append_c (name, '-');
          g_string_append_c (name, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        {
          dash = TRUE;
        }
    }

  if (name->len == start)
    g_string_append (name, "statement");
}

/* ".pdf", from the statement's own file name: a short run of letters
 * and digits after its last dot. */
static void
append_extension (GString      *name,
                  PlnStatement *statement)
{
  const char *basename = pln_statement_get_basename (statement);
  const char *dot = basename != NULL ? strrchr (basename, '.') : NULL;
  gsize length;

  if (dot == NULL || dot == basename)
    return;

  length = strlen (dot + 1);
  if (length == 0 || length > 5)
    return;
  for (const char *p = dot + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return;

  g_string_append_c (name, '.');
  for (const char *p = dot + 1; *p != '\0'; p++)
    g_string_append_c (name, g_ascii_tolower (*p));
}

/**
 * pln_statement_entry_dup_file_name:
 * @entry: a written statement of @meeting
 *
 * Returns: (transfer full): the name the statement has in the folder for
 *   the web page: "pm1_item3a_estonia.pdf" for a statement on item 3 (a)
 *   in the 1st plenary meeting, "general_estonia.pdf" for a general one
 */
char *
pln_statement_entry_dup_file_name (PlnMeeting              *meeting,
                                   const PlnStatementEntry *entry)
{
  GString *name = g_string_new (NULL);
  PlnAgendaItem *item;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (entry->speaker == NULL)
    {
      g_string_append (name, "general_");
    }
  else
    {
      g_string_append_printf (name, "pm%u_", pln_meeting_get_sitting_number (meeting, entry->sitting));
      item = pln_speaker_get_agenda_item (entry->speaker);
      if (item != NULL)
        {
          g_autofree char *label = pln_agenda_item_dup_label (item);

          g_string_append (name, "item");
          /* "3 (a)" reads "item3a". */
          for (const char *p = label; *p != '\0'; p++)
            if (g_ascii_isalnum (*p))
              g_string_append_c (name, g_ascii_tolower (*p));
          g_string_append_c (name, '_');
        }
    }

  append_slug (name, pln_statement_entry_get_delegation (entry));
  append_extension (name, entry->statement);
  return g_string_free (name, FALSE);
}

/* ------------------------------------------------------------ the export */

typedef struct
{
  const PlnStatementEntry *entry;
  char                    *name;     /* in the folder */
  GBytes                  *bytes;
} Posted;

static void
posted_clear (gpointer data)
{
  Posted *posted = data;

  g_clear_pointer (&posted->name, g_free);
  g_clear_pointer (&posted->bytes, g_bytes_unref);
}

/* "Estonia on item 3", "Estonia (general statement)": which statement an
 * error is about. */
static char *
dup_description (const PlnStatementEntry *entry)
{
  const char *delegation = pln_statement_entry_get_delegation (entry);
  PlnAgendaItem *item = entry->speaker != NULL ? pln_speaker_get_agenda_item (entry->speaker) : NULL;
  g_autofree char *label = item != NULL ? pln_agenda_item_dup_label (item) : NULL;

  if (delegation == NULL || *delegation == '\0')
    delegation = pln_statement_get_basename (entry->statement);
  if (entry->speaker == NULL)
    /* Translators: a written statement in an error message; %s is a delegation */
    return g_strdup_printf (_("the general statement of %s"), delegation);
  if (label != NULL)
    /* Translators: a written statement in an error message; the first %s is a delegation, the second an agenda item's number */
    return g_strdup_printf (_("the statement of %s on item %s"), delegation, label);

  /* Translators: a written statement in an error message; %s is a delegation */
  return g_strdup_printf (_("the statement of %s"), delegation);
}

/* Reads every statement that may be posted, before anything is written. */
static gboolean
read_posted (PlnMeeting  *meeting,
             GArray      *entries,
             GArray      *posted,
             GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (names, (gpointer) INDEX_NAME);
  for (guint i = 0; i < entries->len; i++)
    {
      const PlnStatementEntry *entry = &g_array_index (entries, PlnStatementEntry, i);
      const char *path = pln_statement_get_file (entry->statement);
      Posted one = { entry, NULL, NULL };
      g_autofree char *base = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) local_error = NULL;
      char *contents = NULL;
      gsize length = 0;

      if (!pln_statement_get_may_post (entry->statement))
        continue;

      if (path == NULL || *path == '\0')
        {
          g_autofree char *what = dup_description (entry);

          /* Translators: %s is a written statement ("the statement of Estonia on item 3") */
          g_set_error (error, PLN_ERROR, PLN_ERROR_NOT_FOUND, _("No file is attached to %s."), what);
          return FALSE;
        }

      file = g_file_new_for_path (path);
      if (!pln_file_read_bounded (file, PLN_FILE_LIMIT_DOCUMENT, NULL, &contents, &length, NULL, &local_error))
        {
          g_autofree char *what = dup_description (entry);

          /* Translators: the first %s is a written statement ("the statement of Estonia on item 3"), the second why its file could not be read */
          g_set_error (error, PLN_ERROR, PLN_ERROR_NOT_FOUND, _("The file of %s could not be read: %s"),
                       what, local_error->message);
          return FALSE;
        }

      /* Two statements of a delegation on one item: "…_estonia-2.pdf". */
      base = pln_statement_entry_dup_file_name (meeting, entry);
      one.name = g_strdup (base);
      for (guint n = 2; g_hash_table_contains (names, one.name); n++)
        {
          const char *dot = strrchr (base, '.');
          gsize stem = dot != NULL ? (gsize) (dot - base) : strlen (base);

          g_free (one.name);
          one.name = g_strdup_printf ("%.*s-%u%s", (int) stem, base, n, dot != NULL ? dot : "");
        }
      g_hash_table_add (names, one.name);
      one.bytes = g_bytes_new_take (contents, length);
      g_array_append_val (posted, one);
    }

  return TRUE;
}

static void
append_escaped (GString    *html,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (html, escaped);
}

static void
append_list (GString    *html,
             PlnMeeting *meeting,
             GArray     *posted,
             gboolean  (*belongs) (const PlnStatementEntry *entry, gpointer data),
             gpointer    data,
             const char *heading)
{
  gboolean open = FALSE;

  for (guint i = 0; i < posted->len; i++)
    {
      Posted *one = &g_array_index (posted, Posted, i);
      g_autofree char *href = NULL;

      if (!belongs (one->entry, data))
        continue;

      if (!open)
        {
          g_string_append (html, "<h2>");
          append_escaped (html, heading);
          g_string_append (html, "</h2>\n<ul>\n");
          open = TRUE;
        }

      href = g_uri_escape_string (one->name, NULL, FALSE);
      g_string_append_printf (html, "<li><a href=\"%s\">", href);
      append_escaped (html, pln_statement_entry_get_delegation (one->entry));
      g_string_append (html, "</a>");
      if (one->entry->sitting != NULL)
        {
          g_autofree char *ordinal = pln_ordinal_number_en (MAX (pln_meeting_get_sitting_number (meeting, one->entry->sitting), 1));

          g_string_append_printf (html, " (%s plenary meeting)", ordinal);
        }
      g_string_append (html, "</li>\n");
    }

  if (open)
    g_string_append (html, "</ul>\n");
}

static gboolean
is_general (const PlnStatementEntry *entry,
            gpointer                 data)
{
  return entry->speaker == NULL;
}

static gboolean
is_on_item (const PlnStatementEntry *entry,
            gpointer                 item)
{
  return entry->speaker != NULL && (gpointer) pln_speaker_get_agenda_item (entry->speaker) == item;
}

/* The index page; the names of its files close it, in a comment, for the
 * next export to know what it wrote. */
static GBytes *
build_index (PlnMeeting *meeting,
             GArray     *posted)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  g_autofree char *title = pln_meeting_dup_title_en (meeting);
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (meeting);
  const char *symbol = pln_meeting_get_agenda_symbol (meeting);
  GString *html = g_string_new ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");

  g_string_append (html, "Written statements: ");
  if (group != NULL)
    {
      append_escaped (html, pln_working_group_get_name (group));
      g_string_append (html, ", ");
    }
  append_escaped (html, title);
  g_string_append (html, "</title>\n</head>\n<body>\n<h1>Written statements</h1>\n<p>");
  if (group != NULL)
    {
      append_escaped (html, pln_working_group_get_name (group));
      g_string_append (html, "<br>\n");
    }
  append_escaped (html, title);
  g_string_append (html, "</p>\n");

  if (posted->len == 0)
    g_string_append (html, "<p>No written statements have been posted.</p>\n");

  append_list (html, meeting, posted, is_general, NULL, "General statements");
  for (guint i = 0; i < items->len; i++)
    {
      PlnAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *label = pln_agenda_item_dup_label (item);
      g_autofree char *heading = g_strdup_printf ("Item %s. %s", label, pln_agenda_item_get_title (item) ?: "");

      append_list (html, meeting, posted, is_on_item, item, heading);
    }
  append_list (html, meeting, posted, is_on_item, NULL, "Statements on no particular item");

  if (symbol != NULL && *symbol != '\0')
    {
      g_string_append (html, "<p>Agenda: ");
      append_escaped (html, symbol);
      g_string_append (html, "</p>\n");
    }

  g_string_append (html, MANIFEST_START);
  for (guint i = 0; i < posted->len; i++)
    {
      g_autofree char *href = g_uri_escape_string (g_array_index (posted, Posted, i).name, NULL, FALSE);

      g_string_append_printf (html, " %s", href);
    }
  g_string_append (html, " " MANIFEST_END "\n</body>\n</html>\n");

  return g_string_free_to_bytes (html);
}

/* The files the last export's index listed. */
static GStrv
read_previous_names (GFile *folder)
{
  g_autoptr(GFile) index = g_file_get_child (folder, INDEX_NAME);
  g_autofree char *contents = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  const char *start, *end;
  g_auto(GStrv) words = NULL;

  if (!pln_file_read_bounded (index, PLN_FILE_LIMIT_DOCUMENT, NULL, &contents, NULL, NULL, NULL))
    return g_strv_builder_end (names);

  start = strstr (contents, MANIFEST_START);
  end = start != NULL ? strstr (start, MANIFEST_END) : NULL;
  if (end == NULL)
    return g_strv_builder_end (names);

  start += strlen (MANIFEST_START);
  contents[end - contents] = '\0';
  words = g_strsplit_set (start, " \n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *name = g_uri_unescape_string (words[i], NULL);

      /* Only names of this folder's files. */
      if (name != NULL && *name != '\0' && *name != '.' && strchr (name, '/') == NULL &&
          strcmp (name, INDEX_NAME) != 0)
        g_strv_builder_add (names, name);
    }

  return g_strv_builder_end (names);
}

static void
remove_withdrawn (GFile  *folder,
                  GStrv   previous,
                  GArray *posted)
{
  for (guint i = 0; previous[i] != NULL; i++)
    {
      gboolean kept = FALSE;

      for (guint k = 0; k < posted->len && !kept; k++)
        kept = strcmp (previous[i], g_array_index (posted, Posted, k).name) == 0;

      if (!kept)
        {
          g_autoptr(GFile) file = g_file_get_child (folder, previous[i]);

          g_file_delete (file, NULL, NULL);
        }
    }
}

/**
 * pln_statements_export:
 * @folder: where to write; made if it does not exist
 * @n_written: (out) (optional): how many statements were written
 *
 * Writes the written statements of @meeting that may be posted into
 * @folder, with the index page "index.html". Statements listed by the
 * folder's previous index and no longer posted are removed. When a
 * statement's file cannot be read, the error names the statement and
 * nothing is written.
 *
 * Returns: whether the folder is complete
 */
gboolean
pln_statements_export (PlnMeeting  *meeting,
                       GFile       *folder,
                       guint       *n_written,
                       GError     **error)
{
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GArray) posted = NULL;
  g_autoptr(GBytes) index = NULL;
  g_autoptr(GFile) index_file = NULL;
  g_auto(GStrv) previous = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_written != NULL)
    *n_written = 0;

  entries = pln_meeting_dup_written_statements (meeting);
  posted = g_array_new (FALSE, TRUE, sizeof (Posted));
  g_array_set_clear_func (posted, posted_clear);
  if (!read_posted (meeting, entries, posted, error))
    return FALSE;

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      /* Translators: the first %s is a folder, the second why it could not be made */
      g_set_error (error, PLN_ERROR, PLN_ERROR_EXPORT, _("The folder “%s” could not be made: %s"),
                   name, local_error->message);
      return FALSE;
    }
  if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      /* Translators: %s is a file chosen as the folder for the web page */
      g_set_error (error, PLN_ERROR, PLN_ERROR_EXPORT, _("“%s” is not a folder."), name);
      return FALSE;
    }

  previous = read_previous_names (folder);
  for (guint i = 0; i < posted->len; i++)
    {
      Posted *one = &g_array_index (posted, Posted, i);
      g_autoptr(GFile) file = g_file_get_child (folder, one->name);

      if (!pln_file_write_bytes_safely (file, one->bytes, PLN_WRITE_NONE, error))
        return FALSE;
    }

  index = build_index (meeting, posted);
  index_file = g_file_get_child (folder, INDEX_NAME);
  if (!pln_file_write_bytes_safely (index_file, index, PLN_WRITE_NONE, error))
    return FALSE;

  remove_withdrawn (folder, previous, posted);
  if (n_written != NULL)
    *n_written = posted->len;

  return TRUE;
}
