/* pln-search.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-search"

#include "config.h"

#include <string.h>

#include "pln-types.h"
#include "pln-search.h"

/* Full-text search as a person types it: case and accents do not count
 * ("cooperacion" finds "Cooperación"), every word must be found, each as
 * the beginning of a word of the text (the last one is still being
 * typed), and words in quotes must come together, in that order.
 *
 * Texts are compared in a normalized form: folded (pln_search_fold()),
 * each run of letters and digits a word, one space between words and one
 * before the first, so that a phrase is found with strstr() as " word
 * word" at the beginning of words. */

struct _PlnSearchQuery
{
  GArray *terms;
};

/**
 * pln_search_normalize:
 *
 * Returns: (transfer full): @text folded, its words separated by single
 *   spaces, with a space before the first
 */
char *
pln_search_normalize (const char *text)
{
  g_autofree char *folded = pln_search_fold (text != NULL ? text : "");
  GString *out = g_string_sized_new (strlen (folded) + 1);
  gboolean in_word = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (!in_word)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          in_word = TRUE;
        }
      else
        in_word = FALSE;
    }

  return g_string_free (out, FALSE);
}

/**
 * pln_search_split_words:
 * @normalized: a text from pln_search_normalize()
 *
 * Returns: (transfer full): its words
 */
char **
pln_search_split_words (const char *normalized)
{
  /* The leading space gives an empty first part. */
  char **parts = g_strsplit (*normalized == ' ' ? normalized + 1 : normalized, " ", -1);

  if (parts[0] != NULL && *parts[0] == '\0')
    {
      g_strfreev (parts);
      return g_new0 (char *, 1);
    }

  return parts;
}

static void
term_clear (gpointer data)
{
  PlnSearchTerm *term = data;

  g_clear_pointer (&term->words, g_strfreev);
  g_clear_pointer (&term->phrase, g_free);
}

static void
add_term (PlnSearchQuery *query,
          const char     *text,
          gboolean        quoted)
{
  g_autofree char *normalized = pln_search_normalize (text);
  g_auto(GStrv) words = pln_search_split_words (normalized);
  PlnSearchTerm term = { NULL, NULL, FALSE };

  if (words[0] == NULL)
    return;

  /* A phrase of one word is a word. */
  if (!quoted || words[1] == NULL)
    {
      for (guint i = 0; words[i] != NULL; i++)
        {
          PlnSearchTerm single = { g_strdupv ((char *[]) { words[i], NULL }), NULL, FALSE };

          g_array_append_val (query->terms, single);
        }
      return;
    }

  term.words = g_steal_pointer (&words);
  term.phrase = g_steal_pointer (&normalized);
  term.is_phrase = TRUE;
  g_array_append_val (query->terms, term);
}

/**
 * pln_search_query_new:
 * @text: what was typed: words, and phrases in quotes ("…" or “…”); a
 *   quote left open runs to the end
 *
 * Returns: (transfer full): the query
 */
PlnSearchQuery *
pln_search_query_new (const char *text)
{
  PlnSearchQuery *query = g_new0 (PlnSearchQuery, 1);
  g_autoptr(GString) part = g_string_new (NULL);
  gboolean quoted = FALSE;

  query->terms = g_array_new (FALSE, FALSE, sizeof (PlnSearchTerm));
  g_array_set_clear_func (query->terms, term_clear);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB)
        {
          add_term (query, part->str, quoted);
          g_string_truncate (part, 0);
          quoted = !quoted;
        }
      else
        g_string_append_unichar (part, c);
    }
  add_term (query, part->str, quoted);

  return query;
}

void
pln_search_query_free (PlnSearchQuery *query)
{
  if (query == NULL)
    return;

  g_array_unref (query->terms);
  g_free (query);
}

guint
pln_search_query_get_n_terms (PlnSearchQuery *query)
{
  return query->terms->len;
}

const PlnSearchTerm *
pln_search_query_get_term (PlnSearchQuery *query,
                           guint           index)
{
  g_return_val_if_fail (index < query->terms->len, NULL);

  return &g_array_index (query->terms, PlnSearchTerm, index);
}

/**
 * pln_search_query_matches:
 * @normalized: a text from pln_search_normalize()
 *
 * Scans the text: the compendium's index finds the candidates first and
 * calls this for phrases only.
 *
 * Returns: whether every term of @query is in @normalized
 */
gboolean
pln_search_query_matches (PlnSearchQuery *query,
                          const char     *normalized)
{
  for (guint i = 0; i < query->terms->len; i++)
    {
      const PlnSearchTerm *term = &g_array_index (query->terms, PlnSearchTerm, i);
      g_autofree char *needle = NULL;

      if (term->is_phrase)
        {
          if (strstr (normalized, term->phrase) == NULL)
            return FALSE;
          continue;
        }

      needle = g_strconcat (" ", term->words[0], NULL);
      if (strstr (normalized, needle) == NULL)
        return FALSE;
    }

  return TRUE;
}
