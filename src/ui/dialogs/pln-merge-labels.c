/* pln-merge-labels.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-merge-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-merge-labels.h"

/* What the merge dialog calls the fields and the lists of the workspace
 * file: the member names of the file ("first_day", "sub_items") are not
 * for people. A field is named as the page that edits it names it. A
 * member that means something else in one class has a row of its own,
 * found before the row for any class (type_name NULL). */

typedef struct
{
  const char *type_name;
  const char *member;
  const char *label;
} Label;

/* Translators: the names of the fields of a workspace, in the dialog that
 * shows two people's changes to the same field */
static const Label fields[] = {
  { "PlnResolution", "kind", N_("Resolution or Decision") },
  { "PlnSpeakerEvent", "kind", N_("Event") },
  { "PlnExportRecord", "format", N_("File Format") },
  { "PlnExportRecord", "count", N_("Recommendations Exported") },
  { "PlnExportRecord", "day", N_("Day of the Non-Paper") },
  { "PlnTheme", "parent", N_("Under Theme") },
  { "PlnMeeting", "format", N_("Format") },
  { "PlnMeeting", "ordinal", N_("Number of the Meeting") },
  { "PlnAgendaItem", "number", N_("Number of the Item") },
  { "PlnPublishedDocument", "kind", N_("Kind of Document") },
  { "PlnPublishedDocument", "path", N_("File") },
  { "PlnPublishedDocument", "meeting", N_("Meeting") },
  { NULL, "afternoon_end", N_("Afternoon End") },
  { NULL, "afternoon_start", N_("Afternoon Start") },
  { NULL, "agenda_item", N_("Agenda Item") },
  { NULL, "agenda_symbol", N_("Symbol of the Agenda") },
  { NULL, "anchor", N_("Words the Mark Follows") },
  { NULL, "annotation", N_("Annotation") },
  { NULL, "carried_from", N_("Carried Over From") },
  { NULL, "category", N_("Category") },
  { NULL, "changed", N_("Changed") },
  { NULL, "checksum", N_("Checksum") },
  { NULL, "city", N_("City") },
  { NULL, "clock", N_("Time Spoken") },
  { NULL, "color", N_("Colour") },
  { NULL, "created", N_("Created") },
  { NULL, "date", N_("Date") },
  { NULL, "day", N_("Day") },
  { NULL, "delegation", N_("Delegation") },
  { NULL, "edition", N_("Edition") },
  { NULL, "email", N_("E-mail") },
  { NULL, "end", N_("End") },
  { NULL, "file", N_("File") },
  { NULL, "first_day", N_("First Day") },
  { NULL, "honorific", N_("Honorific") },
  { NULL, "issued", N_("Date of Issue") },
  { NULL, "job_number", N_("Job Number") },
  { NULL, "languages", N_("Interpretation") },
  { NULL, "last_day", N_("Last Day") },
  { NULL, "link_sent", N_("Link Sent") },
  { NULL, "mandate", N_("Mandate") },
  { NULL, "may_post", N_("May Be Posted") },
  { NULL, "merged_into", N_("Merged Into") },
  { NULL, "mode", N_("Participation") },
  { NULL, "morning_end", N_("Morning End") },
  { NULL, "morning_start", N_("Morning Start") },
  { NULL, "name", N_("Name") },
  { NULL, "note", N_("Note") },
  { NULL, "notes", N_("Notes") },
  { NULL, "online_cap", N_("Online Interventions") },
  { NULL, "online_cap_finishes", N_("Online Statements Finish Beyond the Limit") },
  { NULL, "panellist_minutes", N_("Panellist’s Minutes") },
  { NULL, "parent_body", N_("Parent Body") },
  { NULL, "platform", N_("Online Platform") },
  { NULL, "publish_enabled", N_("Calendar Published After Each Save") },
  { NULL, "publish_location", N_("Calendar Published At") },
  { NULL, "publish_to", N_("Published For Delegations At") },
  { NULL, "publish_working_group", N_("Meetings of the Published Calendar") },
  { NULL, "published", N_("Published") },
  { NULL, "publisher", N_("Publisher") },
  { NULL, "recommendation_limit", N_("Limit of Recommendations") },
  { NULL, "registration", N_("Registration") },
  { NULL, "report_symbol", N_("Symbol of the Report") },
  { NULL, "role", N_("Role") },
  { NULL, "shared", N_("Shared") },
  { NULL, "short_name", N_("Short Name") },
  { NULL, "source", N_("Made By") },
  { NULL, "source_registration", N_("Made By (Registration)") },
  { NULL, "start", N_("Start") },
  { NULL, "statement_limit", N_("Statement Limit") },
  { NULL, "status", N_("Status") },
  { NULL, "summary", N_("Chair’s Summary") },
  { NULL, "symbol", N_("Symbol") },
  { NULL, "symbol_series", N_("Symbol Series") },
  { NULL, "text", N_("Text") },
  { NULL, "themes", N_("Themes") },
  { NULL, "time_zone", N_("Time Zone of the Venue") },
  { NULL, "title", N_("Title") },
  { NULL, "venue", N_("Venue") },
  { NULL, "wall", N_("Time") },
  { NULL, "working_group", N_("Working Group") },
};

/* Translators: the kinds of objects of a workspace, followed by their
 * number where a merge conflict is: "Meeting 4 › Recommendation 3" */
static const Label collections[] = {
  { NULL, "agenda", N_("Agenda Item") },
  { NULL, "annex_footnotes", N_("Footnote of the Annex") },
  { NULL, "documents", N_("Document") },
  { NULL, "events", N_("Event") },
  { NULL, "exports", N_("Export") },
  { NULL, "footnotes", N_("Footnote") },
  { NULL, "meetings", N_("Meeting") },
  { NULL, "placements", N_("Placed Item") },
  { NULL, "recommendations", N_("Recommendation") },
  { NULL, "registrations", N_("Registration") },
  { NULL, "resolutions", N_("Resolution or Decision") },
  { NULL, "sittings", N_("Plenary Meeting") },
  { NULL, "speakers", N_("Speaker") },
  { NULL, "statements", N_("Written Statement") },
  { NULL, "sub_items", N_("Sub-Item") },
  { NULL, "themes", N_("Theme") },
  { NULL, "working_groups", N_("Working Group") },
};

static const char *
find (const Label *labels,
      guint        n_labels,
      GType        type,
      const char  *member)
{
  const char *type_name = type != G_TYPE_INVALID ? g_type_name (type) : NULL;

  for (guint i = 0; i < n_labels; i++)
    if ((labels[i].type_name == NULL || g_strcmp0 (labels[i].type_name, type_name) == 0) &&
        g_strcmp0 (labels[i].member, member) == 0)
      return labels[i].label;

  return NULL;
}

/**
 * pln_merge_field_label:
 * @type: the class of the object the field is of
 * @member: the field's member in the workspace file, "first_day"
 *
 * Returns: (nullable): the field's name for a person, translated
 */
const char *
pln_merge_field_label (GType       type,
                       const char *member)
{
  const char *label = find (fields, G_N_ELEMENTS (fields), type, member);

  return label != NULL ? _(label) : NULL;
}

/**
 * pln_merge_collection_label:
 * @member: a list's member in the workspace file, "recommendations"
 *
 * Returns: (nullable): what its items are called, translated
 */
const char *
pln_merge_collection_label (const char *member)
{
  const char *label = find (collections, G_N_ELEMENTS (collections), G_TYPE_INVALID, member);

  return label != NULL ? _(label) : NULL;
}
