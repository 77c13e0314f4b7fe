/* pln-search.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PlnSearchQuery PlnSearchQuery;

/* One term of a query: a word, or a phrase of several words in quotes. */
typedef struct
{
  char     **words;
  char      *phrase;
  gboolean   is_phrase;
} PlnSearchTerm;

char           *pln_search_normalize       (const char     *text);
char          **pln_search_split_words     (const char     *normalized);

PlnSearchQuery *pln_search_query_new       (const char     *text);
void            pln_search_query_free      (PlnSearchQuery *query);
guint           pln_search_query_get_n_terms (PlnSearchQuery *query);
const PlnSearchTerm *pln_search_query_get_term (PlnSearchQuery *query,
                                                guint           index);
gboolean        pln_search_query_matches   (PlnSearchQuery *query,
                                            const char     *normalized);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnSearchQuery, pln_search_query_free)

G_END_DECLS
