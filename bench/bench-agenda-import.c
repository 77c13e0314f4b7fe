/* bench-agenda-import.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plenary-core.h"

/* The import of an annotated provisional agenda of 10 and of 50 MB (the
 * 2022 agenda of the Working Group on the Smuggling of Migrants, its
 * annotations repeated as one long item), against the bare split of the
 * same text into lines with g_strsplit() in the same run: the ratio says
 * what the import costs over reading the lines at all, whatever the
 * machine. Each round times every operation once and the best of the
 * rounds is kept, so a burst of other work weighs on all alike. */

#define RUNS 3

static const gsize sizes_mb[] = { 10, 50 };

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static char *
read_seed (void)
{
  const char *dir = g_getenv ("PLN_SEEDS_DIR");
  g_autofree char *path = NULL;
  char *text = NULL;

  if (dir == NULL)
    return NULL;

  path = g_build_filename (dir, "wg7-2022-annotated-agenda.txt", NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

static double
time_split (const GString *text)
{
  double start = now ();
  char **lines = g_strsplit (text->str, "\n", -1);
  double elapsed = now () - start;

  /* Freeing is not part of reading. */
  g_strfreev (lines);
  return elapsed;
}

static double
time_import (const GString *text)
{
  g_autoptr(GError) error = NULL;
  PlnAgendaImport *import;
  double start = now ();
  double elapsed;

  import = pln_agenda_import_new (text->str, text->len, &error);
  elapsed = now () - start;
  if (import == NULL)
    g_error ("The benchmark's own agenda is not read: %s", error->message);

  pln_agenda_import_free (import);
  return elapsed;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *seed = read_seed ();
  GString *texts[G_N_ELEMENTS (sizes_mb)];
  double split[G_N_ELEMENTS (sizes_mb)];
  double import[G_N_ELEMENTS (sizes_mb)];

  if (seed == NULL)
    {
      printf ("The seed documents are not in PLN_SEEDS_DIR: nothing to measure\n");
      return 77;
    }

  for (guint s = 0; s < G_N_ELEMENTS (sizes_mb); s++)
    {
      texts[s] = pln_synth_agenda_text (seed, sizes_mb[s] * 1000 * 1000);
      split[s] = import[s] = G_MAXDOUBLE;
    }

  for (guint run = 0; run < RUNS; run++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes_mb); s++)
      {
        split[s] = MIN (split[s], time_split (texts[s]));
        import[s] = MIN (import[s], time_import (texts[s]));
      }

  /* printf, not g_print: the table is UTF-8 Markdown for the README. */
  printf ("Agenda import (best of %d), against splitting the same text into lines\n\n", RUNS);
  printf ("| MB | lines | g_strsplit | import | ratio |\n|---|---|---|---|---|\n");
  for (guint s = 0; s < G_N_ELEMENTS (sizes_mb); s++)
    {
      guint lines = 0;

      for (const char *p = texts[s]->str; (p = strchr (p, '\n')) != NULL; p++)
        lines++;
      printf ("| %.0f | %u | %.0f ms | %.0f ms | %.0f× |\n", texts[s]->len / 1e6, lines,
              split[s] * 1e3, import[s] * 1e3, import[s] / split[s]);
    }

  /* Linear: five times the text, five times the time. */
  printf ("\n%zu MB take %.1f times as long as %zu MB (linear: %.0f)\n", sizes_mb[1], import[1] / import[0],
          sizes_mb[0], (double) texts[1]->len / texts[0]->len);

  for (guint s = 0; s < G_N_ELEMENTS (sizes_mb); s++)
    g_string_free (texts[s], TRUE);
  return 0;
}
