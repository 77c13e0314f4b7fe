/* pln-compendium-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-compendium"

#include "config.h"

#include "plenary-core.h"
#include "pln-compendium-document.h"

/* The Compendium and Thematic Index of Recommendations, Resolutions and
 * Decisions of the Working Groups: the entries a search of the compendium
 * finds, by working group, then by theme (the thematic index as headings),
 * then by meeting in date order, numbered through the document, each with
 * where it comes from; then the index of themes with the entries'
 * numbers. An entry with several themes is listed once, under the first
 * of them in the index, and the index names it under each.
 *
 * ALWAYS ENGLISH, like the non-paper: nothing here goes through gettext
 * or the locale's date formatting. */

typedef struct
{
  PlnWorkspace *workspace;
  PlnDocument  *document;
  GPtrArray    *themes;         /* in index order */
  GHashTable   *numbers;        /* theme -> GArray of entry numbers */
  GHashTable   *report_orders;  /* meeting -> its agreed recommendations */
  guint         number;
} Builder;

static void
builder_clear (Builder *builder)
{
  g_clear_pointer (&builder->themes, g_ptr_array_unref);
  g_clear_pointer (&builder->numbers, g_hash_table_unref);
  g_clear_pointer (&builder->report_orders, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Builder, builder_clear)

/* The place of the first of @entry's themes in the index, or the number
 * of themes for one without. */
static guint
first_theme (Builder            *builder,
             PlnCompendiumEntry *entry)
{
  const char * const *ids = pln_compendium_entry_get_themes (entry);
  guint first = builder->themes->len;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    for (guint t = 0; t < first; t++)
      if (g_str_equal (pln_theme_get_id (builder->themes->pdata[t]), ids[i]))
        first = t;

  return first;
}

static guint
report_number (Builder            *builder,
               PlnCompendiumEntry *entry)
{
  PlnMeeting *meeting = pln_compendium_entry_get_meeting (entry);
  GPtrArray *order;
  guint index;

  if (meeting == NULL)
    return 0;

  order = g_hash_table_lookup (builder->report_orders, meeting);
  if (order == NULL)
    {
      order = pln_meeting_dup_report_recommendations (meeting);
      g_hash_table_insert (builder->report_orders, meeting, order);
    }

  return g_ptr_array_find (order, pln_compendium_entry_get_recommendation (entry), &index) ? index + 1 : 0;
}

static int
compare_dates (PlnCompendiumEntry *a,
               PlnCompendiumEntry *b)
{
  const GDate *da = pln_compendium_entry_get_date (a);
  const GDate *db = pln_compendium_entry_get_date (b);

  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL);

  return g_date_compare (da, db);
}

/* Oldest first; a meeting's recommendations as its report numbers them. */
static int
compare_in_theme (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  PlnCompendiumEntry *ea = *(PlnCompendiumEntry **) a;
  PlnCompendiumEntry *eb = *(PlnCompendiumEntry **) b;
  PlnMeeting *ma = pln_compendium_entry_get_meeting (ea);
  PlnMeeting *mb = pln_compendium_entry_get_meeting (eb);
  int order;

  if (ma != NULL && ma == mb)
    return (int) report_number (data, ea) - (int) report_number (data, eb);

  if (ma != NULL && mb != NULL)
    {
      const GDate *fa = pln_meeting_get_first_day (ma);
      const GDate *fb = pln_meeting_get_first_day (mb);

      if (fa != NULL && fb != NULL && (order = g_date_compare (fa, fb)) != 0)
        return order;
    }

  return compare_dates (ea, eb);
}

static void
note_number (Builder            *builder,
             PlnCompendiumEntry *entry)
{
  const char * const *ids = pln_compendium_entry_get_themes (entry);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      PlnTheme *theme = pln_workspace_find_theme (builder->workspace, ids[i]);
      GArray *numbers;

      if (theme == NULL)
        continue;
      numbers = g_hash_table_lookup (builder->numbers, theme);
      if (numbers == NULL)
        {
          numbers = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (builder->numbers, theme, numbers);
        }
      g_array_append_val (numbers, builder->number);
    }
}

static char *
dup_meeting_heading (PlnMeeting *meeting)
{
  g_autofree char *title = pln_meeting_dup_title_en (meeting);
  const GDate *first = pln_meeting_get_first_day (meeting);
  g_autofree char *dates = first ? pln_date_range_format_en (first, pln_meeting_get_last_day (meeting)) : NULL;
  const char *city = pln_meeting_get_city (meeting);

  return g_strdup_printf ("%s%s%s%s%s", title, city ? ", " : "", city ?: "", dates ? ", " : "", dates ?: "");
}

static void
add_entry (Builder            *builder,
           PlnCompendiumEntry *entry)
{
  g_autofree char *label = g_strdup_printf ("%u.", ++builder->number);
  g_autofree char *reference = pln_compendium_entry_dup_reference_en (entry, report_number (builder, entry));
  g_autofree char *text = NULL;
  const GDate *date = pln_compendium_entry_get_date (entry);

  if (pln_compendium_entry_get_resolution (entry) != NULL && date != NULL)
    {
      g_autofree char *day = pln_date_format_en (date, FALSE);

      text = g_strdup_printf ("%s (%s%s%s)", pln_compendium_entry_get_text (entry), reference,
                              *reference ? ", " : "", day);
    }
  else if (*reference != '\0')
    text = g_strdup_printf ("%s (%s)", pln_compendium_entry_get_text (entry), reference);
  else
    text = g_strdup (pln_compendium_entry_get_text (entry));

  pln_document_add_item (builder->document, 0, label, text);
  note_number (builder, entry);
}

/* The entries of one theme (or of none, @theme NULL) of one group. */
static void
add_theme (Builder    *builder,
           GPtrArray  *entries,
           PlnTheme   *theme)
{
  PlnMeeting *meeting = NULL;
  gboolean first = TRUE;

  g_ptr_array_sort_with_data (entries, compare_in_theme, builder);
  for (guint i = 0; i < entries->len; i++)
    {
      PlnCompendiumEntry *entry = entries->pdata[i];
      PlnMeeting *of = pln_compendium_entry_get_meeting (entry);

      if (first)
        {
          g_autofree char *path = theme ? pln_workspace_dup_theme_path (builder->workspace, theme, " › ") : NULL;

          pln_document_add_heading (builder->document, 2, path ? path : "Other matters");
          first = FALSE;
        }
      if (of != NULL && of != meeting)
        {
          g_autofree char *heading = dup_meeting_heading (of);

          pln_document_add_heading (builder->document, 3, heading);
        }
      else if (of == NULL && meeting != NULL)
        pln_document_add_heading (builder->document, 3, "Conference of the Parties");
      meeting = of;
      add_entry (builder, entry);
    }
}

static void
add_group (Builder         *builder,
           GPtrArray       *found,
           PlnWorkingGroup *group)
{
  g_autoptr(GPtrArray) by_theme = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  gboolean any = FALSE;

  for (guint t = 0; t <= builder->themes->len; t++)
    g_ptr_array_add (by_theme, g_ptr_array_new ());

  for (guint i = 0; i < found->len; i++)
    {
      PlnCompendiumEntry *entry = found->pdata[i];

      if (pln_compendium_entry_get_working_group (entry) != group)
        continue;
      g_ptr_array_add (by_theme->pdata[first_theme (builder, entry)], entry);
      any = TRUE;
    }

  if (!any)
    return;

  pln_document_add_heading (builder->document, 1,
                            group ? pln_working_group_get_name (group) ?: pln_working_group_get_short_name (group)
                                  : "All working groups");
  for (guint t = 0; t <= builder->themes->len; t++)
    add_theme (builder, by_theme->pdata[t], t < builder->themes->len ? builder->themes->pdata[t] : NULL);
}

static void
add_index (Builder *builder)
{
  gboolean heading_done = FALSE;

  for (guint t = 0; t < builder->themes->len; t++)
    {
      PlnTheme *theme = builder->themes->pdata[t];
      GArray *numbers = g_hash_table_lookup (builder->numbers, theme);
      g_autofree char *path = NULL;
      g_autoptr(GString) line = NULL;

      if (numbers == NULL)
        continue;
      if (!heading_done)
        {
          pln_document_add_heading (builder->document, 1, "Index of themes");
          heading_done = TRUE;
        }

      path = pln_workspace_dup_theme_path (builder->workspace, theme, " › ");
      line = g_string_new (path);
      g_string_append (line, ": ");
      for (guint i = 0; i < numbers->len; i++)
        g_string_append_printf (line, "%s%u", i > 0 ? ", " : "", g_array_index (numbers, guint, i));
      pln_document_add_paragraph (builder->document, line->str, PLN_TEXT_PLAIN);
    }
}

static void
add_scope (Builder                   *builder,
           const PlnCompendiumFilter *filter,
           const char                *query)
{
  g_autoptr(GString) scope = g_string_new (NULL);

  if (filter->working_group != NULL)
    g_string_append_printf (scope, "%s. ", pln_working_group_get_name (filter->working_group) ?: "");
  if (filter->theme != NULL)
    {
      g_autofree char *path = pln_workspace_dup_theme_path (builder->workspace, filter->theme, " › ");

      g_string_append_printf (scope, "Theme: %s. ", path);
    }
  if (filter->from_year != 0 && filter->to_year != 0)
    g_string_append_printf (scope, "From %u to %u. ", filter->from_year, filter->to_year);
  else if (filter->from_year != 0)
    g_string_append_printf (scope, "From %u. ", filter->from_year);
  else if (filter->to_year != 0)
    g_string_append_printf (scope, "Until %u. ", filter->to_year);
  if (query != NULL && *query != '\0')
    g_string_append_printf (scope, "Entries containing: %s. ", query);

  if (scope->len > 0)
    {
      g_string_truncate (scope, scope->len - 1);
      pln_document_add_paragraph (builder->document, scope->str, PLN_TEXT_ITALIC | PLN_TEXT_CENTER);
    }
}

/**
 * pln_compendium_document_new:
 * @filter: (nullable): which entries, as pln_compendium_search() takes it
 * @query: (nullable): the words searched for
 *
 * Returns: (transfer full): the compendium of what @filter and @query find
 */
PlnDocument *
pln_compendium_document_new (PlnCompendium             *compendium,
                             const PlnCompendiumFilter *filter,
                             const char                *query)
{
  static const PlnCompendiumFilter all = { NULL, NULL, 0, 0, 0, FALSE };
  g_auto(Builder) builder = { NULL };
  g_autoptr(GPtrArray) found = NULL;
  GListModel *groups;

  g_return_val_if_fail (PLN_IS_COMPENDIUM (compendium), NULL);

  filter = filter != NULL ? filter : &all;
  builder.workspace = pln_compendium_get_workspace (compendium);
  builder.document = pln_document_new ("Compendium");
  builder.themes = pln_workspace_dup_themes_in_order (builder.workspace);
  builder.numbers = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  builder.report_orders = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  pln_document_add_title (builder.document, "Compendium and Thematic Index of Recommendations, "
                                            "Resolutions and Decisions of the Working Groups");
  add_scope (&builder, filter, query);

  found = pln_compendium_search (compendium, filter, query);
  groups = pln_workspace_get_working_groups (builder.workspace);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);

      add_group (&builder, found, group);
    }
  add_group (&builder, found, NULL);

  if (builder.number == 0)
    pln_document_add_paragraph (builder.document, "No entries.", PLN_TEXT_PLAIN);
  add_index (&builder);

  return builder.document;
}
