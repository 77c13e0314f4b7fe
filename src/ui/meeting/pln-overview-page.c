/* pln-overview-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-overview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pln-compat.h"
#include "pln-format.h"
#include "pln-overview-page.h"

/* The fields of a meeting, edited in place: every row is bound to the
 * model, which autosaves; the problems the model finds are listed on top
 * and the rows concerned are marked. */

struct _PlnOverviewPage
{
  PlnPage        parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *problems_group;
  GtkListBox    *problems_list;
  AdwActionRow  *group_row;
  GtkSpinButton *ordinal_spin;
  AdwEntryRow   *first_day_row;
  AdwEntryRow   *last_day_row;
  AdwEntryRow   *city_row;
  AdwEntryRow   *venue_row;
  AdwEntryRow   *time_zone_row;
  AdwComboRow   *format_row;
  AdwEntryRow   *platform_row;
  GtkSpinButton *statement_spin;
  GtkSpinButton *online_cap_spin;
  GtkSpinButton *limit_spin;
  AdwEntryRow   *agenda_symbol_row;
  AdwEntryRow   *report_symbol_row;
  GtkListBox    *sittings_list;
  AdwEntryRow   *morning_start_row;
  AdwEntryRow   *morning_end_row;
  AdwEntryRow   *afternoon_start_row;
  AdwEntryRow   *afternoon_end_row;

  /* Borrowed references */
  PlnMeeting    *meeting;          /* PlnPage's, kept in step by meeting_changed */

  /* Owned references */
  GPtrArray     *bindings;
  GSignalGroup  *meeting_signals;
};

G_DEFINE_FINAL_TYPE (PlnOverviewPage, pln_overview_page, PLN_TYPE_PAGE)

static gboolean
date_to_text (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  g_value_take_string (to, pln_date_to_iso (g_value_get_boxed (from)));
  if (g_value_get_string (to) == NULL)
    g_value_set_string (to, "");
  return TRUE;
}

/* A date reaches the model only once it is a whole valid date; while the
 * user types, the row says it is not one yet. */
static gboolean
text_to_date (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  GtkWidget *row = GTK_WIDGET (g_binding_dup_target (binding));
  const char *text = g_value_get_string (from);
  GDate date;
  gboolean valid = pln_date_from_iso (text, &date);

  if (valid || text == NULL || *text == '\0')
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  g_object_unref (row);

  if (valid)
    g_value_set_boxed (to, &date);
  return valid;
}

static gboolean
minutes_to_text (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  int minutes = g_value_get_int (from);

  g_value_take_string (to, g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60));
  return TRUE;
}

/* "9:30", "09:30" or "930" → minutes; anything else stays out of the
 * model, and the row says so. */
static gboolean
text_to_minutes (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  GtkWidget *row = GTK_WIDGET (g_binding_dup_target (binding));
  const char *text = g_value_get_string (from);
  guint hours, minutes;
  gboolean valid = text != NULL &&
                   (sscanf (text, "%u:%u", &hours, &minutes) == 2 || sscanf (text, "%2u%2u", &hours, &minutes) == 2) &&
                   hours < 24 && minutes < 60;

  if (valid)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  g_object_unref (row);

  if (valid)
    g_value_set_int (to, hours * 60 + minutes);
  return valid;
}

static GtkWidget *
bound_entry_row (gpointer               object,
                 const char            *property,
                 const char            *title,
                 GBindingTransformFunc  to,
                 GBindingTransformFunc  from)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_bind_property_full (object, property, row, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               to, from, NULL, NULL);
  return row;
}

static void
bind (PlnOverviewPage        *self,
      const char             *property,
      gpointer                widget,
      const char             *widget_property,
      GBindingTransformFunc   to,
      GBindingTransformFunc   from)
{
  GBinding *binding = g_object_bind_property_full (self->meeting, property, widget, widget_property,
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   to, from, NULL, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
mark_row (PlnOverviewPage *self,
          const char      *property,
          const char      *message)
{
  static const struct { const char *property; gsize offset; } rows[] = {
    { "first-day", G_STRUCT_OFFSET (PlnOverviewPage, first_day_row) },
    { "last-day", G_STRUCT_OFFSET (PlnOverviewPage, last_day_row) },
    { "agenda-symbol", G_STRUCT_OFFSET (PlnOverviewPage, agenda_symbol_row) },
    { "report-symbol", G_STRUCT_OFFSET (PlnOverviewPage, report_symbol_row) },
    { "working-group", G_STRUCT_OFFSET (PlnOverviewPage, group_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = *(GtkWidget **) G_STRUCT_MEMBER_P (self, rows[i].offset);

      if (property == NULL)
        {
          gtk_widget_remove_css_class (row, "error");
          gtk_widget_set_tooltip_text (row, NULL);
        }
      else if (g_str_equal (property, rows[i].property))
        {
          gtk_widget_add_css_class (row, "error");
          gtk_widget_set_tooltip_text (row, message);
        }
    }
}

static void
update_problems (PlnOverviewPage *self)
{
  g_autoptr(GPtrArray) problems = NULL;

  pln_list_box_remove_all (self->problems_list);
  mark_row (self, NULL, NULL);

  if (self->meeting == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->problems_group), FALSE);
      return;
    }

  problems = pln_meeting_validate (self->meeting, NULL);
  for (guint i = 0; i < problems->len; i++)
    {
      PlnProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem->message);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->problems_list, row);
      mark_row (self, problem->property, problem->message);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
}

static char *
sitting_subtitle (PlnSitting *sitting,
                  PlnMeeting *meeting)
{
  char *when = pln_format_sitting_when (meeting, sitting);

  return when != NULL ? when : g_strdup (_("No date"));
}

static void
remove_sitting_clicked_cb (GtkButton       *button,
                           PlnOverviewPage *self)
{
  PlnSitting *sitting = g_object_get_data (G_OBJECT (button), "sitting");
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  pln_context_remove_with_undo (context, pln_meeting_get_sittings (self->meeting), sitting,
                                _("Plenary meeting removed"));
}

static void
sitting_changed_cb (PlnSitting  *sitting,
                    GParamSpec  *pspec,
                    AdwExpanderRow *row)
{
  PlnMeeting *meeting = g_object_get_data (G_OBJECT (row), "meeting");
  g_autofree char *subtitle = sitting_subtitle (sitting, meeting);
  g_autofree char *name = pln_sitting_dup_display_name (sitting);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (row, subtitle);
}

/* A plenary meeting: its name and times in the header, fields to edit
 * them inside, and removal. */
static GtkWidget *
create_sitting_row (gpointer item,
                    gpointer user_data)
{
  PlnOverviewPage *self = user_data;
  PlnSitting *sitting = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data_full (G_OBJECT (row), "meeting", g_object_ref (self->meeting), g_object_unref);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  sitting_changed_cb (sitting, NULL, ADW_EXPANDER_ROW (row));
  g_signal_connect_object (sitting, "notify", G_CALLBACK (sitting_changed_cb), row, 0);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            bound_entry_row (sitting, "name", C_("plenary meeting", "Name"), pln_format_binding_text, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            bound_entry_row (sitting, "date", _("Date (YYYY-MM-DD)"), date_to_text, text_to_date));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            bound_entry_row (sitting, "start", _("Starts (HH:MM)"), minutes_to_text, text_to_minutes));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            bound_entry_row (sitting, "end", _("Ends (HH:MM)"), minutes_to_text, text_to_minutes));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Plenary Meeting"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Plenary Meeting"), -1);
  g_object_set_data_full (G_OBJECT (remove), "sitting", g_object_ref (sitting), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_sitting_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  return row;
}

typedef struct
{
  PlnMeeting *meeting;
  GPtrArray  *sittings;
} OldSittings;

static void
old_sittings_free (gpointer data)
{
  OldSittings *old = data;

  g_clear_object (&old->meeting);
  g_clear_pointer (&old->sittings, g_ptr_array_unref);
  g_free (old);
}

static void
undo_generate (gpointer data)
{
  OldSittings *old = data;
  GListStore *store = G_LIST_STORE (pln_meeting_get_sittings (old->meeting));

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       old->sittings->pdata, old->sittings->len);
}

static void
generate_sittings_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PlnOverviewPage *self = PLN_OVERVIEW_PAGE (widget);
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  GListModel *sittings;
  OldSittings *old;

  if (self->meeting == NULL)
    return;

  /* The plenary meetings replaced are kept for Undo, with what was placed in them. */
  sittings = pln_meeting_get_sittings (self->meeting);
  old = g_new0 (OldSittings, 1);
  old->meeting = g_object_ref (self->meeting);
  old->sittings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    g_ptr_array_add (old->sittings, g_list_model_get_item (sittings, i));

  pln_meeting_generate_sittings (self->meeting);

  if (context != NULL)
    pln_context_add_undo (context, _("Plenary meetings generated"),
                          undo_generate, old, old_sittings_free);
  else
    old_sittings_free (old);
}

static void
update_group_row (PlnOverviewPage *self)
{
  PlnWorkingGroup *group = self->meeting ? pln_meeting_get_working_group (self->meeting) : NULL;

  adw_action_row_set_subtitle (self->group_row, group ? pln_working_group_get_display_name (group) : _("None"));
}

static void
bind_meeting (PlnOverviewPage *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  g_signal_group_set_target (self->meeting_signals, self->meeting);

  if (self->meeting == NULL)
    {
      gtk_list_box_bind_model (self->sittings_list, NULL, NULL, NULL, NULL);
      update_problems (self);
      return;
    }

  bind (self, "ordinal", self->ordinal_spin, "value", NULL, NULL);
  bind (self, "first-day", self->first_day_row, "text", date_to_text, text_to_date);
  bind (self, "last-day", self->last_day_row, "text", date_to_text, text_to_date);
  bind (self, "city", self->city_row, "text", pln_format_binding_text, NULL);
  bind (self, "venue", self->venue_row, "text", pln_format_binding_text, NULL);
  bind (self, "time-zone", self->time_zone_row, "text", pln_format_binding_text, NULL);
  bind (self, "format", self->format_row, "selected", NULL, NULL);
  bind (self, "platform", self->platform_row, "text", pln_format_binding_text, NULL);
  bind (self, "statement-limit", self->statement_spin, "value", NULL, NULL);
  bind (self, "online-cap", self->online_cap_spin, "value", NULL, NULL);
  bind (self, "recommendation-limit", self->limit_spin, "value", NULL, NULL);
  bind (self, "agenda-symbol", self->agenda_symbol_row, "text", pln_format_binding_text, NULL);
  bind (self, "report-symbol", self->report_symbol_row, "text", pln_format_binding_text, NULL);

  gtk_list_box_bind_model (self->sittings_list, pln_meeting_get_sittings (self->meeting),
                           create_sitting_row, self, NULL);
  bind (self, "morning-start", self->morning_start_row, "text", minutes_to_text, text_to_minutes);
  bind (self, "morning-end", self->morning_end_row, "text", minutes_to_text, text_to_minutes);
  bind (self, "afternoon-start", self->afternoon_start_row, "text", minutes_to_text, text_to_minutes);
  bind (self, "afternoon-end", self->afternoon_end_row, "text", minutes_to_text, text_to_minutes);
  update_group_row (self);
  update_problems (self);
}

static void
meeting_changed_cb (PlnOverviewPage *self)
{
  update_problems (self);
}

static void
pln_overview_page_meeting_changed (PlnPage    *page,
                                   PlnMeeting *old_meeting)
{
  PlnOverviewPage *self = PLN_OVERVIEW_PAGE (page);

  self->meeting = pln_page_get_meeting (page);
  bind_meeting (self);
}

static void
pln_overview_page_dispose (GObject *object)
{
  PlnOverviewPage *self = PLN_OVERVIEW_PAGE (object);

  if (self->bindings != NULL)
    {
      for (guint i = 0; i < self->bindings->len; i++)
        g_binding_unbind (g_ptr_array_index (self->bindings, i));
      g_clear_pointer (&self->bindings, g_ptr_array_unref);
    }
  g_clear_object (&self->meeting_signals);
  self->meeting = NULL;

  G_OBJECT_CLASS (pln_overview_page_parent_class)->dispose (object);
}

static void
pln_overview_page_class_init (PlnOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlnPageClass *page_class = PLN_PAGE_CLASS (klass);

  object_class->dispose = pln_overview_page_dispose;
  page_class->meeting_changed = pln_overview_page_meeting_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, problems_group);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, problems_list);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, group_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, ordinal_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, first_day_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, last_day_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, city_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, venue_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, format_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, platform_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, statement_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, online_cap_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, limit_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, agenda_symbol_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, report_symbol_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, sittings_list);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, morning_start_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, morning_end_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, afternoon_start_row);
  gtk_widget_class_bind_template_child (widget_class, PlnOverviewPage, afternoon_end_row);

  gtk_widget_class_install_action (widget_class, "overview.generate-sittings", NULL, generate_sittings_action);
}

static void
pln_overview_page_init (PlnOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->meeting_signals = g_signal_group_new (PLN_TYPE_MEETING);
  /* Any edit of the meeting may solve or make a problem. */
  g_signal_group_connect_swapped (self->meeting_signals, "notify", G_CALLBACK (meeting_changed_cb), self);
}
