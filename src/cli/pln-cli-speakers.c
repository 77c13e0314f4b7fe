/* pln-cli-speakers.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"
#include "pln-speakers-document.h"

/* The lists of speakers of a meeting's plenary meetings: add-speaker
 * inscribes a delegation and applies the online cap, export-speakers
 * writes a list. PLENARY-MEETING is a plenary meeting's number in the
 * meeting's list, from 1. */

typedef struct
{
  gboolean    online;
  guint       panellist_minutes;
  const char *item;
} AddOptions;

/* English writes a place or a plenary meeting as "11th", "1st"; another
 * language as its translators write numbers in that place ("no 11"),
 * ordinals having no word-for-word translation. A language without the
 * message keeps the English. */
static char *
dup_ordinal (guint n)
{
  if (g_str_equal (_("no. %u"), "no. %u"))
    return pln_ordinal_number_en (n);

  /* Translators: a place on a list of speakers or a plenary meeting's
   * number, as it goes into the messages of add-speaker ("%s: %s in the %s
   * plenary meeting"); English writes "11th" instead of this */
  return g_strdup_printf (_("no. %u"), n);
}

/* PLENARY-MEETING given as "2" is the meeting's 2nd plenary meeting.
 * Returns: (transfer none) (nullable): it, which the meeting keeps */
static PlnSitting *
find_sitting (PlnMeeting  *meeting,
              const char  *text,
              GError     **error)
{
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  PlnSitting *sitting;
  guint n = g_list_model_get_n_items (sittings);
  guint number;

  if (n == 0)
    {
      g_set_error_literal (error, PLN_ERROR, PLN_ERROR_INVALID,
                           _("The meeting has no plenary meetings: set its days to make them first"));
      return NULL;
    }

  /* Translators: the argument of add-speaker and export-speakers as their
   * usage names it, in capitals */
  if (!pln_cli_parse_number (_("PLENARY-MEETING"), text, 1, n, &number, error))
    return NULL;

  sitting = g_list_model_get_item (sittings, number - 1);
  g_object_unref (sitting);
  return sitting;
}

/* --item as the agenda numbers it: "2", or "1 (a)" for a sub-item. */
static PlnAgendaItem *
find_item (PlnMeeting  *meeting,
           const char  *text,
           GError     **error)
{
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (meeting);

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *label = pln_agenda_item_dup_label (g_ptr_array_index (items, i));

      if (g_str_equal (label, text))
        return g_ptr_array_index (items, i);
    }

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: %s is the item given after --item */
               _("No agenda item “%s” in the meeting: give its number as the agenda shows it, such as 2 or 1 (a)"),
               text);
  return NULL;
}

/* The options after DELEGATION, in any order. FALSE without @error is a
 * usage error; with it, a value given wrong. */
static gboolean
parse_add_options (int          argc,
                   char       **argv,
                   AddOptions  *options,
                   GError     **error)
{
  for (int i = 5; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--online"))
        options->online = TRUE;
      else if (g_str_equal (argv[i], "--item") && i + 1 < argc)
        options->item = argv[++i];
      else if (g_str_equal (argv[i], "--panellist") && i + 1 < argc)
        {
          /* Translators: the value of add-speaker's --panellist as its usage names it */
          if (!pln_cli_parse_number (_("MINUTES"), argv[++i], 1, 180, &options->panellist_minutes, error))
            return FALSE;
        }
      else
        return FALSE;
    }

  return TRUE;
}

/* Where the cap put @speaker: on @sitting's list, carried over to the
 * next plenary meeting, or over the cap of the meeting's last one. */
static void
print_landed (PlnMeeting *meeting,
              PlnSitting *sitting,
              PlnSpeaker *speaker,
              GPtrArray  *over,
              PlnSitting *moved_to)
{
  const char *delegation = pln_speaker_get_delegation (speaker);
  g_autofree char *here = dup_ordinal (pln_meeting_get_sitting_number (meeting, sitting));
  g_autofree char *next = moved_to ? dup_ordinal (pln_meeting_get_sitting_number (meeting, moved_to)) : NULL;
  guint position = 0;
  g_autofree char *place = NULL;
  guint others = moved_to ? over->len : 0;

  if (g_ptr_array_find (over, speaker, NULL) && moved_to != NULL)
    {
      others--;
      /* Translators: a delegation, then the numbers of the plenary meeting
       * it goes to and of the one it was inscribed in, from dup_ordinal ("2nd", "1st") */
      pln_cli_print (stdout, _("%s: carried over to the %s plenary meeting (online time of the %s is used)\n"),
                     delegation, next, here);
    }
  else
    {
      g_list_store_find (G_LIST_STORE (pln_sitting_get_speakers (sitting)), speaker, &position);
      place = dup_ordinal (position + 1);
      if (g_ptr_array_find (over, speaker, NULL))
        /* Translators: a delegation, its place on the list ("11th") and the
         * plenary meeting's number ("4th"); the chair may still give it the floor */
        pln_cli_print (stdout, _("%s: %s in the %s plenary meeting, over its online cap: it is the meeting’s last, "
                                 "so the speaker stays there for the chair to decide\n"),
                       delegation, place, here);
      else
        /* Translators: a delegation, its place on the list ("11th") and the
         * plenary meeting's number ("1st") */
        pln_cli_print (stdout, _("%s: %s in the %s plenary meeting\n"), delegation, place, here);
    }

  if (others > 0)
    pln_cli_print (stdout, g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: %u speakers, then a plenary meeting's number ("2nd") */
                                        "%u other online speaker carried over to the %s plenary meeting\n",
                                        "%u other online speakers carried over to the %s plenary meeting\n",
                                        others),
                   others, next);
}

/* plenary-cli add-speaker FILE MEETING PLENARY-MEETING DELEGATION
 * [--online] [--panellist MINUTES] [--item NUMBER]: inscribes at the end
 * of the list, applies the online cap and saves the workspace. */
int
pln_cli_add_speaker (int    argc,
                     char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnSpeaker) speaker = NULL;
  g_autoptr(GPtrArray) over = NULL;
  g_autofree char *delegation = NULL;
  AddOptions options = { FALSE, 0, NULL };
  PlnAgendaItem *item = NULL;
  PlnSitting *moved_to = NULL;
  PlnSitting *sitting;
  PlnMeeting *meeting;
  PlnFloorStamp now;

  if (argc < 5 || !parse_add_options (argc, argv, &options, &error))
    return error ? pln_cli_fail ("add-speaker", error) : pln_cli_usage (argv[0]);

  delegation = g_strstrip (g_strdup (argv[4]));
  if (*delegation == '\0')
    {
      pln_cli_print (stderr, "plenary-cli add-speaker: %s\n", _("DELEGATION is empty: give the delegation’s name"));
      return 2;
    }

  store = pln_cli_load_meeting (argv[1], argv[2], &meeting, &error);
  if (store == NULL ||
      (sitting = find_sitting (meeting, argv[3], &error)) == NULL ||
      (options.item != NULL && (item = find_item (meeting, options.item, &error)) == NULL))
    return pln_cli_fail ("add-speaker", error);

  speaker = pln_speaker_new ();
  pln_speaker_set_delegation (speaker, delegation);
  pln_speaker_set_mode (speaker, options.online ? PLN_PARTICIPATION_MODE_ONLINE : PLN_PARTICIPATION_MODE_IN_PERSON);
  pln_speaker_set_panellist_minutes (speaker, options.panellist_minutes);
  pln_speaker_set_agenda_item (speaker, item);
  pln_sitting_insert_speaker (sitting, G_MAXUINT, speaker);

  pln_floor_stamp_now (&now);
  over = pln_meeting_apply_online_cap (meeting, sitting, &now, &moved_to);
  if (!pln_store_save (store, NULL, &error))
    {
      pln_cli_print_error ("add-speaker", error);
      return 1;
    }

  print_landed (meeting, sitting, speaker, over, moved_to);
  return 0;
}

/* plenary-cli export-speakers FILE MEETING PLENARY-MEETING FORMAT OUT:
 * FORMAT a document's (pdf, docx, odt, txt) or csv. The workspace is only
 * read. */
int
pln_cli_export_speakers (int    argc,
                         char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GFile) out = NULL;
  gboolean is_csv;
  PlnDocumentFormat format = PLN_DOCUMENT_FORMAT_TEXT;
  PlnSitting *sitting;
  PlnMeeting *meeting;
  PlnFloorStamp now;

  if (argc != 6)
    return pln_cli_usage (argv[0]);

  is_csv = g_ascii_strcasecmp (argv[4], "csv") == 0;
  if (!is_csv && !pln_document_format_from_string (argv[4], &format))
    {
      /* Translators: %s is the format given; the names after it are not translated */
      pln_cli_print (stderr, _("plenary-cli export-speakers: unknown format “%s”; use pdf, docx, odt, txt or csv\n"), argv[4]);
      return 2;
    }

  store = pln_cli_load_meeting (argv[1], argv[2], &meeting, &error);
  if (store == NULL || (sitting = find_sitting (meeting, argv[3], &error)) == NULL)
    return pln_cli_fail ("export-speakers", error);

  pln_floor_stamp_now (&now);
  if (!is_csv)
    {
      document = pln_speakers_document_new (meeting, sitting, &now);
      return pln_cli_export_document ("export-speakers", document, format, argv[5]);
    }

  csv = pln_speakers_to_csv (meeting, sitting, &now);
  out = g_file_new_for_commandline_arg (argv[5]);
  if (!pln_file_write_bytes_safely (out, csv, PLN_WRITE_NONE, &error))
    return pln_cli_fail ("export-speakers", error);

  return 0;
}

/* plenary-cli export-statements FILE MEETING OUT-FOLDER: the written
 * statements that may be posted and their index page, for the meeting's
 * web page. The workspace is only read. */
int
pln_cli_export_statements (int    argc,
                           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  PlnMeeting *meeting;
  guint n = 0;

  if (argc != 4)
    return pln_cli_usage (argv[0]);

  store = pln_cli_load_meeting (argv[1], argv[2], &meeting, &error);
  if (store == NULL)
    return pln_cli_fail ("export-statements", error);

  folder = g_file_new_for_commandline_arg (argv[3]);
  if (!pln_statements_export (meeting, folder, &n, &error))
    return pln_cli_fail ("export-statements", error);

  name = g_file_get_parse_name (folder);
  /* Translators: %u is a number of written statements, %s a folder */
  pln_cli_print (stdout, g_dngettext (GETTEXT_PACKAGE, "%u statement written to “%s”, with its index page\n",
                                      "%u statements written to “%s”, with their index page\n", n), n, name);
  return 0;
}
