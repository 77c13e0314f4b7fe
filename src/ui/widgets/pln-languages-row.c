/* pln-languages-row.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-languages-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-languages-row.h"

/* The languages of interpretation of a meeting: a row that says them
 * ("Arabic, Chinese, English …", "All six official languages") and
 * opens on a check button each. A check the user toggles changes the
 * "languages" property and emits "edited" with what it was before, for
 * the page to offer Undo; a change of the property from outside moves
 * the checks without emitting it. */

#define N_LANGUAGES 6

struct _PlnLanguagesRow
{
  AdwExpanderRow  parent_instance;

  GtkCheckButton *checks[N_LANGUAGES];
  PlnLanguages    languages;
  gboolean        syncing;   /* the checks are being set from the property */
};

G_DEFINE_FINAL_TYPE (PlnLanguagesRow, pln_languages_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_LANGUAGES,
  N_PROPS
};

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
update_subtitle (PlnLanguagesRow *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < N_LANGUAGES; i++)
    if (self->languages & (1 << i))
      {
        if (names->len > 0)
          /* Translators: between the names of two languages in a list */
          g_string_append (names, _(", "));
        g_string_append (names, pln_language_to_label (1 << i));
      }

  if ((self->languages & PLN_LANGUAGES_ALL_UN) == PLN_LANGUAGES_ALL_UN)
    /* Translators: the languages of interpretation of a meeting */
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("All six official languages"));
  else if (names->len == 0)
    /* Translators: the languages of interpretation of a meeting */
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("No interpretation"));
  else
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), names->str);
}

static void
check_toggled_cb (GtkCheckButton  *check,
                  PlnLanguagesRow *self)
{
  PlnLanguages before = self->languages;
  PlnLanguages language = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "language"));
  PlnLanguages after = gtk_check_button_get_active (check) ? before | language : before & ~language;

  if (self->syncing || after == before)
    return;

  pln_languages_row_set_languages (self, after);
  g_signal_emit (self, signals[EDITED], 0, before);
}

static void
pln_languages_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlnLanguagesRow *self = PLN_LANGUAGES_ROW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGES:
      g_value_set_flags (value, self->languages);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_languages_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PlnLanguagesRow *self = PLN_LANGUAGES_ROW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGES:
      pln_languages_row_set_languages (self, g_value_get_flags (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_languages_row_class_init (PlnLanguagesRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pln_languages_row_get_property;
  object_class->set_property = pln_languages_row_set_property;

  properties [PROP_LANGUAGES] =
    g_param_spec_flags ("languages", NULL, NULL, PLN_TYPE_LANGUAGES, PLN_LANGUAGE_NONE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnLanguagesRow::edited:
   * @before: the languages before the user's change
   */
  signals [EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLN_TYPE_LANGUAGES);
}

static void
pln_languages_row_init (PlnLanguagesRow *self)
{
  /* Translators: the heading of the languages a meeting is interpreted into */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Interpretation"));

  for (guint i = 0; i < N_LANGUAGES; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *name = pln_language_to_label (1 << i);

      g_object_set_data (G_OBJECT (check), "language", GUINT_TO_POINTER (1 << i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      pln_accessible_set_label (check, name);
      g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      self->checks[i] = GTK_CHECK_BUTTON (check);
    }

  /* The expander's inner lists, which a screen reader would otherwise
   * call by their class. */
  pln_accessible_name_lists (GTK_WIDGET (self), _("Interpretation"));
  update_subtitle (self);
}

GtkWidget *
pln_languages_row_new (void)
{
  return g_object_new (PLN_TYPE_LANGUAGES_ROW, NULL);
}

PlnLanguages
pln_languages_row_get_languages (PlnLanguagesRow *self)
{
  g_return_val_if_fail (PLN_IS_LANGUAGES_ROW (self), PLN_LANGUAGE_NONE);

  return self->languages;
}

void
pln_languages_row_set_languages (PlnLanguagesRow *self,
                                 PlnLanguages     languages)
{
  g_return_if_fail (PLN_IS_LANGUAGES_ROW (self));

  languages &= PLN_LANGUAGES_ALL_UN;
  if (languages == self->languages)
    return;

  self->languages = languages;
  self->syncing = TRUE;
  for (guint i = 0; i < N_LANGUAGES; i++)
    gtk_check_button_set_active (self->checks[i], (languages & (1 << i)) != 0);
  self->syncing = FALSE;
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGES]);
}
