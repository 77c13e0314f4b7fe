/* pln-synth.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-synth"

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-model-private.h"
#include "pln-synth.h"

/* Synthetic workspaces for benchmarks and load tests, at the scale a
 * secretariat reaches: per year, five working groups meeting twice, each
 * meeting with 300 registrations and 50 recommendations — so ten years are
 * about 100 meetings, 30 000 registrations and 5 000 recommendations.
 * The people and texts are generated nonsense, never presented as real. */

#define MEETINGS_PER_GROUP_PER_YEAR 2
#define REGISTRATIONS_PER_MEETING 300
#define RECOMMENDATIONS_PER_MEETING 50
#define ITEMS_PER_MEETING 6

static const char * const syllables[] = {
  "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "da", "fe", "go", "hu",
};

static const char * const words[] = {
  "States", "parties", "should", "strengthen", "cooperation", "with", "the",
  "private", "sector", "and", "consider", "sharing", "information", "on",
  "investigations", "of", "smuggling", "migrants", "including", "through",
  "technical", "assistance", "training", "for", "practitioners", "in",
};

static char *
make_word (GRand *rand,
           guint  syllable_count)
{
  GString *word = g_string_new (NULL);

  for (guint i = 0; i < syllable_count; i++)
    g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  word->str[0] = g_ascii_toupper (word->str[0]);

  return g_string_free (word, FALSE);
}

static char *
make_sentence (GRand *rand,
               guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

static void
add_registrations (PlnMeeting *meeting,
                   GRand      *rand)
{
  g_autoptr(GPtrArray) regs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < REGISTRATIONS_PER_MEETING; i++)
    {
      PlnRegistration *reg = pln_registration_new ();
      g_autofree char *first = make_word (rand, 2);
      g_autofree char *last = make_word (rand, 3);
      g_autofree char *name = g_strdup_printf ("%s %s", first, last);
      g_autofree char *country = make_word (rand, 3);
      g_autofree char *login = g_ascii_strdown (name, -1);
      g_autofree char *email = NULL;

      g_strdelimit (login, " ", '.');
      email = g_strconcat (login, "@example.org", NULL);

      pln_registration_set_name (reg, name);
      pln_registration_set_delegation (reg, country);
      pln_registration_set_category (reg, g_rand_int_range (rand, 0, PLN_REGISTRATION_CATEGORY_SECRETARIAT + 1));
      pln_registration_set_role (reg, g_rand_int_range (rand, 0, PLN_REGISTRATION_ROLE_RAPPORTEUR + 1));
      pln_registration_set_mode (reg, g_rand_int_range (rand, 0, 2));
      pln_registration_set_status (reg, g_rand_int_range (rand, 0, 3));
      pln_registration_set_email (reg, email);
      pln_registration_set_link_sent (reg, g_rand_boolean (rand));
      g_ptr_array_add (regs, reg);
    }

  g_list_store_splice (G_LIST_STORE (pln_meeting_get_registrations (meeting)), 0, 0, regs->pdata, regs->len);
}

/* The documents carry symbols of the working group's series and the
 * meeting's year (@series/@year/2, /3 …), so the archive validates. */
static void
add_agenda_and_sittings (PlnMeeting *meeting,
                         const char *series,
                         guint       year,
                         GRand      *rand)
{
  GListModel *sittings;

  for (guint i = 0; i < ITEMS_PER_MEETING; i++)
    {
      g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();
      g_autofree char *title = make_sentence (rand, 8);
      g_autofree char *annotation = make_sentence (rand, 60);
      g_autoptr(PlnDocumentRef) doc = pln_document_ref_new ();
      g_autofree char *symbol = g_strdup_printf ("%s/%u/%u", series, year, i + 2);

      pln_agenda_item_set_title (item, title);
      pln_agenda_item_set_annotation (item, annotation);
      pln_document_ref_set_symbol (doc, symbol);
      pln_document_ref_set_title (doc, title);
      pln_agenda_item_append_document (item, doc);

      if (i == 0)
        for (guint s = 0; s < 2; s++)
          {
            g_autoptr(PlnAgendaItem) sub = pln_agenda_item_new ();

            pln_agenda_item_set_title (sub, s == 0 ? "Opening of the meeting" : "Adoption of the agenda");
            pln_agenda_item_append_sub_item (item, sub);
          }

      pln_meeting_append_agenda_item (meeting, item);
    }
  pln_meeting_renumber_agenda (meeting);

  pln_meeting_generate_sittings (meeting);
  sittings = pln_meeting_get_sittings (meeting);
  for (guint i = 0; i < ITEMS_PER_MEETING; i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (meeting), i);
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i * g_list_model_get_n_items (sittings) / ITEMS_PER_MEETING);
      g_autoptr(PlnPlacement) placement = pln_placement_new ();

      pln_placement_set_agenda_item (placement, item);
      pln_sitting_append_placement (sitting, placement);
    }
}

static void
add_recommendations (PlnMeeting *meeting,
                     GRand      *rand)
{
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);

  for (guint i = 0; i < RECOMMENDATIONS_PER_MEETING; i++)
    {
      PlnRecommendation *rec = pln_recommendation_new ();
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (meeting),
                                                             1 + i % (ITEMS_PER_MEETING - 1));
      g_autofree char *text = make_sentence (rand, 25 + g_rand_int_range (rand, 0, 30));
      g_autofree char *source = make_word (rand, 3);
      g_autoptr(GDateTime) created = NULL;
      GDate day;

      pln_meeting_get_day (meeting, i % pln_meeting_get_n_days (meeting), &day);
      created = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                                 10 + i % 8, i % 60, 0);

      pln_recommendation_set_day (rec, &day);
      pln_recommendation_set_agenda_item (rec, item);
      pln_recommendation_set_text (rec, text);
      pln_recommendation_set_source (rec, source);
      /* A third are linked to the registration of who made them. */
      if (i % 3 == 0)
        {
          g_autoptr(PlnRegistration) reg = g_list_model_get_item (pln_meeting_get_registrations (meeting),
                                                                  i * 5 % REGISTRATIONS_PER_MEETING);

          pln_recommendation_set_source (rec, pln_registration_get_delegation (reg));
          pln_recommendation_set_source_registration (rec, pln_registration_get_id (reg));
        }
      pln_recommendation_set_status (rec, g_rand_int_range (rand, 0, PLN_RECOMMENDATION_STATUS_WITHDRAWN + 1));
      pln_recommendation_set_created (rec, created);
      pln_recommendation_set_changed (rec, created);
      g_ptr_array_add (recs, rec);
    }

  g_list_store_splice (G_LIST_STORE (pln_meeting_get_recommendations (meeting)), 0, 0, recs->pdata, recs->len);
}

static const char * const theme_titles[] = {
  "International cooperation", "Mutual legal assistance", "Extradition", "Joint investigations",
  "Prevention", "Awareness raising", "Root causes", "Private sector",
  "Protection", "Rights of migrants", "Victims", "Return",
  "Criminalization", "Aggravating circumstances", "Jurisdiction", "Liability of legal persons",
};

/* A thematic index of four themes with three children each, every
 * recommendation filed under one or two of them, and a resolution of the
 * Conference every other year. A generator of its own, so that the rest
 * of the workspace is the one the other benchmarks always had. */
static void
add_compendium (PlnWorkspace *workspace,
                guint         years,
                guint32       seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ^ 0x7e3e5);
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  const char *parent = NULL;

  for (guint t = 0; t < G_N_ELEMENTS (theme_titles); t++)
    {
      g_autoptr(PlnTheme) theme = pln_theme_new (theme_titles[t]);

      if (t % 4 == 0)
        parent = pln_theme_get_id (theme);
      else
        pln_theme_set_parent (theme, parent);
      pln_workspace_insert_theme (workspace, G_MAXUINT, theme);
      g_ptr_array_add (ids, (gpointer) pln_theme_get_id (theme));
    }

  for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, m);
      GListModel *recs = pln_meeting_get_recommendations (meeting);

      for (guint r = 0; r < g_list_model_get_n_items (recs); r++)
        {
          g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recs, r);
          const char *themes[] = { ids->pdata[g_rand_int_range (rand, 0, ids->len)], NULL, NULL };

          if (g_rand_boolean (rand))
            themes[1] = ids->pdata[g_rand_int_range (rand, 0, ids->len)];
          if (g_strcmp0 (themes[0], themes[1]) == 0)
            themes[1] = NULL;
          pln_recommendation_set_themes (rec, themes);
        }
    }

  for (guint y = 0; y < years; y += 2)
    {
      g_autoptr(PlnResolution) resolution = pln_resolution_new (y % 4 == 0 ? PLN_ENTRY_RESOLUTION : PLN_ENTRY_DECISION);
      g_autofree char *symbol = g_strdup_printf ("%s %u/%u", y % 4 == 0 ? "resolution" : "decision", 1 + y / 2, 1 + y % 5);
      g_autofree char *text = make_sentence (rand, 40);
      g_autoptr(GDate) date = g_date_new_dmy (20, G_DATE_OCTOBER, 2000 + y);
      const char *themes[] = { ids->pdata[g_rand_int_range (rand, 0, ids->len)], NULL };

      pln_resolution_set_symbol (resolution, symbol);
      pln_resolution_set_date (resolution, date);
      pln_resolution_set_text (resolution, text);
      pln_resolution_set_themes (resolution, themes);
      pln_workspace_insert_resolution (workspace, G_MAXUINT, resolution);
    }
}

/**
 * pln_synth_workspace:
 * @years: how many years of meetings
 * @seed: the random seed; the same seed gives the same workspace, ids
 *   included, so the same file
 *
 * Returns: (transfer full): a synthetic workspace
 */
PlnWorkspace *
pln_synth_workspace (guint   years,
                     guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GRand) ids = g_rand_new_with_seed (seed);
  PlnWorkspace *workspace;
  static const char * const colors[] = { "#9141ac", "#1c71d8", "#c01c28", "#986a44", "#26a269" };
  static const guint series[] = { 2, 3, 4, 6, 7 };

  pln_model_set_id_source (ids);
  workspace = pln_workspace_new ();

  for (guint g = 0; g < G_N_ELEMENTS (series); g++)
    {
      g_autoptr(PlnWorkingGroup) group = pln_working_group_new ();
      g_autofree char *name = g_strdup_printf ("Working Group %u", series[g]);
      g_autofree char *short_name = g_strdup_printf ("WG%u", series[g]);
      g_autofree char *symbols = g_strdup_printf ("CTOC/COP/WG.%u", series[g]);

      pln_working_group_set_name (group, name);
      pln_working_group_set_short_name (group, short_name);
      pln_working_group_set_symbol_series (group, symbols);
      pln_working_group_set_color (group, colors[g]);
      pln_workspace_append_working_group (workspace, group);

      for (guint y = 0; y < years; y++)
        for (guint m = 0; m < MEETINGS_PER_GROUP_PER_YEAR; m++)
          {
            g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
            g_autofree char *report = NULL;
            GDate first, last;

            /* Groups meet in turn, two days each, spring and autumn. */
            g_date_clear (&first, 1);
            g_date_set_dmy (&first, 1 + g * 5, m == 0 ? G_DATE_MAY : G_DATE_OCTOBER, 2000 + y);
            last = first;
            g_date_add_days (&last, 1);

            pln_meeting_set_working_group (meeting, group);
            pln_meeting_set_ordinal (meeting, 1 + y * MEETINGS_PER_GROUP_PER_YEAR + m);
            pln_meeting_set_city (meeting, "Vienna");
            pln_meeting_set_venue (meeting, "Vienna International Centre");
            pln_meeting_set_time_zone (meeting, "Europe/Vienna");
            pln_meeting_set_first_day (meeting, &first);
            pln_meeting_set_last_day (meeting, &last);
            pln_meeting_set_format (meeting, PLN_MEETING_FORMAT_HYBRID);
            pln_meeting_set_platform (meeting, "Interprefy");
            report = g_strdup_printf ("%s/%u/%u", symbols, 2000 + y, 4 + m);
            pln_meeting_set_report_symbol (meeting, report);

            add_agenda_and_sittings (meeting, symbols, 2000 + y, rand);
            add_registrations (meeting, rand);
            add_recommendations (meeting, rand);
            pln_workspace_append_meeting (workspace, meeting);
          }
    }

  add_compendium (workspace, years, seed);
  pln_model_set_id_source (NULL);
  return workspace;
}

/**
 * pln_synth_agenda_text:
 * @agenda: the text of the 2022 annotated provisional agenda of WG.7 (a
 *   seed document)
 * @size: how large the result is at least, in bytes
 *
 * A large agenda for the import's test and benchmark: @agenda up to its
 * annex, then the annotations of its items over and over, as if the last
 * item's annotation went on.
 *
 * Returns: (transfer full): the text
 */
GString *
pln_synth_agenda_text (const char *agenda,
                       gsize       size)
{
  const char *last_item = "6. Adoption of the report\n\n";
  const char *annotations = strstr (agenda, "6. Adoption of the report\n\nThe Working");
  const char *annex = strstr (agenda, "Annex");
  GString *big;

  g_return_val_if_fail (annotations != NULL && annex != NULL && annotations < annex, NULL);

  annotations += strlen (last_item);
  big = g_string_new_len (agenda, annex - agenda);
  while (big->len < size)
    g_string_append_len (big, annotations, annex - annotations);

  return big;
}
