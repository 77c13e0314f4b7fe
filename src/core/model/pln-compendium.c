/* pln-compendium.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-compendium"

#include "config.h"

#include <string.h>

#include "pln-agenda-item.h"
#include "pln-meeting.h"
#include "pln-theme.h"
#include "pln-working-group.h"
#include "pln-recommendation.h"
#include "pln-resolution.h"
#include "pln-search.h"
#include "pln-themes.h"
#include "pln-workspace.h"
#include "pln-compendium-private.h"
#include "pln-compendium.h"

/* The compendium of a workspace: every recommendation of every meeting
 * and every resolution and decision of the Conference, searchable as a
 * person types, over a hundred years of meetings (50 000
 * recommendations).
 *
 * An inverted index, built once when first asked and kept current from
 * the workspace's "object-changed": each word to the entries that have
 * it (their slots). A keystroke looks the query's words up in the sorted
 * vocabulary (a word typed is the beginning of words of the texts), ORs
 * their entries into a bit set per word and ANDs the words' sets; only
 * phrases in quotes read the texts of the entries that are left. An edit
 * of a recommendation files that one again; a meeting's list that
 * changes is compared with the index's entries. */

typedef struct
{
  char   *word;
  GArray *slots;
} Word;

struct _PlnCompendium
{
  GObject parent_instance;

  /* Owned references */
  PlnWorkspace *workspace;
  GPtrArray *slots;
  GArray *free_slots;
  GHashTable *words;
  GHashTable *by_object;
  GHashTable *counts;       /* meeting (or the workspace, for resolutions) → its entries */

  /* Built a few meetings at a time from an idle source, so that a
   * hundred years do not hold the main loop. */
  guint next_meeting;
  guint build_source;
  gint64 step_budget;

  /* Rebuilt when they are next needed, after a change made them stale. */
  GPtrArray *vocabulary;
  GPtrArray *order;

  gboolean built;
};

G_DEFINE_FINAL_TYPE (PlnCompendium, pln_compendium, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_READY,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* What counts an entry: its meeting, or the workspace for resolutions. */
static gpointer
owner_of (PlnCompendium      *self,
          PlnCompendiumEntry *entry)
{
  PlnMeeting *meeting = pln_compendium_entry_get_meeting (entry);

  return meeting != NULL ? (gpointer) meeting : (gpointer) self->workspace;
}

static guint
count_of (PlnCompendium *self,
          gpointer       owner)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, owner));
}

static void
add_to_count (PlnCompendium      *self,
              PlnCompendiumEntry *entry,
              int                 delta)
{
  gpointer owner = owner_of (self, entry);
  guint count = count_of (self, owner) + delta;

  if (count == 0)
    g_hash_table_remove (self->counts, owner);
  else
    g_hash_table_insert (self->counts, owner, GUINT_TO_POINTER (count));
}

static void
word_free (gpointer data)
{
  Word *word = data;

  g_array_unref (word->slots);
  g_free (word->word);
  g_free (word);
}

/* ------------------------------------------------------------ filing */

static void
file_entry (PlnCompendium      *self,
            PlnCompendiumEntry *entry)
{
  g_autofree char *text = pln_compendium_entry_dup_search_text (entry);
  char **normalized = pln_compendium_entry_normalized (entry);
  GPtrArray **filed = pln_compendium_entry_words (entry);
  guint slot = pln_compendium_entry_get_slot (entry);
  g_auto(GStrv) words = NULL;

  g_free (*normalized);
  *normalized = pln_search_normalize (text);
  words = pln_search_split_words (*normalized);
  *filed = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      Word *word = g_hash_table_lookup (self->words, words[i]);

      if (word == NULL)
        {
          word = g_new0 (Word, 1);
          word->word = g_strdup (words[i]);
          word->slots = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->words, word->word, word);
          g_clear_pointer (&self->vocabulary, g_ptr_array_unref);
        }
      /* A word twice in the text was filed on its first. */
      else if (word->slots->len > 0 && g_array_index (word->slots, guint, word->slots->len - 1) == slot)
        continue;

      g_array_append_val (word->slots, slot);
      g_ptr_array_add (*filed, word);
    }
}

static void
unfile_entry (PlnCompendium      *self,
              PlnCompendiumEntry *entry)
{
  GPtrArray **filed = pln_compendium_entry_words (entry);
  guint slot = pln_compendium_entry_get_slot (entry);

  for (guint i = 0; *filed != NULL && i < (*filed)->len; i++)
    {
      Word *word = (*filed)->pdata[i];

      /* Entries filed lately are at the end. */
      for (guint j = word->slots->len; j > 0; j--)
        if (g_array_index (word->slots, guint, j - 1) == slot)
          {
            g_array_remove_index_fast (word->slots, j - 1);
            break;
          }

      if (word->slots->len == 0)
        {
          g_clear_pointer (&self->vocabulary, g_ptr_array_unref);
          g_hash_table_remove (self->words, word->word);
        }
    }

  g_clear_pointer (filed, g_ptr_array_unref);
}

static void
add_entry (PlnCompendium      *self,
           gpointer            object,
           PlnCompendiumEntry *entry)
{
  guint slot = self->slots->len;

  if (self->free_slots->len > 0)
    {
      slot = g_array_index (self->free_slots, guint, self->free_slots->len - 1);
      g_array_set_size (self->free_slots, self->free_slots->len - 1);
      self->slots->pdata[slot] = entry;
    }
  else
    g_ptr_array_add (self->slots, entry);

  pln_compendium_entry_set_slot (entry, slot);
  file_entry (self, entry);
  g_hash_table_insert (self->by_object, object, entry);
  add_to_count (self, entry, 1);
  g_clear_pointer (&self->order, g_ptr_array_unref);
}

static void
remove_entry (PlnCompendium      *self,
              PlnCompendiumEntry *entry)
{
  guint slot = pln_compendium_entry_get_slot (entry);
  gpointer object = pln_compendium_entry_get_recommendation (entry);

  if (object == NULL)
    object = pln_compendium_entry_get_resolution (entry);

  unfile_entry (self, entry);
  g_hash_table_remove (self->by_object, object);
  add_to_count (self, entry, -1);
  self->slots->pdata[slot] = NULL;
  g_array_append_val (self->free_slots, slot);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_object_unref (entry);
}

/* Adds the entries @list has and the index not; then removes those of
 * the index @belongs says are the list's but the list has not — read
 * only when the index has more of @owner's entries than the list has
 * (the whole index would be read once a meeting otherwise). */
static void
sync_list (PlnCompendium *self,
           GListModel    *list,
           PlnMeeting    *meeting,
           gpointer       owner,
           gboolean     (*belongs) (PlnCompendiumEntry *entry,
                                    gpointer            data),
           gpointer       data)
{
  g_autoptr(GHashTable) present = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (list, i);

      g_hash_table_add (present, object);
      if (g_hash_table_contains (self->by_object, object))
        continue;

      if (meeting != NULL)
        add_entry (self, object, pln_compendium_entry_new_recommendation (meeting, PLN_RECOMMENDATION (object)));
      else
        add_entry (self, object, pln_compendium_entry_new_resolution (PLN_RESOLUTION (object)));
    }

  if (owner != NULL && count_of (self, owner) == g_hash_table_size (present))
    return;

  for (guint slot = 0; slot < self->slots->len; slot++)
    {
      PlnCompendiumEntry *entry = self->slots->pdata[slot];
      gpointer object;

      if (entry == NULL || !belongs (entry, data))
        continue;

      object = pln_compendium_entry_get_recommendation (entry);
      if (object == NULL)
        object = pln_compendium_entry_get_resolution (entry);
      if (!g_hash_table_contains (present, object))
        remove_entry (self, entry);
    }
}

static gboolean
is_of_meeting (PlnCompendiumEntry *entry,
               gpointer            meeting)
{
  return pln_compendium_entry_get_meeting (entry) == meeting;
}

static gboolean
is_resolution (PlnCompendiumEntry *entry,
               gpointer            data)
{
  return pln_compendium_entry_get_resolution (entry) != NULL;
}

static gboolean
is_of_meeting_in (PlnCompendiumEntry *entry,
                  gpointer            meetings)
{
  PlnMeeting *meeting = pln_compendium_entry_get_meeting (entry);

  return meeting != NULL && !g_hash_table_contains (meetings, meeting);
}

static void
sync_meeting (PlnCompendium *self,
              PlnMeeting    *meeting)
{
  sync_list (self, pln_meeting_get_recommendations (meeting), meeting, meeting, is_of_meeting, meeting);
}

/* After meetings were added or removed: the entries of meetings no
 * longer in the workspace go, those of new ones come. */
static void
sync_all (PlnCompendium *self)
{
  GListModel *meetings = pln_workspace_get_meetings (self->workspace);
  g_autoptr(GHashTable) present = g_hash_table_new (NULL, NULL);
  g_autoptr(GListStore) none = g_list_store_new (PLN_TYPE_RECOMMENDATION);
  guint counted = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);

      g_hash_table_add (present, meeting);
      sync_meeting (self, meeting);
      counted += count_of (self, meeting);
    }

  /* Entries of meetings gone, only when there are some. */
  if (counted + count_of (self, self->workspace) != g_hash_table_size (self->by_object))
    sync_list (self, G_LIST_MODEL (none), NULL, NULL, is_of_meeting_in, present);
  sync_list (self, pln_workspace_get_resolutions (self->workspace), NULL, self->workspace, is_resolution, NULL);
}

static void
finish_build (PlnCompendium *self)
{
  g_clear_handle_id (&self->build_source, g_source_remove);
  /* What changed in meetings already filed while the rest was built. */
  sync_all (self);
  self->built = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROGRESS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READY]);
}

/* Files meetings from where the last step stopped for about @budget
 * microseconds; TRUE when every meeting is filed. */
static gboolean
build_step (PlnCompendium *self,
            gint64         budget)
{
  GListModel *meetings = pln_workspace_get_meetings (self->workspace);
  gint64 until = g_get_monotonic_time () + budget;

  while (self->next_meeting < g_list_model_get_n_items (meetings))
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, self->next_meeting++);

      sync_meeting (self, meeting);
      if (g_get_monotonic_time () >= until)
        return FALSE;
    }

  return TRUE;
}

/* A step is a few milliseconds: frames keep coming while it builds. */
#define BUILD_STEP_USEC 6000

static gboolean
build_idle_cb (gpointer user_data)
{
  PlnCompendium *self = user_data;

  if (!build_step (self, self->step_budget))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROGRESS]);
      return G_SOURCE_CONTINUE;
    }

  self->build_source = 0;
  finish_build (self);
  return G_SOURCE_REMOVE;
}

/* Whoever needs the index now finishes what the idle source began. */
static void
ensure_built (PlnCompendium *self)
{
  if (self->built)
    return;

  build_step (self, G_MAXINT64);
  finish_build (self);
}

static void
refile (PlnCompendium *self,
        gpointer       object)
{
  PlnCompendiumEntry *entry = g_hash_table_lookup (self->by_object, object);

  if (entry != NULL)
    {
      unfile_entry (self, entry);
      file_entry (self, entry);
    }
}

/* ------------------------------------------------------------ keeping current */

static gboolean
is_property (GParamSpec *pspec,
             const char *name)
{
  return pspec != NULL && g_str_equal (pspec->name, name);
}

static void
object_changed_cb (PlnWorkspace  *workspace,
                   PlnObject     *object,
                   GParamSpec    *pspec,
                   PlnCompendium *self)
{
  if (PLN_IS_RECOMMENDATION (object))
    {
      /* Stamped after every edit, which was told already. */
      if (is_property (pspec, "changed") || is_property (pspec, "created"))
        return;
      if (is_property (pspec, "text") || is_property (pspec, "source"))
        refile (self, object);
      if (is_property (pspec, "day"))
        g_clear_pointer (&self->order, g_ptr_array_unref);
    }
  else if (PLN_IS_RESOLUTION (object))
    {
      if (is_property (pspec, "text") || is_property (pspec, "symbol"))
        refile (self, object);
      g_clear_pointer (&self->order, g_ptr_array_unref);
    }
  else if (PLN_IS_MEETING (object))
    {
      if (self->built && is_property (pspec, "recommendations"))
        sync_meeting (self, PLN_MEETING (object));
      else if (!is_property (pspec, "first-day") && !is_property (pspec, "working-group") &&
               !is_property (pspec, "report-symbol") && !is_property (pspec, "agenda"))
        return;
      g_clear_pointer (&self->order, g_ptr_array_unref);
    }
  else if (PLN_IS_WORKSPACE (object))
    {
      if (self->built && (is_property (pspec, "meetings") || is_property (pspec, "resolutions")))
        sync_all (self);
    }
  else if (!PLN_IS_THEME (object) && !PLN_IS_AGENDA_ITEM (object) && !PLN_IS_WORKING_GROUP (object))
    return;

  g_signal_emit (self, signals [CHANGED], 0);
}

/* ------------------------------------------------------------ searching */

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(Word **) a)->word, (*(Word **) b)->word);
}

static GPtrArray *
ensure_vocabulary (PlnCompendium *self)
{
  if (self->vocabulary == NULL)
    {
      GHashTableIter iter;
      gpointer word;

      self->vocabulary = g_ptr_array_sized_new (g_hash_table_size (self->words));
      g_hash_table_iter_init (&iter, self->words);
      while (g_hash_table_iter_next (&iter, NULL, &word))
        g_ptr_array_add (self->vocabulary, word);
      g_ptr_array_sort (self->vocabulary, compare_words);
    }

  return self->vocabulary;
}

static GPtrArray *
ensure_order (PlnCompendium *self)
{
  if (self->order == NULL)
    {
      self->order = g_ptr_array_sized_new (self->slots->len);
      for (guint i = 0; i < self->slots->len; i++)
        if (self->slots->pdata[i] != NULL)
          g_ptr_array_add (self->order, self->slots->pdata[i]);
      g_ptr_array_sort (self->order, pln_compendium_entry_compare);
    }

  return self->order;
}

#define BIT_WORDS(n) (((n) + 63) / 64)

/* ORs into @bits the entries of every word that begins with @prefix. */
static void
add_prefix (PlnCompendium *self,
            const char    *prefix,
            guint64       *bits)
{
  GPtrArray *vocabulary = ensure_vocabulary (self);
  gsize length = strlen (prefix);
  guint low = 0, high = vocabulary->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (strcmp (((Word *) vocabulary->pdata[middle])->word, prefix) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < vocabulary->len; i++)
    {
      Word *word = vocabulary->pdata[i];

      if (strncmp (word->word, prefix, length) != 0)
        break;
      for (guint j = 0; j < word->slots->len; j++)
        {
          guint slot = g_array_index (word->slots, guint, j);

          bits[slot / 64] |= G_GUINT64_CONSTANT (1) << (slot % 64);
        }
    }
}

/* The entries that have every word of the query (as a beginning of a
 * word); phrases are then read for the order of their words. */
static guint64 *
dup_candidates (PlnCompendium  *self,
                PlnSearchQuery *query)
{
  guint n = BIT_WORDS (self->slots->len);
  guint64 *result = g_new (guint64, n);
  g_autofree guint64 *bits = g_new (guint64, n);

  memset (result, 0xff, n * sizeof (guint64));
  for (guint t = 0; t < pln_search_query_get_n_terms (query); t++)
    {
      const PlnSearchTerm *term = pln_search_query_get_term (query, t);

      for (guint w = 0; term->words[w] != NULL; w++)
        {
          memset (bits, 0, n * sizeof (guint64));
          add_prefix (self, term->words[w], bits);
          for (guint i = 0; i < n; i++)
            result[i] &= bits[i];
        }
    }

  return result;
}

static gboolean
in_year_range (const GDate               *date,
               const PlnCompendiumFilter *filter)
{
  if (filter->from_year == 0 && filter->to_year == 0)
    return TRUE;
  if (date == NULL)
    return FALSE;

  return (filter->from_year == 0 || g_date_get_year (date) >= filter->from_year) &&
         (filter->to_year == 0 || g_date_get_year (date) <= filter->to_year);
}

static gboolean
passes (PlnCompendiumEntry        *entry,
        const PlnCompendiumFilter *filter,
        GHashTable                *theme_ids)
{
  if (!filter->all_statuses && !pln_compendium_entry_is_current (entry))
    return FALSE;
  if (filter->kinds != 0 && !(filter->kinds & (1u << pln_compendium_entry_get_kind (entry))))
    return FALSE;
  if (filter->working_group != NULL && pln_compendium_entry_get_working_group (entry) != filter->working_group)
    return FALSE;
  if (theme_ids != NULL && !pln_compendium_entry_has_theme_in (entry, theme_ids))
    return FALSE;

  return in_year_range (pln_compendium_entry_get_date (entry), filter);
}

static gboolean
has_phrase (PlnSearchQuery *query)
{
  for (guint t = 0; t < pln_search_query_get_n_terms (query); t++)
    if (pln_search_query_get_term (query, t)->is_phrase)
      return TRUE;

  return FALSE;
}

/**
 * pln_compendium_search:
 * @filter: (nullable): which entries; %NULL for the agreed
 *   recommendations and all resolutions and decisions
 * @query: (nullable): what was typed (see pln_search_query_new())
 *
 * Returns: (transfer full) (element-type PlnCompendiumEntry): the entries
 *   found, newest first
 */
GPtrArray *
pln_compendium_search (PlnCompendium             *self,
                       const PlnCompendiumFilter *filter,
                       const char                *query)
{
  static const PlnCompendiumFilter all = { NULL, NULL, 0, 0, 0, FALSE };
  g_autoptr(PlnSearchQuery) parsed = pln_search_query_new (query);
  g_autoptr(GHashTable) theme_ids = NULL;
  g_autofree guint64 *bits = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *order;
  gboolean phrase;

  g_return_val_if_fail (PLN_IS_COMPENDIUM (self), found);

  ensure_built (self);
  order = ensure_order (self);
  filter = filter != NULL ? filter : &all;
  if (filter->theme != NULL)
    theme_ids = pln_workspace_dup_theme_subtree (self->workspace, filter->theme);
  if (pln_search_query_get_n_terms (parsed) > 0)
    bits = dup_candidates (self, parsed);
  phrase = has_phrase (parsed);

  for (guint i = 0; i < order->len; i++)
    {
      PlnCompendiumEntry *entry = order->pdata[i];
      guint slot = pln_compendium_entry_get_slot (entry);

      if (bits != NULL && !(bits[slot / 64] & (G_GUINT64_CONSTANT (1) << (slot % 64))))
        continue;
      if (!passes (entry, filter, theme_ids))
        continue;
      if (phrase && !pln_search_query_matches (parsed, *pln_compendium_entry_normalized (entry)))
        continue;

      g_ptr_array_add (found, g_object_ref (entry));
    }

  return found;
}

/* Whether @entry is an agreed recommendation of @group made in a meeting
 * before @before. */
static gboolean
is_earlier (PlnCompendiumEntry *entry,
            PlnWorkingGroup    *group,
            const GDate        *before)
{
  PlnMeeting *meeting = pln_compendium_entry_get_meeting (entry);
  const GDate *first = meeting != NULL ? pln_meeting_get_first_day (meeting) : NULL;

  return meeting != NULL && pln_meeting_get_working_group (meeting) == group &&
         pln_compendium_entry_is_current (entry) &&
         first != NULL && before != NULL && g_date_compare (first, before) < 0;
}

typedef struct
{
  PlnCompendiumEntry *entry;
  double              similarity;
} Alike;

static int
compare_alike (gconstpointer a,
               gconstpointer b)
{
  const Alike *x = a, *y = b;

  return (x->similarity < y->similarity) - (x->similarity > y->similarity);
}

/**
 * pln_compendium_find_earlier:
 * @meeting: the meeting a recommendation is being typed in
 * @text: its text
 * @max: how many to return at most
 *
 * The near-identical detection of a meeting
 * (pln_meeting_find_similar_recommendation()) across the earlier meetings
 * of its working group: the agreed recommendations that share at least
 * half their words with @text (Jaccard index of the sets of folded
 * words), counted from the index rather than by reading every text.
 *
 * Returns: (transfer full) (element-type PlnCompendiumEntry): the closest
 *   first
 */
GPtrArray *
pln_compendium_find_earlier (PlnCompendium *self,
                             PlnMeeting    *meeting,
                             const char    *text,
                             guint          max)
{
  g_autofree char *normalized = pln_search_normalize (text);
  g_auto(GStrv) words = pln_search_split_words (normalized);
  g_autoptr(GHashTable) mine = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) alike = g_array_new (FALSE, FALSE, sizeof (Alike));
  g_autofree guint16 *common = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PLN_IS_COMPENDIUM (self), found);
  g_return_val_if_fail (PLN_IS_MEETING (meeting), found);

  if (g_strv_length (words) < 3)
    return found;

  ensure_built (self);
  common = g_new0 (guint16, self->slots->len);
  for (guint i = 0; words[i] != NULL; i++)
    {
      Word *word = g_hash_table_lookup (self->words, words[i]);

      if (!g_hash_table_add (mine, words[i]) || word == NULL)
        continue;
      for (guint j = 0; j < word->slots->len; j++)
        common[g_array_index (word->slots, guint, j)]++;
    }

  for (guint slot = 0; slot < self->slots->len; slot++)
    {
      PlnCompendiumEntry *entry = self->slots->pdata[slot];
      Alike one;

      if (common[slot] == 0 || entry == NULL ||
          !is_earlier (entry, pln_meeting_get_working_group (meeting), pln_meeting_get_first_day (meeting)))
        continue;

      one.entry = entry;
      one.similarity = (double) common[slot] /
                       (g_hash_table_size (mine) + (*pln_compendium_entry_words (entry))->len - common[slot]);
      if (one.similarity >= PLN_COMPENDIUM_EARLIER_SIMILARITY)
        g_array_append_val (alike, one);
    }

  g_array_sort (alike, compare_alike);
  for (guint i = 0; i < alike->len && i < max; i++)
    g_ptr_array_add (found, g_object_ref (g_array_index (alike, Alike, i).entry));

  return found;
}

/**
 * pln_compendium_find_entry:
 * @object: a #PlnRecommendation or #PlnResolution
 *
 * Returns: (transfer none) (nullable): its entry
 */
PlnCompendiumEntry *
pln_compendium_find_entry (PlnCompendium *self,
                           gpointer       object)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM (self), NULL);

  ensure_built (self);
  return g_hash_table_lookup (self->by_object, object);
}

/**
 * pln_compendium_get_n_entries:
 *
 * Returns: how many entries the compendium has, of every status
 */
guint
pln_compendium_get_n_entries (PlnCompendium *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM (self), 0);

  ensure_built (self);
  return g_hash_table_size (self->by_object);
}

/**
 * pln_compendium_build_in_idle:
 *
 * Builds the index a few meetings at a time from an idle source of the
 * thread-default main context, so that the window stays responsive; the
 * model is not thread-safe, so this is not done in a worker thread.
 * #PlnCompendium:ready says when it is done. Does nothing when the index
 * is built or being built.
 */
void
pln_compendium_build_in_idle (PlnCompendium *self)
{
  g_return_if_fail (PLN_IS_COMPENDIUM (self));

  if (self->built || self->build_source != 0)
    return;

  self->build_source = g_idle_add_full (G_PRIORITY_LOW, build_idle_cb, self, NULL);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->build_source), "[plenary] compendium index");
}

gboolean
pln_compendium_get_ready (PlnCompendium *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM (self), FALSE);

  return self->built;
}

double
pln_compendium_get_progress (PlnCompendium *self)
{
  guint n;

  g_return_val_if_fail (PLN_IS_COMPENDIUM (self), 0);

  n = g_list_model_get_n_items (pln_workspace_get_meetings (self->workspace));
  if (self->built || n == 0)
    return 1;

  return MIN (1.0, (double) self->next_meeting / n);
}

PlnWorkspace *
pln_compendium_get_workspace (PlnCompendium *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM (self), NULL);

  return self->workspace;
}

/* ------------------------------------------------------------ object */

static void
pln_compendium_dispose (GObject *object)
{
  PlnCompendium *self = PLN_COMPENDIUM (object);

  g_clear_handle_id (&self->build_source, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->vocabulary, g_ptr_array_unref);
  g_clear_pointer (&self->by_object, g_hash_table_unref);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  /* Slots of removed entries are empty: no free function for them. The
   * words go whole, so the entries only drop their lists of them (taking
   * each slot out of each word would be quadratic). */
  if (self->slots != NULL)
    for (guint i = 0; i < self->slots->len; i++)
      if (self->slots->pdata[i] != NULL)
        {
          g_clear_pointer (pln_compendium_entry_words (self->slots->pdata[i]), g_ptr_array_unref);
          g_object_unref (self->slots->pdata[i]);
        }
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->words, g_hash_table_unref);

  G_OBJECT_CLASS (pln_compendium_parent_class)->dispose (object);
}

static void
pln_compendium_finalize (GObject *object)
{
  PlnCompendium *self = PLN_COMPENDIUM (object);

  g_clear_pointer (&self->free_slots, g_array_unref);

  G_OBJECT_CLASS (pln_compendium_parent_class)->finalize (object);
}

static void
pln_compendium_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlnCompendium *self = PLN_COMPENDIUM (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, self->built);
      break;

    case PROP_PROGRESS:
      g_value_set_double (value, pln_compendium_get_progress (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_compendium_class_init (PlnCompendiumClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_compendium_dispose;
  object_class->finalize = pln_compendium_finalize;
  object_class->get_property = pln_compendium_get_property;

  /**
   * PlnCompendium:ready:
   *
   * Whether the index is built: searching before then builds the rest
   * at once.
   */
  properties [PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * PlnCompendium:progress:
   *
   * How much of the index is built, from 0 to 1.
   */
  properties [PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnCompendium::changed:
   *
   * Emitted when an entry, or what entries are shown with (a meeting,
   * a theme, a working group), changed: a search shown is out of date.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
pln_compendium_init (PlnCompendium *self)
{
  self->slots = g_ptr_array_new ();
  self->free_slots = g_array_new (FALSE, FALSE, sizeof (guint));
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, word_free);
  self->by_object = g_hash_table_new (NULL, NULL);
  self->counts = g_hash_table_new (NULL, NULL);
  self->step_budget = BUILD_STEP_USEC;
}

/* For tests: steps of one meeting each with 0. */
void
pln_compendium_set_step_budget (PlnCompendium *self,
                                gint64         usec)
{
  self->step_budget = usec;
}

/**
 * pln_compendium_new:
 *
 * The index is built when first searched.
 *
 * Returns: (transfer full): the compendium of @workspace, kept current
 */
PlnCompendium *
pln_compendium_new (PlnWorkspace *workspace)
{
  PlnCompendium *self;

  g_return_val_if_fail (PLN_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PLN_TYPE_COMPENDIUM, NULL);
  self->workspace = g_object_ref (workspace);
  g_signal_connect_object (workspace, "object-changed", G_CALLBACK (object_changed_cb), self, 0);
  return self;
}
