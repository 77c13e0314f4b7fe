/* pln-preferences-window.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-preferences-window.h"
#include "pln-publish-group.h"

struct _PlnPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *color_scheme_row;
  GtkSpinButton        *word_hint_spin;
  GtkSwitch            *show_sources_switch;
  GtkSwitch            *deadline_switch;
  AdwPreferencesGroup  *author_group;
  AdwEntryRow          *author_row;
  PlnPublishGroup      *publish_group;

  /* Owned references */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (PlnPreferencesWindow, pln_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The combo row's positions, in the order of its string list. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
scheme_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_str_equal (scheme, color_schemes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_scheme (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (color_schemes))
    position = 0;

  return g_variant_new_string (color_schemes[position]);
}

static void
pln_preferences_window_constructed (GObject *object)
{
  PlnPreferencesWindow *self = PLN_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (pln_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                scheme_to_position, position_to_scheme,
                                NULL, NULL);
  g_settings_bind (self->settings, "recommendation-word-hint",
                   self->word_hint_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "non-paper-show-sources",
                   self->show_sources_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "deadline-notifications",
                   self->deadline_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "author-name",
                   self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
}

/* What the name is for, and the name recorded while none is typed
 * (AdwEntryRow has no placeholder in libadwaita 1.2). */
static void
describe_author (PlnPreferencesWindow *self)
{
  g_autofree char *description = NULL;

  /* Translators: the name is the user's, from the system. */
  description = g_strdup_printf (_("Your name, recorded on what you change. Left empty: %s."),
                                 pln_author_get_default ());
  adw_preferences_group_set_description (self->author_group, description);
}

static void
pln_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PLN_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (pln_preferences_window_parent_class)->dispose (object);
}

static void
pln_preferences_window_finalize (GObject *object)
{
  PlnPreferencesWindow *self = PLN_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pln_preferences_window_parent_class)->finalize (object);
}

static void
pln_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PlnPreferencesWindow *self = PLN_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_preferences_window_class_init (PlnPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pln_preferences_window_constructed;
  object_class->dispose = pln_preferences_window_dispose;
  object_class->finalize = pln_preferences_window_finalize;
  object_class->set_property = pln_preferences_window_set_property;

  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLN_TYPE_PUBLISH_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, PlnPreferencesWindow, word_hint_spin);
  gtk_widget_class_bind_template_child (widget_class, PlnPreferencesWindow, show_sources_switch);
  gtk_widget_class_bind_template_child (widget_class, PlnPreferencesWindow, deadline_switch);
  gtk_widget_class_bind_template_child (widget_class, PlnPreferencesWindow, author_group);
  gtk_widget_class_bind_template_child (widget_class, PlnPreferencesWindow, author_row);
  gtk_widget_class_bind_template_child (widget_class, PlnPreferencesWindow, publish_group);
}

/* libadwaita 1.2 leaves some of its own widgets without a name, which a
 * screen reader would announce by their class: the window's search entry
 * and list of results (search is off, but they are there), and the list
 * of a combo row's choices, named here after what they are. */
static void
name_unnamed (GtkWidget  *widget,
              const char *row_title)
{
  const char *label = NULL;

  if (ADW_IS_COMBO_ROW (widget))
    row_title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

  if (GTK_IS_SEARCH_ENTRY (widget))
    label = _("Search Preferences");
  else if (GTK_IS_LIST_VIEW (widget) && row_title != NULL)
    label = row_title;
  else if (GTK_IS_LIST_BOX (widget))
    {
      GtkWidget *group = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP);

      label = group ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)) : NULL;
      if (label == NULL || *label == '\0')
        label = _("Search Results");
    }

  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    name_unnamed (child, row_title);
}

static void
pln_preferences_window_init (PlnPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  name_unnamed (GTK_WIDGET (self), NULL);
  describe_author (self);
}

PlnPreferencesWindow *
pln_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (PLN_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

/**
 * pln_preferences_window_set_workspace:
 * @workspace: (nullable): the open workspace, whose own settings (the
 *   published calendar) the window shows too
 */
void
pln_preferences_window_set_workspace (PlnPreferencesWindow *self,
                                      PlnWorkspace         *workspace)
{
  g_return_if_fail (PLN_IS_PREFERENCES_WINDOW (self));

  pln_publish_group_set_workspace (self->publish_group, workspace);
}
