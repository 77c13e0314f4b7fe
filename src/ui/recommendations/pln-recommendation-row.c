/* pln-recommendation-row.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendation-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-format.h"
#include "pln-recommendation-row.h"

/* One recommendation of the list: its number in the non-paper, its text,
 * what it was made under and by, its status, its moves and its removal.
 * The row follows its recommendation's notifications itself, so an edit
 * updates the row without the page refreshing its list.
 *
 * What the row changes goes through the page's actions ("recommendations.…"):
 * the status chosen in its menu (the stateful "rec.status", whose state
 * marks the current one), and a row dropped on it by its handle. */

static const PlnRecommendationStatus statuses[] = {
  PLN_RECOMMENDATION_STATUS_PROPOSED,
  PLN_RECOMMENDATION_STATUS_IN_NON_PAPER,
  PLN_RECOMMENDATION_STATUS_AGREED,
  PLN_RECOMMENDATION_STATUS_WITHDRAWN,
};

struct _PlnRecommendationRow
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *drag_handle;
  GtkLabel          *number_label;
  GtkLabel          *text_label;
  GtkLabel          *details_label;
  GtkMenuButton     *status_button;
  GtkMenuButton     *themes_button;
  GtkMenuButton     *moves_button;
  GtkButton         *remove_button;

  /* Owned references */
  PlnRecommendation *recommendation;
  PlnWorkspace      *workspace;        /* whose thematic index the menu of themes shows */
  GSignalGroup      *recommendation_signals;
  GSimpleAction     *status_action;

  guint              number;
  guint              word_hint;
};

G_DEFINE_FINAL_TYPE (PlnRecommendationRow, pln_recommendation_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECOMMENDATION,
  PROP_NUMBER,
  PROP_WORD_HINT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_text (PlnRecommendationRow *self)
{
  if (self->recommendation != NULL)
    gtk_label_set_text (self->text_label, pln_recommendation_get_text (self->recommendation) ?: "");
}

static void
update_status (PlnRecommendationRow *self)
{
  PlnRecommendationStatus status;
  const char *label;
  g_autofree char *name = NULL;

  if (self->recommendation == NULL)
    return;

  status = pln_recommendation_get_status (self->recommendation);
  label = pln_recommendation_status_to_label (status);
  gtk_menu_button_set_label (self->status_button, label);
  g_simple_action_set_state (self->status_action,
                             g_variant_new_string (pln_enum_to_nick (PLN_TYPE_RECOMMENDATION_STATUS, status)));

  /* Translators: what a screen reader says of a recommendation's status button, e.g. "Status: Proposed" */
  name = g_strdup_printf (_("Status: %s"), label);
  pln_accessible_set_label (GTK_WIDGET (self->status_button), name);
}

static void
update_details (PlnRecommendationRow *self)
{
  PlnRecommendation *rec = self->recommendation;
  PlnAgendaItem *item;
  g_autofree char *label = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GString) details = NULL;
  guint words;

  if (rec == NULL)
    return;

  item = pln_recommendation_get_agenda_item (rec);
  label = item ? pln_agenda_item_dup_label (item) : g_strdup ("–");
  words = pln_text_count_words (pln_recommendation_get_text (rec));
  details = g_string_new (NULL);

  /* Translators: the agenda item a recommendation was made under, e.g. "Agenda item 2" */
  g_string_append_printf (details, _("Agenda item %s"), label);
  if (pln_recommendation_get_source (rec) != NULL)
    g_string_append_printf (details, " · %s", pln_recommendation_get_source (rec));
  g_string_append (details, " · ");
  g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", words), words);
  if (words > self->word_hint)
    /* Translators: a hint that a recommendation is long; the number of words is set in Preferences */
    g_string_append_printf (details, " · %s", _("longer than the hint, could be more concise"));
  if (pln_recommendation_get_merged_into (rec) != NULL)
    g_string_append_printf (details, " · %s", _("merged into another"));
  if ((changed = pln_format_changed (PLN_OBJECT (rec), NULL)) != NULL)
    g_string_append_printf (details, " · %s", changed);

  gtk_label_set_text (self->details_label, details->str);
  if (words > self->word_hint)
    gtk_widget_add_css_class (GTK_WIDGET (self->details_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->details_label), "warning");
}

/* The menu's radio items change the state: the page makes the change, and
 * the row's state follows the recommendation's notification. */
static void
status_change_state_cb (GSimpleAction        *action,
                        GVariant             *state,
                        PlnRecommendationRow *self)
{
  int status;

  if (self->recommendation == NULL ||
      !pln_enum_from_nick (PLN_TYPE_RECOMMENDATION_STATUS, g_variant_get_string (state, NULL), &status))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "recommendations.set-status", "(si)",
                              pln_recommendation_get_id (self->recommendation), status);
}

static GMenuModel *
build_status_menu (void)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (pln_recommendation_status_to_label (statuses[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "rec.status",
                                               g_variant_new_string (pln_enum_to_nick (PLN_TYPE_RECOMMENDATION_STATUS,
                                                                                       statuses[i])));
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

/* ------------------------------------------------------------ themes */

/* The check items of the themes: an action "theme.N" a theme, whose
 * boolean state says whether the recommendation is filed under it. */
static void
theme_change_state_cb (GSimpleAction        *action,
                       GVariant             *state,
                       PlnRecommendationRow *self)
{
  const char *theme_id = g_object_get_data (G_OBJECT (action), "pln-theme-id");

  if (self->recommendation == NULL)
    return;

  g_simple_action_set_state (action, state);
  gtk_widget_activate_action (GTK_WIDGET (self), "recommendations.set-theme", "(ssb)",
                              pln_recommendation_get_id (self->recommendation), theme_id,
                              g_variant_get_boolean (state));
}

/* Made as the menu opens, from the thematic index as it is then. */
static void
create_themes_menu (GtkMenuButton *button,
                    gpointer       user_data)
{
  PlnRecommendationRow *self = user_data;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GPtrArray) themes = NULL;
  const char * const *filed;

  if (self->recommendation == NULL || self->workspace == NULL)
    return;

  themes = pln_workspace_dup_themes_in_order (self->workspace);
  filed = pln_recommendation_get_themes (self->recommendation);
  for (guint i = 0; i < themes->len; i++)
    {
      const char *id = pln_theme_get_id (themes->pdata[i]);
      g_autofree char *name = g_strdup_printf ("%u", i);
      g_autofree char *action_name = g_strdup_printf ("theme.%u", i);
      g_autofree char *path = pln_workspace_dup_theme_path (self->workspace, themes->pdata[i], " › ");
      gboolean on = filed != NULL && g_strv_contains (filed, id);
      g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (on));

      g_object_set_data_full (G_OBJECT (action), "pln-theme-id", g_strdup (id), g_free);
      g_signal_connect (action, "change-state", G_CALLBACK (theme_change_state_cb), self);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
      g_menu_append (menu, path, action_name);
    }

  gtk_widget_insert_action_group (GTK_WIDGET (self), "theme", G_ACTION_GROUP (group));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
update_themes (PlnRecommendationRow *self)
{
  GListModel *themes = self->workspace != NULL ? pln_workspace_get_themes (self->workspace) : NULL;
  const char * const *filed = self->recommendation != NULL ? pln_recommendation_get_themes (self->recommendation) : NULL;
  guint n = filed != NULL ? g_strv_length ((char **) filed) : 0;
  g_autofree char *name = NULL;

  /* Nothing to choose from without a thematic index. */
  gtk_widget_set_visible (GTK_WIDGET (self->themes_button), themes != NULL && g_list_model_get_n_items (themes) > 0);
  if (n > 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->themes_button), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->themes_button), "dim-label");

  name = n > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: what a screen reader says of a recommendation's
                                                * button of themes */
                                               "Themes: filed under %u", "Themes: filed under %u", n), n)
               : g_strdup (_("Themes: none"));
  pln_accessible_set_label (GTK_WIDGET (self->themes_button), name);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource        *source,
                 double                x,
                 double                y,
                 PlnRecommendationRow *self)
{
  if (self->recommendation == NULL)
    return NULL;

  return gdk_content_provider_new_typed (PLN_TYPE_RECOMMENDATION, self->recommendation);
}

/* The row itself under the pointer while it is dragged. */
static void
drag_begin_cb (GtkDragSource        *source,
               GdkDrag              *drag,
               PlnRecommendationRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget        *target,
         const GValue         *value,
         double                x,
         double                y,
         PlnRecommendationRow *self)
{
  PlnRecommendation *dropped = g_value_get_object (value);

  if (self->recommendation == NULL || dropped == NULL || dropped == self->recommendation)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "recommendations.move-to", "(ss)",
                                     pln_recommendation_get_id (dropped),
                                     pln_recommendation_get_id (self->recommendation));
}

static void
pln_recommendation_row_dispose (GObject *object)
{
  PlnRecommendationRow *self = PLN_RECOMMENDATION_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_RECOMMENDATION_ROW);
  /* The box of the labels is no template child: the layout's children go too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->recommendation_signals != NULL)
    g_signal_group_set_target (self->recommendation_signals, NULL);
  g_clear_object (&self->recommendation_signals);
  g_clear_object (&self->recommendation);
  g_clear_object (&self->workspace);
  g_clear_object (&self->status_action);

  G_OBJECT_CLASS (pln_recommendation_row_parent_class)->dispose (object);
}

static void
pln_recommendation_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PlnRecommendationRow *self = PLN_RECOMMENDATION_ROW (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      g_value_set_object (value, self->recommendation);
      break;

    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_WORD_HINT:
      g_value_set_uint (value, self->word_hint);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_recommendation_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PlnRecommendationRow *self = PLN_RECOMMENDATION_ROW (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      pln_recommendation_row_set_recommendation (self, g_value_get_object (value));
      break;

    case PROP_NUMBER:
      pln_recommendation_row_set_number (self, g_value_get_uint (value));
      break;

    case PROP_WORD_HINT:
      pln_recommendation_row_set_word_hint (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_recommendation_row_class_init (PlnRecommendationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_recommendation_row_dispose;
  object_class->get_property = pln_recommendation_row_get_property;
  object_class->set_property = pln_recommendation_row_set_property;

  properties [PROP_RECOMMENDATION] =
    g_param_spec_object ("recommendation", NULL, NULL,
                         PLN_TYPE_RECOMMENDATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WORD_HINT] =
    g_param_spec_uint ("word-hint", NULL, NULL,
                       0, G_MAXUINT, 60,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-recommendation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationRow, status_button);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationRow, themes_button);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationRow, moves_button);
  gtk_widget_class_bind_template_child (widget_class, PlnRecommendationRow, remove_button);
}

static void
pln_recommendation_row_init (PlnRecommendationRow *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GMenuModel) status_menu = build_status_menu ();
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;

  self->word_hint = 60;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_action = g_simple_action_new_stateful ("status", G_VARIANT_TYPE_STRING, g_variant_new_string (""));
  g_signal_connect (self->status_action, "change-state", G_CALLBACK (status_change_state_cb), self);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (self->status_action));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "rec", G_ACTION_GROUP (group));
  gtk_menu_button_set_menu_model (self->status_button, status_menu);
  pln_accessible_set_label (GTK_WIDGET (self->moves_button), _("Move or Merge"));
  gtk_menu_button_set_create_popup_func (self->themes_button, create_themes_menu, self, NULL);
  update_themes (self);

  /* Dragged by its handle, so that the text stays selectable. */
  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect (drag_source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (drag_source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (self->drag_handle, GTK_EVENT_CONTROLLER (drag_source));
  gtk_widget_set_cursor_from_name (self->drag_handle, "grab");

  drop_target = gtk_drop_target_new (PLN_TYPE_RECOMMENDATION, GDK_ACTION_MOVE);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  self->recommendation_signals = g_signal_group_new (PLN_TYPE_RECOMMENDATION);
  g_signal_group_connect_swapped (self->recommendation_signals, "notify::status", G_CALLBACK (update_status), self);
  g_signal_group_connect_swapped (self->recommendation_signals, "notify::text", G_CALLBACK (update_text), self);
  g_signal_group_connect_swapped (self->recommendation_signals, "notify::text", G_CALLBACK (update_details), self);
  g_signal_group_connect_swapped (self->recommendation_signals, "notify::source", G_CALLBACK (update_details), self);
  g_signal_group_connect_swapped (self->recommendation_signals, "notify::agenda-item", G_CALLBACK (update_details), self);
  g_signal_group_connect_swapped (self->recommendation_signals, "notify::merged-into", G_CALLBACK (update_details), self);
  g_signal_group_connect_swapped (self->recommendation_signals, "notify::changed-at", G_CALLBACK (update_details), self);
  g_signal_group_connect_swapped (self->recommendation_signals, "notify::themes", G_CALLBACK (update_themes), self);
}

PlnRecommendation *
pln_recommendation_row_get_recommendation (PlnRecommendationRow *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION_ROW (self), NULL);

  return self->recommendation;
}

void
pln_recommendation_row_set_recommendation (PlnRecommendationRow *self,
                                           PlnRecommendation    *recommendation)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION_ROW (self));
  g_return_if_fail (recommendation == NULL || PLN_IS_RECOMMENDATION (recommendation));

  if (!g_set_object (&self->recommendation, recommendation))
    return;

  g_signal_group_set_target (self->recommendation_signals, recommendation);
  /* The target first: an action with a parameter refuses a button without one. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), NULL);
  if (recommendation != NULL)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button),
                                              g_variant_new_string (pln_recommendation_get_id (recommendation)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "recommendations.remove");
    }
  update_text (self);
  update_status (self);
  update_details (self);
  update_themes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECOMMENDATION]);
}

guint
pln_recommendation_row_get_number (PlnRecommendationRow *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION_ROW (self), 0);

  return self->number;
}

/**
 * pln_recommendation_row_set_number:
 * @number: its number in the non-paper, or 0 for one that is not in it
 */
void
pln_recommendation_row_set_number (PlnRecommendationRow *self,
                                   guint                 number)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PLN_IS_RECOMMENDATION_ROW (self));

  if (self->number == number)
    return;

  self->number = number;
  text = number > 0 ? g_strdup_printf ("%u.", number) : NULL;
  gtk_label_set_text (self->number_label, text ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NUMBER]);
}

guint
pln_recommendation_row_get_word_hint (PlnRecommendationRow *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION_ROW (self), 0);

  return self->word_hint;
}

void
pln_recommendation_row_set_word_hint (PlnRecommendationRow *self,
                                      guint                 word_hint)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION_ROW (self));

  if (self->word_hint == word_hint)
    return;

  self->word_hint = word_hint;
  update_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORD_HINT]);
}

/**
 * pln_recommendation_row_set_menu_model:
 *
 * The menu of the row's moves, which depend on the page (the other days
 * of the meeting); the statuses have a menu of their own.
 */
void
pln_recommendation_row_set_menu_model (PlnRecommendationRow *self,
                                       GMenuModel           *menu_model)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION_ROW (self));

  gtk_menu_button_set_menu_model (self->moves_button, menu_model);
}

/**
 * pln_recommendation_row_get_status_menu:
 *
 * Returns: (transfer none): the menu of the statuses, whose items use the
 *   row's stateful action "rec.status"
 */
GMenuModel *
pln_recommendation_row_get_status_menu (PlnRecommendationRow *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION_ROW (self), NULL);

  return gtk_menu_button_get_menu_model (self->status_button);
}

/**
 * pln_recommendation_row_set_workspace:
 * @workspace: (nullable): whose thematic index the menu of themes shows
 */
void
pln_recommendation_row_set_workspace (PlnRecommendationRow *self,
                                      PlnWorkspace         *workspace)
{
  g_return_if_fail (PLN_IS_RECOMMENDATION_ROW (self));

  if (g_set_object (&self->workspace, workspace))
    update_themes (self);
}

/**
 * pln_recommendation_row_get_themes_button:
 *
 * Returns: (transfer none): the button of the menu of themes
 */
GtkMenuButton *
pln_recommendation_row_get_themes_button (PlnRecommendationRow *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATION_ROW (self), NULL);

  return self->themes_button;
}
