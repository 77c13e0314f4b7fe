/* test-ui-files.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-test-ui.h"
#include "pln-test-util.h"

/* gtk4-builder-tool of GTK 4.8 cannot resolve libadwaita types, so every
 * .ui file of the resource is loaded here, after adw_init, instead. A
 * template is loaded as an object of its parent class: that checks every
 * object, property, child type and binding it names. Signal handlers are
 * left out because they resolve against the template's own class. */

static GPtrArray *kept_builders;

static char *
template_as_object (const char *xml)
{
  g_autoptr(GRegex) open_re = g_regex_new ("<template class=\"[A-Za-z0-9_]+\" parent=\"([A-Za-z0-9_]+)\"",
                                           0, 0, NULL);
  g_autoptr(GRegex) close_re = g_regex_new ("</template>", 0, 0, NULL);
  g_autoptr(GRegex) signal_re = g_regex_new ("<signal [^>]*/>", 0, 0, NULL);
  /* Properties bound to the template's own ("context", "meeting") have no
   * source once the template is a plain object of its parent class. */
  g_autoptr(GRegex) bound_re = g_regex_new ("<property [^>]*bind-source=\"Pln[A-Za-z]+\"[^>]*/>", 0, 0, NULL);
  g_autofree char *step1 = g_regex_replace (open_re, xml, -1, 0, "<object class=\"\\1\" id=\"__template\"", 0, NULL);
  g_autofree char *step2 = g_regex_replace_literal (close_re, step1, -1, 0, "</object>", 0, NULL);
  g_autofree char *step3 = g_regex_replace_literal (bound_re, step2, -1, 0, "", 0, NULL);

  return g_regex_replace_literal (signal_re, step3, -1, 0, "", 0, NULL);
}

static void
test_ui_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autofree char *xml = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) class_re = g_regex_new ("<template class=\"([A-Za-z0-9_]+)\"", 0, 0, NULL);

  g_assert_no_error (error);
  xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (g_regex_match (class_re, xml, 0, &match))
    {
      g_autofree char *klass = g_match_info_fetch (match, 1);
      g_autofree char *as_object = template_as_object (xml);

      g_assert_cmpuint (g_type_from_name (klass), !=, 0);
      /* An abstract parent cannot be instantiated: a box stands in for it. */
      if (G_TYPE_IS_ABSTRACT (g_type_parent (g_type_from_name (klass))))
        {
          g_autofree char *parent = g_strdup_printf ("parent=\"%s\"", g_type_name (g_type_parent (g_type_from_name (klass))));
          g_autofree char *replaced = NULL;
          g_auto(GStrv) parts = g_strsplit (xml, parent, 2);

          replaced = g_strjoinv ("parent=\"GtkBox\"", parts);
          g_free (as_object);
          as_object = template_as_object (replaced);
        }
      gtk_builder_add_from_string (builder, as_object, -1, &error);
    }
  else
    {
      gtk_builder_add_from_string (builder, xml, -1, &error);
    }

  g_assert_no_error (error);

  /* GTK 4.8 warns when a builder that set up <binding>s is finalized
   * (its expression watches are released twice), which templates avoid
   * through gtk_widget_dispose_template (). The builders of this short-lived
   * test are therefore kept until exit. */
  g_ptr_array_add (kept_builders, g_steal_pointer (&builder));
}

static void
collect_ui_files (const char *dir,
                  GPtrArray  *paths)
{
  g_auto(GStrv) children = g_resources_enumerate_children (dir, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (dir, children[i], NULL);

      if (g_str_has_suffix (child, "/"))
        collect_ui_files (child, paths);
      else if (g_str_has_suffix (child, ".ui"))
        g_ptr_array_add (paths, g_steal_pointer (&child));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  pln_test_ui_init (&argc, &argv);

  kept_builders = g_ptr_array_new ();
  collect_ui_files (RESOURCE_BASE "/", paths);
  g_assert_cmpuint (paths->len, >, 0);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *test_path = g_strconcat ("/ui-files", path + strlen (RESOURCE_BASE), NULL);

      g_test_add_data_func (test_path, path, test_ui_file);
    }

  return g_test_run ();
}
