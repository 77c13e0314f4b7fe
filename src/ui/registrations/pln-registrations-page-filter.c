/* pln-registrations-page-filter.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registrations-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pln-enum-types.h"
#include "pln-registrations-page-private.h"

/* What the Registrations page shows of the meeting's registrations: the
 * search and the three drop-downs filter the rows; the summary counts the
 * meeting and says how many are shown. */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlnRegistrationsPage *self = user_data;
  PlnRegistration *reg = item;

  if (self->category >= 0 && (int) pln_registration_get_category (reg) != self->category)
    return FALSE;
  if (self->mode >= 0 && (int) pln_registration_get_mode (reg) != self->mode)
    return FALSE;
  if (self->status >= 0 && (int) pln_registration_get_status (reg) != self->status)
    return FALSE;

  return pln_registration_matches (reg, self->needle);
}

static gboolean
is_filtered (PlnRegistrationsPage *self)
{
  return self->category >= 0 || self->mode >= 0 || self->status >= 0 ||
         (self->needle != NULL && *self->needle != '\0');
}

/* After an edit, what the drop-downs filter on may have changed. A search
 * is not run again for an edit of a cell: the row would vanish under the
 * user's hands. */
void
pln_registrations_page_refilter (PlnRegistrationsPage *self)
{
  if (self->category >= 0 || self->mode >= 0 || self->status >= 0)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
add_rows_cb (GtkWidget     *column_view,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  PlnRegistrationsPage *self = user_data;

  pln_registration_rows_add_pending (self->rows);
  if (pln_registration_rows_get_pending (self->rows) > 0)
    return G_SOURCE_CONTINUE;

  self->rows_tick = 0;
  return G_SOURCE_REMOVE;
}

/* A search that widens gives the list its new rows a few a frame, one
 * that narrows takes them away a few a frame (see pln-registration-rows.c);
 * a list not on screen has it done at once, as it has no frames. */
void
pln_registrations_page_pending_changed_cb (PlnRegistrationsPage *self)
{
  if (pln_registration_rows_get_pending (self->rows) == 0 || self->rows_tick != 0)
    return;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->column_view)))
    {
      while (pln_registration_rows_get_pending (self->rows) > 0)
        pln_registration_rows_add_pending (self->rows);
      return;
    }

  self->rows_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view), add_rows_cb, self, NULL);
}

/* How many registrations the search and the drop-downs let through,
 * those with a row and those to come. */
static guint
count_shown (PlnRegistrationsPage *self)
{
  return self->rows ? g_list_model_get_n_items (pln_registration_rows_get_shown (self->rows)) : 0;
}

void
pln_registrations_page_update_stack (PlnRegistrationsPage *self)
{
  guint total = self->meeting ? g_list_model_get_n_items (pln_meeting_get_registrations (self->meeting)) : 0;
  guint shown = count_shown (self);

  gtk_stack_set_visible_child_name (self->stack, total == 0 ? "empty" : shown == 0 ? "no-match" : "list");
}

/* The counts of the meeting change with its registrations; a search only
 * changes how many are shown. */
void
pln_registrations_page_count_summary (PlnRegistrationsPage *self)
{
  memset (&self->summary, 0, sizeof self->summary);
  if (self->meeting != NULL)
    pln_registration_summary_compute (&self->summary, pln_meeting_get_registrations (self->meeting));
}

void
pln_registrations_page_update_summary (PlnRegistrationsPage *self)
{
  PlnRegistrationSummary s = self->summary;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GString) categories = g_string_new (NULL);
  guint shown = count_shown (self);
  g_autofree char *participants = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant", "%u participants",
                                                                s.participants), s.participants);
  /* Translators: a count of participants in the meeting room */
  g_autofree char *in_person = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u in person", "%u in person",
                                                             s.in_person), s.in_person);
  /* Translators: a count of participants on the online platform */
  g_autofree char *online = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u online", "%u online", s.online),
                                             s.online);
  /* Translators: a count of registrations whose participation is confirmed */
  g_autofree char *confirmed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u confirmed", "%u confirmed",
                                                             s.confirmed), s.confirmed);
  /* Translators: a count of registrations not confirmed yet */
  g_autofree char *requested = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requested", "%u requested",
                                                             s.requested), s.requested);

  /* Translators: the registrations' summary: participants, then how many in person and online,
   * e.g. "300 participants: 280 in person, 20 online" */
  g_string_append_printf (line, C_("registrations summary", "%s: %s, %s"), participants, in_person, online);
  g_string_append (line, " · ");
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u delegation", "%u delegations", s.delegations),
                          s.delegations);
  g_string_append (line, " · ");
  /* Translators: two counts of registrations, e.g. "280 confirmed, 20 requested" */
  g_string_append_printf (line, C_("registrations summary", "%s, %s"), confirmed, requested);
  if (s.cancelled > 0)
    {
      g_string_append (line, " · ");
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u cancelled", "%u cancelled", s.cancelled),
                              s.cancelled);
    }
  if (is_filtered (self))
    {
      g_string_append (line, " · ");
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u shown", "%u shown", shown), shown);
    }

  for (guint c = 0; c < PLN_REGISTRATION_N_CATEGORIES; c++)
    if (s.by_category[c] > 0)
      {
        if (categories->len > 0)
          g_string_append (categories, " · ");
        /* Translators: a category of registrations and how many there are, e.g. "State party 120" */
        g_string_append_printf (categories, C_("registrations summary", "%s %u"),
                                pln_registration_category_to_label (c), s.by_category[c]);
      }

  gtk_label_set_text (self->summary_label, line->str);
  gtk_label_set_text (self->categories_label, categories->str);
  pln_registrations_page_update_stack (self);
}


void
pln_registrations_page_search_changed_cb (PlnRegistrationsPage *self)
{
  g_autofree char *needle = pln_search_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_strstrip (needle);
  if (g_strcmp0 (needle, self->needle) == 0)
    return;

  /* Every row is checked again: with the folded text kept on each
   * registration that takes about a millisecond for 30 000 (see
   * bench-registrations), and the more/less strict hints of GTK 4.8's
   * filter model left rows a narrower search should have hidden. */
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  pln_registrations_page_update_summary (self);
}

static int
selected_value (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first entry is "All …". */
  return selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
}

void
pln_registrations_page_filter_changed_cb (PlnRegistrationsPage *self)
{
  /* The drop-downs get their models before the filter exists. */
  if (self->filter == NULL)
    return;

  self->category = selected_value (self->category_filter);
  self->mode = selected_value (self->mode_filter);
  self->status = selected_value (self->status_filter);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  pln_registrations_page_update_summary (self);
}

static void
setup_filter (GtkDropDown *dropdown,
              const char  *all,
              GType        enum_type)
{
  g_autoptr(GtkStringList) labels = pln_registration_labels_new (enum_type);

  gtk_string_list_splice (labels, 0, 0, (const char * const[]) { all, NULL });
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
}

void
pln_registrations_page_init_filters (PlnRegistrationsPage *self)
{
  self->category = self->mode = self->status = -1;
  setup_filter (self->category_filter, _("All Categories"), PLN_TYPE_REGISTRATION_CATEGORY);
  setup_filter (self->mode_filter, _("In Person and Online"), PLN_TYPE_PARTICIPATION_MODE);
  setup_filter (self->status_filter, _("All Statuses"), PLN_TYPE_REGISTRATION_STATUS);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
}
