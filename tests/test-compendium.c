/* test-compendium.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-compendium-private.h"
#include "pln-test-util.h"

/* The compendium: themes with parents, search across meetings (case and
 * accents folded, several words, phrases), the index kept current as the
 * workspace changes, the earlier recommendations offered while typing,
 * and the compendium document. */

typedef struct
{
  PlnWorkspace    *workspace;
  PlnWorkingGroup *som;
  PlnWorkingGroup *tip;
  PlnMeeting      *som_2019;
  PlnMeeting      *som_2023;
  PlnMeeting      *tip_2021;
  PlnTheme        *cooperation;
  PlnTheme        *mla;
  PlnTheme        *prevention;
  PlnCompendium   *compendium;
} Fixture;

static PlnWorkingGroup *
add_group (PlnWorkspace *workspace,
           const char   *name,
           const char   *short_name)
{
  g_autoptr(PlnWorkingGroup) group = pln_working_group_new ();

  pln_working_group_set_name (group, name);
  pln_working_group_set_short_name (group, short_name);
  pln_workspace_append_working_group (workspace, group);
  return group;
}

static PlnMeeting *
add_meeting (PlnWorkspace    *workspace,
             PlnWorkingGroup *group,
             guint            year,
             const char      *report_symbol)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();
  g_autoptr(GDate) first = g_date_new_dmy (5, G_DATE_OCTOBER, year);
  g_autoptr(GDate) last = g_date_new_dmy (6, G_DATE_OCTOBER, year);

  pln_meeting_set_working_group (meeting, group);
  pln_meeting_set_ordinal (meeting, year - 2010);
  pln_meeting_set_city (meeting, "Vienna");
  pln_meeting_set_first_day (meeting, first);
  pln_meeting_set_last_day (meeting, last);
  pln_meeting_set_report_symbol (meeting, report_symbol);
  pln_agenda_item_set_title (item, "Good practices");
  pln_meeting_append_agenda_item (meeting, item);
  pln_meeting_renumber_agenda (meeting);
  pln_workspace_append_meeting (workspace, meeting);
  return meeting;
}

static PlnRecommendation *
add_rec (PlnMeeting              *meeting,
         const char              *text,
         PlnRecommendationStatus  status,
         PlnTheme                *theme)
{
  g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (meeting), 0);
  PlnRecommendation *rec = pln_test_add_recommendation (meeting, pln_object_get_id (PLN_OBJECT (item)), 0, text, "Mexico");

  pln_recommendation_set_status (rec, status);
  if (theme != NULL)
    pln_recommendation_set_themes (rec, (const char * const[]) { pln_theme_get_id (theme), NULL });
  return rec;
}

static PlnTheme *
add_theme (PlnWorkspace *workspace,
           const char   *title,
           PlnTheme     *parent)
{
  g_autoptr(PlnTheme) theme = pln_theme_new (title);

  if (parent != NULL)
    pln_theme_set_parent (theme, pln_theme_get_id (parent));
  pln_workspace_insert_theme (workspace, G_MAXUINT, theme);
  return theme;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->workspace = pln_workspace_new ();
  f->som = add_group (f->workspace, "Working Group on the Smuggling of Migrants", "SOM");
  f->tip = add_group (f->workspace, "Working Group on Trafficking in Persons", "TIP");
  f->cooperation = add_theme (f->workspace, "International cooperation", NULL);
  f->mla = add_theme (f->workspace, "Mutual legal assistance", f->cooperation);
  f->prevention = add_theme (f->workspace, "Prevention", NULL);

  f->som_2023 = add_meeting (f->workspace, f->som, 2023, "CTOC/COP/WG.7/2023/5");
  f->som_2019 = add_meeting (f->workspace, f->som, 2019, "CTOC/COP/WG.7/2019/4");
  f->tip_2021 = add_meeting (f->workspace, f->tip, 2021, "CTOC/COP/WG.4/2021/3");

  add_rec (f->som_2019, "States parties should strengthen Cooperación with the private sector.", PLN_RECOMMENDATION_STATUS_AGREED, f->cooperation);
  add_rec (f->som_2019, "States should consider mutual legal assistance requests promptly.", PLN_RECOMMENDATION_STATUS_AGREED, f->mla);
  add_rec (f->som_2019, "States should ratify the Protocol without delay.", PLN_RECOMMENDATION_STATUS_WITHDRAWN, f->prevention);
  add_rec (f->som_2023, "States should share information on smuggling routes through cooperation.", PLN_RECOMMENDATION_STATUS_AGREED, f->cooperation);
  add_rec (f->som_2023, "States should train practitioners in the private sector.", PLN_RECOMMENDATION_STATUS_MERGED, f->prevention);
  add_rec (f->tip_2021, "States should raise awareness of trafficking among the PRIVATE SECTOR.", PLN_RECOMMENDATION_STATUS_AGREED, f->prevention);

  f->compendium = pln_compendium_new (f->workspace);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->compendium);
  g_clear_object (&f->workspace);
}

/* The two words after "should" of each entry found, in the order found. */
static char *
search (Fixture                   *f,
        const PlnCompendiumFilter *filter,
        const char                *query)
{
  g_autoptr(GPtrArray) found = pln_compendium_search (f->compendium, filter, query);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      const char *text = strstr (pln_compendium_entry_get_text (found->pdata[i]), "should ");
      g_auto(GStrv) words = g_strsplit (text + strlen ("should "), " ", 3);

      g_string_append_printf (out, "%s%s %s", i > 0 ? " | " : "", words[0], words[1]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_search (Fixture                   *f,
               const PlnCompendiumFilter *filter,
               const char                *query,
               const char                *expected)
{
  g_autofree char *found = search (f, filter, query);

  g_assert_cmpstr (found, ==, expected);
}

static void
test_search_folding (Fixture       *f,
                     gconstpointer  data)
{
  /* Case and accents, newest first, across meetings and groups. */
  assert_search (f, NULL, "COOPERACION", "strengthen Cooperación");
  assert_search (f, NULL, "cooperation", "share information");
  assert_search (f, NULL, "private sector", "raise awareness | strengthen Cooperación");
  /* A word is the beginning of words: typing "priv" already finds. */
  assert_search (f, NULL, "priv", "raise awareness | strengthen Cooperación");
  /* Several words: every one must be there. */
  assert_search (f, NULL, "private awareness", "raise awareness");
  assert_search (f, NULL, "private nothing", "");
  /* A phrase: its words together, in order. */
  assert_search (f, NULL, "\"sector private\"", "");
  assert_search (f, NULL, "“with the private”", "strengthen Cooperación");
  assert_search (f, NULL, "“the private sector”", "raise awareness | strengthen Cooperación");
  assert_search (f, NULL, "\"legal assistance\" states", "consider mutual");
  assert_search (f, NULL, "", "share information | raise awareness | strengthen Cooperación | consider mutual");
}

static void
test_themes_with_parents (Fixture       *f,
                          gconstpointer  data)
{
  PlnCompendiumFilter filter = { NULL, f->cooperation, 0, 0, 0, FALSE };
  g_autofree char *path = pln_workspace_dup_theme_path (f->workspace, f->mla, " › ");
  g_autoptr(GPtrArray) order = pln_workspace_dup_themes_in_order (f->workspace);

  g_assert_cmpstr (path, ==, "International cooperation › Mutual legal assistance");
  g_assert_cmpuint (pln_workspace_get_theme_depth (f->workspace, f->mla), ==, 1);
  g_assert_true (order->pdata[1] == f->mla);
  g_assert_true (pln_workspace_find_theme_titled (f->workspace, "international COOPERATION/mutual legal assistance") == f->mla);

  /* A parent theme finds what is filed under its children. */
  assert_search (f, &filter, NULL, "share information | strengthen Cooperación | consider mutual");
  filter.theme = f->mla;
  assert_search (f, &filter, NULL, "consider mutual");
  filter.theme = f->prevention;
  assert_search (f, &filter, NULL, "raise awareness");

  /* A loop of parents made by hand does not hang anything. */
  pln_theme_set_parent (f->cooperation, pln_theme_get_id (f->mla));
  g_clear_pointer (&path, g_free);
  path = pln_workspace_dup_theme_path (f->workspace, f->mla, "/");
  g_assert_nonnull (path);
  g_clear_pointer (&order, g_ptr_array_unref);
  order = pln_workspace_dup_themes_in_order (f->workspace);
  g_assert_cmpuint (order->len, ==, 3);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  PlnCompendiumFilter filter = { f->som, NULL, 0, 0, 0, FALSE };

  assert_search (f, &filter, NULL, "share information | strengthen Cooperación | consider mutual");
  filter.from_year = 2020;
  assert_search (f, &filter, NULL, "share information");
  filter = (PlnCompendiumFilter) { NULL, NULL, 2019, 2021, 0, FALSE };
  assert_search (f, &filter, NULL, "raise awareness | strengthen Cooperación | consider mutual");

  /* Withdrawn and merged ones are not in the compendium, unless asked for. */
  assert_search (f, NULL, "states", "share information | raise awareness | strengthen Cooperación | consider mutual");
  filter = (PlnCompendiumFilter) { NULL, NULL, 0, 0, 0, TRUE };
  assert_search (f, &filter, "ratify", "ratify the");
  assert_search (f, &filter, "train", "train practitioners");
  assert_search (f, NULL, "ratify", "");
}

static void
test_resolutions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PlnResolution) resolution = pln_resolution_new (PLN_ENTRY_RESOLUTION);
  g_autoptr(GDate) date = g_date_new_dmy (21, G_DATE_OCTOBER, 2022);
  PlnCompendiumFilter filter = { NULL, NULL, 0, 0, 1u << PLN_ENTRY_RESOLUTION, FALSE };
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *reference = NULL;

  g_assert_cmpuint (pln_compendium_get_n_entries (f->compendium), ==, 6);
  pln_resolution_set_symbol (resolution, "resolution 11/3");
  pln_resolution_set_date (resolution, date);
  pln_resolution_set_text (resolution, "Invites States to implement the Protocol against the Smuggling of Migrants.");
  pln_resolution_set_themes (resolution, (const char * const[]) { pln_theme_get_id (f->cooperation), NULL });
  pln_workspace_insert_resolution (f->workspace, G_MAXUINT, resolution);

  found = pln_compendium_search (f->compendium, &filter, "11/3");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (pln_compendium_entry_get_resolution (found->pdata[0]) == resolution);
  reference = pln_compendium_entry_dup_reference_en (found->pdata[0], 0);
  g_assert_cmpstr (reference, ==, "resolution 11/3");

  pln_workspace_remove_resolution (f->workspace, resolution);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = pln_compendium_search (f->compendium, &filter, NULL);
  g_assert_cmpuint (found->len, ==, 0);
}

/* The index follows edits, additions and removals without being rebuilt. */
static void
test_kept_current (Fixture       *f,
                   gconstpointer  data)
{
  PlnRecommendation *rec = NULL;
  g_autoptr(PlnMeeting) meeting = NULL;
  guint changed = 0;

  assert_search (f, NULL, "awareness", "raise awareness");
  g_signal_connect_swapped (f->compendium, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  rec = add_rec (f->tip_2021, "States should protect victims of trafficking.", PLN_RECOMMENDATION_STATUS_AGREED, NULL);
  g_assert_cmpuint (changed, >, 0);
  assert_search (f, NULL, "victims", "protect victims");

  pln_recommendation_set_text (rec, "States should assist survivors of trafficking.");
  assert_search (f, NULL, "victims", "");
  assert_search (f, NULL, "survivors", "assist survivors");

  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_WITHDRAWN);
  assert_search (f, NULL, "survivors", "");
  pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_AGREED);

  pln_meeting_remove_recommendation (f->tip_2021, rec);
  assert_search (f, NULL, "survivors", "");

  meeting = g_object_ref (f->tip_2021);
  pln_workspace_remove_meeting (f->workspace, meeting);
  assert_search (f, NULL, "awareness", "");
  pln_workspace_append_meeting (f->workspace, meeting);
  assert_search (f, NULL, "awareness", "raise awareness");
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Built from an idle source one meeting a step: not ready at first, its
 * progress told on the way, and what is edited meanwhile (in a meeting
 * filed already, in one not yet) is found once it is ready. */
static void
test_build_in_idle (Fixture       *f,
                    gconstpointer  data)
{
  guint progress = 0;
  PlnRecommendation *rec;

  pln_compendium_set_step_budget (f->compendium, 0);
  g_signal_connect (f->compendium, "notify::progress", G_CALLBACK (notify_count_cb), &progress);
  pln_compendium_build_in_idle (f->compendium);
  g_assert_false (pln_compendium_get_ready (f->compendium));
  g_assert_cmpfloat (pln_compendium_get_progress (f->compendium), ==, 0);

  /* The first meeting (SOM 2023) is filed by the first step. */
  g_main_context_iteration (NULL, TRUE);
  g_assert_false (pln_compendium_get_ready (f->compendium));
  g_assert_cmpfloat (pln_compendium_get_progress (f->compendium), >, 0);
  rec = add_rec (f->som_2023, "States should protect victims of smuggling at sea.", PLN_RECOMMENDATION_STATUS_AGREED, NULL);
  pln_recommendation_set_text (rec, "States should rescue migrants at sea.");
  add_rec (f->tip_2021, "States should assist survivors of trafficking.", PLN_RECOMMENDATION_STATUS_AGREED, NULL);

  while (!pln_compendium_get_ready (f->compendium))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (progress, >=, 2);
  g_assert_cmpfloat (pln_compendium_get_progress (f->compendium), ==, 1);
  g_assert_cmpuint (pln_compendium_get_n_entries (f->compendium), ==, 8);
  assert_search (f, NULL, "sea", "rescue migrants");
  assert_search (f, NULL, "survivors", "assist survivors");
  assert_search (f, NULL, "victims", "");
}

static void
test_earlier (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *reference = NULL;

  /* From the 2023 meeting: the 2019 one of the same group, not the other group's. */
  found = pln_compendium_find_earlier (f->compendium, f->som_2023,
                                       "States parties should strengthen cooperation with the private sector", 3);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (pln_compendium_entry_get_meeting (found->pdata[0]) == f->som_2019);
  reference = pln_compendium_entry_dup_reference_en (found->pdata[0], pln_compendium_entry_dup_number (found->pdata[0]));
  g_assert_cmpstr (reference, ==, "CTOC/COP/WG.7/2019/4, recommendation 1");
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Not from a later meeting, nor a text with little in common. */
  found = pln_compendium_find_earlier (f->compendium, f->som_2019,
                                       "States should share information on smuggling routes through cooperation", 3);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = pln_compendium_find_earlier (f->compendium, f->som_2023, "States should protect the environment", 3);
  g_assert_cmpuint (found->len, ==, 0);
}

/* The blocks of @document, one a line, an item's label before its text
 * (the text export wraps lines). */
static char *
blocks_text (PlnDocument *document)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      if (block->label != NULL)
        g_string_append_printf (out, "%s ", block->label);
      g_string_append_printf (out, "%s\n", block->text ? block->text : "");
    }

  return g_string_free (out, FALSE);
}

/* Two meetings of two groups: each entry once, under its theme, in date
 * order, with its reference; the index of themes gives the numbers. */
static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PlnDocument) document = pln_compendium_document_new (f->compendium, NULL, NULL);
  g_autofree char *text = blocks_text (document);
  PlnCompendiumFilter filter = { f->tip, NULL, 0, 0, 0, FALSE };
  g_autoptr(PlnDocument) tip_only = NULL;
  g_autofree char *tip_text = NULL;

  pln_test_assert_in_order (text, (const char * const []) {
    "Compendium and Thematic Index",
    "Working Group on the Smuggling of Migrants",
    "International cooperation",
    "Vienna, 5 and 6 October 2019",
    "1. States parties should strengthen Cooperación with the private sector. (CTOC/COP/WG.7/2019/4, recommendation 1)",
    "Vienna, 5 and 6 October 2023",
    "2. States should share information on smuggling routes through cooperation. (CTOC/COP/WG.7/2023/5, recommendation 1)",
    "International cooperation › Mutual legal assistance",
    "3. States should consider mutual legal assistance requests promptly. (CTOC/COP/WG.7/2019/4, recommendation 2)",
    "Working Group on Trafficking in Persons",
    "Prevention",
    "4. States should raise awareness",
    "(CTOC/COP/WG.4/2021/3, recommendation 1)",
    "Index of themes",
    "International cooperation: 1, 2",
    "International cooperation › Mutual legal assistance: 3",
    "Prevention: 4",
    NULL });
  g_assert_null (strstr (text, "ratify"));
  g_assert_null (strstr (text, "train practitioners"));
  g_assert_null (strstr (strstr (text, "2. ") + 1, "2. States"));

  tip_only = pln_compendium_document_new (f->compendium, &filter, "awareness");
  tip_text = blocks_text (tip_only);
  g_assert_nonnull (strstr (tip_text, "Entries containing: awareness."));
  g_assert_null (strstr (tip_text, "Smuggling of Migrants"));
}

/* Themes and resolutions are in the file; a theme id that is not is refused. */
static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (f->workspace);
  g_autoptr(PlnWorkspace) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *needle = g_strdup_printf ("\"%s\"]", pln_theme_get_id (f->prevention));

  loaded = pln_json_parse_workspace (json, strlen (json), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_themes (loaded)), ==, 3);

  g_assert_nonnull (strstr (json, needle));
  broken = g_strdup (json);
  memcpy (strstr (broken, needle) + 1, "zzzz", 4);
  g_clear_object (&loaded);
  loaded = pln_json_parse_workspace (broken, strlen (broken), &error);
  g_assert_null (loaded);
  g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "no theme has the id"));
}

/* The sample workspace has a compendium to look at: agreed
 * recommendations of two meetings, each filed under a theme. */
static void
test_sample (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnCompendium) compendium = pln_compendium_new (workspace);
  g_autoptr(GPtrArray) found = pln_compendium_search (compendium, NULL, NULL);
  g_autoptr(GHashTable) meetings = g_hash_table_new (NULL, NULL);

  g_assert_cmpuint (found->len, >=, 4);
  for (guint i = 0; i < found->len; i++)
    {
      g_assert_nonnull (pln_compendium_entry_get_themes (found->pdata[i]));
      g_hash_table_add (meetings, pln_compendium_entry_get_meeting (found->pdata[i]));
    }
  g_assert_cmpuint (g_hash_table_size (meetings), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_themes (workspace)), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/compendium/search-folding", Fixture, NULL, fixture_set_up, test_search_folding, fixture_tear_down);
  g_test_add ("/compendium/themes-with-parents", Fixture, NULL, fixture_set_up, test_themes_with_parents, fixture_tear_down);
  g_test_add ("/compendium/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/compendium/resolutions", Fixture, NULL, fixture_set_up, test_resolutions, fixture_tear_down);
  g_test_add ("/compendium/kept-current", Fixture, NULL, fixture_set_up, test_kept_current, fixture_tear_down);
  g_test_add_func ("/compendium/sample", test_sample);
  g_test_add ("/compendium/build-in-idle", Fixture, NULL, fixture_set_up, test_build_in_idle, fixture_tear_down);
  g_test_add ("/compendium/earlier", Fixture, NULL, fixture_set_up, test_earlier, fixture_tear_down);
  g_test_add ("/compendium/document", Fixture, NULL, fixture_set_up, test_document, fixture_tear_down);
  g_test_add ("/compendium/file", Fixture, NULL, fixture_set_up, test_file, fixture_tear_down);

  return g_test_run ();
}
