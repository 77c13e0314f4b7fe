/* pln-recommendations-page-earlier.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-recommendation-row.h"
#include "pln-recommendations-page-private.h"

/* "Already recommended": while a recommendation is typed, or when the row
 * of one has the focus, the closest agreed recommendations of the working
 * group's earlier meetings are offered under the entry bar, each with a
 * button that opens it in its meeting (win.show-recommendation). The
 * search uses the window's compendium (its index kept current), a short
 * while after the last keystroke so that typing is not slowed; while the
 * index is still being built, the offer waits for it. */

#define EARLIER_DELAY_MS 250
#define EARLIER_MAX 3

static PlnCompendium *
get_compendium (PlnRecommendationsPage *self)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  return context != NULL ? pln_context_get_compendium (context) : NULL;
}

static void
clear_box (PlnRecommendationsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->earlier_box))) != NULL)
    gtk_box_remove (self->earlier_box, child);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_box), FALSE);
}

/* "Already recommended in 2019 (CTOC/COP/WG.7/2019/2, recommendation 4)" */
static char *
dup_title (PlnCompendiumEntry *entry)
{
  PlnMeeting *meeting = pln_compendium_entry_get_meeting (entry);
  const GDate *date = pln_compendium_entry_get_date (entry);
  const char *symbol = pln_meeting_get_report_symbol (meeting);
  guint year = date != NULL ? g_date_get_year (date) : 0;
  guint number = pln_compendium_entry_dup_number (entry);

  if (symbol != NULL && number > 0)
    /* Translators: a year, a report's symbol and a recommendation's number in it, e.g. "Already recommended in
     * 2019 (CTOC/COP/WG.7/2019/2, recommendation 4)" */
    return g_strdup_printf (_("Already recommended in %u (%s, recommendation %u)"), year, symbol, number);
  if (symbol != NULL)
    /* Translators: a year and a report's symbol, e.g. "Already recommended in 2019 (CTOC/COP/WG.7/2019/2)" */
    return g_strdup_printf (_("Already recommended in %u (%s)"), year, symbol);

  /* Translators: a year, e.g. "Already recommended in 2019" */
  return g_strdup_printf (_("Already recommended in %u"), year);
}

static GtkWidget *
make_offer (PlnCompendiumEntry *entry)
{
  PlnRecommendation *rec = pln_compendium_entry_get_recommendation (entry);
  PlnMeeting *meeting = pln_compendium_entry_get_meeting (entry);
  g_autofree char *title = dup_title (entry);
  g_autofree char *name = NULL;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (pln_compendium_entry_get_text (entry));
  GtkWidget *open = gtk_button_new_with_mnemonic (C_("earlier recommendation", "_Open"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text), 2);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), heading);
  gtk_box_append (GTK_BOX (labels), text);

  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "(ss)", pln_meeting_get_id (meeting),
                                    pln_recommendation_get_id (rec));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.show-recommendation");
  /* Translators: what a screen reader says of the button that opens an earlier recommendation, %s being e.g.
   * "Already recommended in 2019 (CTOC/COP/WG.7/2019/2, recommendation 4)" */
  name = g_strdup_printf (_("Open: %s"), title);
  pln_accessible_set_label (open, name);

  gtk_box_append (GTK_BOX (row), labels);
  gtk_box_append (GTK_BOX (row), open);
  return row;
}

/* What the offer is for: the text typed, else the row with the focus. */
static char *
dup_subject (PlnRecommendationsPage *self)
{
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));

  if (*typed != '\0')
    return g_steal_pointer (&typed);
  if (self->focused_rec != NULL)
    return g_strdup (pln_recommendation_get_text (self->focused_rec));

  return NULL;
}

static void
show_earlier (PlnRecommendationsPage *self)
{
  PlnCompendium *compendium = get_compendium (self);
  g_autofree char *subject = dup_subject (self);
  g_autoptr(GPtrArray) found = NULL;

  clear_box (self);
  if (compendium == NULL || subject == NULL || self->meeting == NULL)
    return;

  /* Not before the index is built: the offer comes when it is. */
  if (!pln_compendium_get_ready (compendium))
    {
      if (self->waiting_compendium != compendium)
        {
          g_set_object (&self->waiting_compendium, compendium);
          g_signal_connect_object (compendium, "notify::ready",
                                   G_CALLBACK (pln_recommendations_page_schedule_earlier), self, G_CONNECT_SWAPPED);
        }
      pln_compendium_build_in_idle (compendium);
      return;
    }

  found = pln_compendium_find_earlier (compendium, self->meeting, subject, EARLIER_MAX);
  for (guint i = 0; i < found->len; i++)
    gtk_box_append (self->earlier_box, make_offer (found->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_box), found->len > 0);
}

static gboolean
earlier_timeout_cb (gpointer user_data)
{
  PlnRecommendationsPage *self = user_data;

  self->earlier_source = 0;
  show_earlier (self);
  return G_SOURCE_REMOVE;
}

/* Once typing pauses: a keystroke puts the search off again. */
void
pln_recommendations_page_schedule_earlier (PlnRecommendationsPage *self)
{
  g_clear_handle_id (&self->earlier_source, g_source_remove);
  self->earlier_source = g_timeout_add (EARLIER_DELAY_MS, earlier_timeout_cb, self);
}

/* The row of @rec has the focus (or none does, with %NULL). */
void
pln_recommendations_page_set_focused (PlnRecommendationsPage *self,
                                      PlnRecommendation      *rec)
{
  if (!g_set_object (&self->focused_rec, rec))
    return;

  pln_recommendations_page_schedule_earlier (self);
}

/* The focus in a row of the list (on the row itself or in it) is for
 * that row's recommendation; in the entry bar, for what is typed; the
 * offer's own buttons keep the offer. */
static void
focus_widget_cb (GtkRoot                *root,
                 GParamSpec             *pspec,
                 PlnRecommendationsPage *self)
{
  GtkWidget *focus = gtk_root_get_focus (root);
  GtkWidget *row = NULL;

  if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->earlier_box)))
    return;
  if (gtk_widget_is_ancestor (focus, self->entry_bar))
    {
      pln_recommendations_page_set_focused (self, NULL);
      return;
    }
  if (!gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return;

  row = gtk_widget_get_ancestor (focus, PLN_TYPE_RECOMMENDATION_ROW);
  if (row == NULL && PLN_IS_RECOMMENDATION_ROW (gtk_widget_get_first_child (focus)))
    row = gtk_widget_get_first_child (focus);
  if (row != NULL)
    pln_recommendations_page_set_focused (self, pln_recommendation_row_get_recommendation (PLN_RECOMMENDATION_ROW (row)));
}

/* Followed while the page is on screen, in the window it is in. */
void
pln_recommendations_page_track_focus (PlnRecommendationsPage *self,
                                      gboolean                track)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root == NULL)
    return;
  if (track)
    g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (focus_widget_cb), self, 0);
  else
    g_signal_handlers_disconnect_by_func (root, focus_widget_cb, self);
}

void
pln_recommendations_page_init_earlier (PlnRecommendationsPage *self)
{
  g_signal_connect_swapped (self->text_entry, "changed", G_CALLBACK (pln_recommendations_page_schedule_earlier), self);
  pln_accessible_set_label (GTK_WIDGET (self->earlier_box), _("Already recommended"));
}

void
pln_recommendations_page_dispose_earlier (PlnRecommendationsPage *self)
{
  g_clear_handle_id (&self->earlier_source, g_source_remove);
  if (self->waiting_compendium != NULL)
    g_signal_handlers_disconnect_by_data (self->waiting_compendium, self);
  g_clear_object (&self->waiting_compendium);
  g_clear_object (&self->focused_rec);
}
