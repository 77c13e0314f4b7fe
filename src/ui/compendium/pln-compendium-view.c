/* pln-compendium-view.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-compendium-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-format.h"
#include "pln-compendium-view-private.h"

/* The compendium, beside the calendar in the sidebar: every agreed
 * recommendation of every meeting and the Conference's resolutions and
 * decisions, filtered by working group, theme, kind and years, searched
 * as one types. The index (PlnCompendium) does the searching; the view
 * shows what it finds in a list whose rows are made for what is in view.
 * Activating a row opens its meeting on the Recommendations page
 * ("meeting-activated"). Exporting, themes: pln-compendium-view-actions.c. */

G_DEFINE_FINAL_TYPE (PlnCompendiumView, pln_compendium_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  MEETING_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* ------------------------------------------------------------ rows */

/* "SOM · Tenth meeting · 5 October 2023 · Item 2 · CTOC/COP/WG.7/2023/5" */
static char *
dup_caption (PlnCompendiumEntry *entry)
{
  PlnWorkingGroup *group = pln_compendium_entry_get_working_group (entry);
  PlnMeeting *meeting = pln_compendium_entry_get_meeting (entry);
  PlnRecommendation *rec = pln_compendium_entry_get_recommendation (entry);
  PlnResolution *resolution = pln_compendium_entry_get_resolution (entry);
  const GDate *date = pln_compendium_entry_get_date (entry);
  PlnAgendaItem *item = rec ? pln_recommendation_get_agenda_item (rec) : NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  /* A meeting's short title names its working group ("SOM · Meeting 10"). */
  if (meeting != NULL)
    g_ptr_array_add (parts, pln_format_meeting_short_title (meeting));
  else
    {
      if (group != NULL)
        g_ptr_array_add (parts, g_strdup (pln_working_group_get_display_name (group)));
      g_ptr_array_add (parts, g_strdup (pln_entry_kind_to_label (pln_compendium_entry_get_kind (entry))));
    }
  if (date != NULL)
    g_ptr_array_add (parts, pln_format_date (date));
  if (item != NULL)
    {
      g_autofree char *label = pln_agenda_item_dup_label (item);

      /* Translators: an agenda item in the caption of a compendium entry */
      g_ptr_array_add (parts, g_strdup_printf (_("Item %s"), label));
    }
  if (meeting != NULL && pln_meeting_get_report_symbol (meeting) != NULL)
    g_ptr_array_add (parts, g_strdup (pln_meeting_get_report_symbol (meeting)));
  if (resolution != NULL && pln_resolution_get_symbol (resolution) != NULL)
    g_ptr_array_add (parts, g_strdup (pln_resolution_get_symbol (resolution)));
  if (rec != NULL && pln_recommendation_get_status (rec) != PLN_RECOMMENDATION_STATUS_AGREED)
    g_ptr_array_add (parts, g_strdup (pln_recommendation_status_to_label (pln_recommendation_get_status (rec))));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *caption = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text), 4);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (caption), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  PlnCompendiumEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *text = gtk_widget_get_first_child (box);
  g_autofree char *caption = dup_caption (entry);

  gtk_label_set_text (GTK_LABEL (text), pln_compendium_entry_get_text (entry));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (text)), caption);
}

/* ------------------------------------------------------------ results */

void
_pln_compendium_view_get_filter (PlnCompendiumView   *self,
                                 PlnCompendiumFilter *filter)
{
  guint group = gtk_drop_down_get_selected (self->group_dropdown);
  guint theme = gtk_drop_down_get_selected (self->theme_dropdown);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  g_autoptr(GPtrArray) themes = self->workspace ? pln_workspace_dup_themes_in_order (self->workspace) : NULL;

  *filter = (PlnCompendiumFilter) { NULL, NULL, 0, 0, 0, FALSE };
  if (self->workspace == NULL)
    return;

  /* The first choice of each is "all". */
  if (group != GTK_INVALID_LIST_POSITION && group > 0)
    {
      /* Borrowed: the workspace keeps it. */
      filter->working_group = g_list_model_get_item (pln_workspace_get_working_groups (self->workspace), group - 1);
      if (filter->working_group != NULL)
        g_object_unref (filter->working_group);
    }
  if (theme != GTK_INVALID_LIST_POSITION && theme > 0 && theme - 1 < themes->len)
    filter->theme = themes->pdata[theme - 1];
  if (kind != GTK_INVALID_LIST_POSITION && kind > 0)
    filter->kinds = 1u << (kind - 1);
  filter->from_year = gtk_spin_button_get_value_as_int (self->from_spin);
  filter->to_year = gtk_spin_button_get_value_as_int (self->to_spin);
  filter->all_statuses = gtk_check_button_get_active (self->all_statuses_check);
}

static void
refresh (PlnCompendiumView *self)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *count = NULL;
  PlnCompendiumFilter filter;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->compendium == NULL)
    {
      g_list_store_remove_all (self->shown);
      return;
    }

  /* Searched once shown; the index is built then, from idle steps, and
   * what is typed meanwhile is searched when it is ready. */
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->stale)
    return;
  if (!pln_compendium_get_ready (self->compendium))
    {
      pln_compendium_build_in_idle (self->compendium);
      gtk_progress_bar_set_fraction (self->building_progress, pln_compendium_get_progress (self->compendium));
      gtk_spinner_set_spinning (self->building_spinner, TRUE);
      gtk_stack_set_visible_child_name (self->stack, "building");
      gtk_label_set_text (self->count_label, "");
      return;
    }
  gtk_spinner_set_spinning (self->building_spinner, FALSE);

  _pln_compendium_view_get_filter (self, &filter);
  found = pln_compendium_search (self->compendium, &filter,
                                 gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)), found->pdata, found->len);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", found->len), found->len);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, found->len > 0 ? "results" : "empty");
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  PlnCompendiumView *self = user_data;

  self->refresh_id = 0;
  _pln_compendium_view_update_choices (self);
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* An edit anywhere in the workspace: once, when the main loop is idle. */
static void
compendium_changed_cb (PlnCompendiumView *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
progress_cb (PlnCompendiumView *self)
{
  gtk_progress_bar_set_fraction (self->building_progress, pln_compendium_get_progress (self->compendium));
}

static void
search_changed_cb (PlnCompendiumView *self)
{
  refresh (self);
}

static void
filter_changed_cb (PlnCompendiumView *self)
{
  if (!self->updating_choices)
    refresh (self);
}

static void
search_activate_cb (PlnCompendiumView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

static void
row_activated_cb (PlnCompendiumView *self,
                  guint              position)
{
  pln_compendium_view_activate (self, position);
}

/* The working groups and themes of the filters, kept as the workspace
 * changes, with the choice made kept when it is still there. */
static void
replace_names (GtkStringList *list,
               GtkDropDown   *dropdown,
               GPtrArray     *names)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autofree char *was = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint keep = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected < n)
    was = g_strdup (gtk_string_list_get_string (list, selected));

  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (list, 0, n, (const char * const *) names->pdata);
  for (guint i = 0; was != NULL && names->pdata[i] != NULL; i++)
    if (g_str_equal (names->pdata[i], was))
      keep = i;
  gtk_drop_down_set_selected (dropdown, keep);
}

void
_pln_compendium_view_update_choices (PlnCompendiumView *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) themes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ordered = NULL;
  GListModel *list;

  self->updating_choices = TRUE;
  g_ptr_array_add (groups, g_strdup (_("All working groups")));
  g_ptr_array_add (themes, g_strdup (_("All themes")));
  if (self->workspace != NULL)
    {
      list = pln_workspace_get_working_groups (self->workspace);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (list, i);

          g_ptr_array_add (groups, g_strdup (pln_working_group_get_display_name (group)));
        }
      ordered = pln_workspace_dup_themes_in_order (self->workspace);
      for (guint i = 0; i < ordered->len; i++)
        g_ptr_array_add (themes, pln_workspace_dup_theme_path (self->workspace, ordered->pdata[i], " › "));
    }

  replace_names (self->group_names, self->group_dropdown, groups);
  replace_names (self->theme_names, self->theme_dropdown, themes);
  self->updating_choices = FALSE;
}

/* ------------------------------------------------------------ object */

static void
pln_compendium_view_map (GtkWidget *widget)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (widget);

  GTK_WIDGET_CLASS (pln_compendium_view_parent_class)->map (widget);

  if (self->stale)
    refresh (self);
}

static void
pln_compendium_view_dispose (GObject *object)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->compendium != NULL)
    g_signal_handlers_disconnect_by_data (self->compendium, self);
  g_clear_object (&self->compendium);
  g_clear_object (&self->workspace);
  g_clear_object (&self->shown);
  g_clear_object (&self->group_names);
  g_clear_object (&self->theme_names);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_COMPENDIUM_VIEW);
  /* The template's box has no id of its own. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pln_compendium_view_parent_class)->dispose (object);
}

static void
pln_compendium_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_compendium_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PlnCompendiumView *self = PLN_COMPENDIUM_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_get_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_compendium_view_class_init (PlnCompendiumViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_compendium_view_dispose;
  object_class->get_property = pln_compendium_view_get_property;
  object_class->set_property = pln_compendium_view_set_property;
  widget_class->map = pln_compendium_view_map;

  /* Borrowed: the window that has both keeps it. */
  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, PLN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnCompendiumView::meeting-activated:
   * @meeting: the meeting of the entry activated
   */
  signals [MEETING_ACTIVATED] =
    g_signal_new ("meeting-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, PLN_TYPE_MEETING, PLN_TYPE_RECOMMENDATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-compendium-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, from_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, to_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, all_statuses_check);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, theme_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, export_button);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, add_button);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, list_view);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, stack);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, building_spinner);
  gtk_widget_class_bind_template_child (widget_class, PlnCompendiumView, building_progress);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  _pln_compendium_view_class_init_actions (widget_class);
  _pln_compendium_view_class_init_resolutions (widget_class);
}

/* A year's spin button shows nothing for 0, "any year". */
static gboolean
year_output_cb (GtkSpinButton *spin,
                gpointer       user_data)
{
  if (gtk_spin_button_get_value_as_int (spin) != 0)
    return FALSE;

  if (*gtk_editable_get_text (GTK_EDITABLE (spin)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static int
year_input_cb (GtkSpinButton *spin,
               double        *new_value,
               gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));

  if (*text != '\0')
    return FALSE;

  *new_value = 0;
  return TRUE;
}

static void
pln_compendium_view_init (PlnCompendiumView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown = g_list_store_new (PLN_TYPE_COMPENDIUM_ENTRY);
  self->group_names = gtk_string_list_new (NULL);
  self->theme_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (self->group_names));
  gtk_drop_down_set_model (self->theme_dropdown, G_LIST_MODEL (self->theme_names));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)))));

  /* Icon-only buttons are named by their tooltips; drop-downs too. */
  pln_accessible_set_label (GTK_WIDGET (self->theme_menu_button), _("Themes"));
  pln_accessible_set_label (GTK_WIDGET (self->export_button), _("Export What Is Shown"));
  pln_accessible_set_label (GTK_WIDGET (self->add_button), _("Add Resolution or Decision…"));
  pln_accessible_set_label (GTK_WIDGET (self->group_dropdown), _("Working group"));
  pln_accessible_set_label (GTK_WIDGET (self->theme_dropdown), _("Theme"));
  pln_accessible_set_label (GTK_WIDGET (self->kind_dropdown), _("Kind of entry"));
  for (guint i = 0; i < 2; i++)
    {
      GtkSpinButton *spin = i == 0 ? self->from_spin : self->to_spin;

      g_signal_connect (spin, "output", G_CALLBACK (year_output_cb), NULL);
      g_signal_connect (spin, "input", G_CALLBACK (year_input_cb), NULL);
      year_output_cb (spin, NULL);
    }
  _pln_compendium_view_update_choices (self);
}

/**
 * pln_compendium_view_set_workspace:
 * @workspace: (nullable): the workspace whose compendium to show
 */
void
pln_compendium_view_set_workspace (PlnCompendiumView *self,
                                   PlnWorkspace      *workspace)
{
  g_return_if_fail (PLN_IS_COMPENDIUM_VIEW (self));

  if (self->workspace == workspace)
    return;

  if (self->compendium != NULL)
    g_signal_handlers_disconnect_by_data (self->compendium, self);
  g_clear_object (&self->compendium);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    {
      /* The window's, shared with the Recommendations page. */
      if (self->context != NULL && pln_context_get_workspace (self->context) == workspace)
        self->compendium = g_object_ref (pln_context_get_compendium (self->context));
      else
        self->compendium = pln_compendium_new (workspace);
      g_signal_connect_swapped (self->compendium, "changed", G_CALLBACK (compendium_changed_cb), self);
      g_signal_connect_swapped (self->compendium, "notify::ready", G_CALLBACK (refresh), self);
      g_signal_connect_swapped (self->compendium, "notify::progress", G_CALLBACK (progress_cb), self);
    }

  /* A public edition's compendium is read, not edited. */
  for (guint i = 0; i < 3; i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self),
                                   (const char * const []) { "compendium.new-theme", "compendium.file-under-theme",
                                                             "compendium.add-resolution" }[i],
                                   workspace == NULL || !pln_workspace_is_read_only (workspace));

  _pln_compendium_view_update_choices (self);
  /* Searched when first shown: the index is built then. */
  g_list_store_remove_all (self->shown);
  self->stale = TRUE;
  if (workspace != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

/**
 * pln_compendium_view_get_compendium:
 *
 * Returns: (transfer none) (nullable): the compendium shown
 */
PlnCompendium *
pln_compendium_view_get_compendium (PlnCompendiumView *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_VIEW (self), NULL);

  return self->compendium;
}

/**
 * pln_compendium_view_get_shown:
 *
 * Returns: (transfer none): the entries shown, a list of #PlnCompendiumEntry
 */
GListModel *
pln_compendium_view_get_shown (PlnCompendiumView *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_VIEW (self), NULL);

  return G_LIST_MODEL (self->shown);
}

GtkEditable *
pln_compendium_view_get_search (PlnCompendiumView *self)
{
  g_return_val_if_fail (PLN_IS_COMPENDIUM_VIEW (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

/**
 * pln_compendium_view_set_filter:
 *
 * Sets the filters' controls as @filter says.
 */
void
pln_compendium_view_set_filter (PlnCompendiumView         *self,
                                const PlnCompendiumFilter *filter)
{
  g_autoptr(GPtrArray) themes = NULL;
  guint group = 0, theme = 0;

  g_return_if_fail (PLN_IS_COMPENDIUM_VIEW (self));
  g_return_if_fail (self->workspace != NULL);

  themes = pln_workspace_dup_themes_in_order (self->workspace);
  if (filter->working_group != NULL &&
      g_list_store_find (G_LIST_STORE (pln_workspace_get_working_groups (self->workspace)), filter->working_group, &group))
    group++;
  if (filter->theme != NULL && g_ptr_array_find (themes, filter->theme, &theme))
    theme++;

  gtk_drop_down_set_selected (self->group_dropdown, group);
  gtk_drop_down_set_selected (self->theme_dropdown, theme);
  gtk_spin_button_set_value (self->from_spin, filter->from_year);
  gtk_spin_button_set_value (self->to_spin, filter->to_year);
  gtk_check_button_set_active (self->all_statuses_check, filter->all_statuses);
}

/**
 * pln_compendium_view_activate:
 *
 * Opens the meeting of the entry at @position (a recommendation's) on it,
 * or the dialog of a resolution or decision.
 */
void
pln_compendium_view_activate (PlnCompendiumView *self,
                              guint              position)
{
  g_autoptr(PlnCompendiumEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  /* A resolution or decision is edited here; it has no meeting. */
  if (entry != NULL && pln_compendium_entry_get_resolution (entry) != NULL)
    _pln_compendium_view_edit_resolution (self, pln_compendium_entry_get_resolution (entry));
  else if (entry != NULL && pln_compendium_entry_get_meeting (entry) != NULL)
    g_signal_emit (self, signals [MEETING_ACTIVATED], 0,
                   pln_compendium_entry_get_meeting (entry), pln_compendium_entry_get_recommendation (entry));
}
