/* pln-english.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-english"

#include "config.h"

#include <string.h>

#include "pln-meeting.h"
#include "pln-english.h"

/* The helpers below are English on purpose: the non-paper and the agenda
 * documents are English whatever the interface language, so they never
 * go through gettext or the locale's date formatting. */

static const char * const ones_en[] = {
  "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
  "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
  "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
};

static const char * const tens_en[] = {
  "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};

static const char * const tens_ordinal_en[] = {
  "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
  "seventieth", "eightieth", "ninetieth",
};

/**
 * pln_ordinal_word_en:
 * @n: a number from 1 to 99
 *
 * Returns: (transfer full): the English ordinal word, "ninth" for 9,
 *   "twenty-first" for 21; larger numbers as "100th"
 */
char *
pln_ordinal_word_en (guint n)
{
  if (n < 20)
    return g_strdup (ones_en[n]);
  if (n < 100 && n % 10 == 0)
    return g_strdup (tens_ordinal_en[n / 10]);
  if (n < 100)
    return g_strdup_printf ("%s-%s", tens_en[n / 10], ones_en[n % 10]);

  return pln_ordinal_number_en (n);
}

/**
 * pln_ordinal_number_en:
 *
 * Returns: (transfer full): "1st", "2nd", "3rd", "11th", "22nd" …
 */
char *
pln_ordinal_number_en (guint n)
{
  const char *suffix = "th";

  if (n % 100 < 11 || n % 100 > 13)
    {
      switch (n % 10)
        {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
        }
    }

  return g_strdup_printf ("%u%s", n, suffix);
}

const char *
pln_month_name_en (GDateMonth month)
{
  static const char * const names[] = {
    "", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
  };

  g_return_val_if_fail (month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER, "");

  return names[month];
}

const char *
pln_weekday_name_en (GDateWeekday weekday)
{
  static const char * const names[] = {
    "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };

  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, "");

  return names[weekday];
}

/**
 * pln_date_format_en:
 *
 * Returns: (transfer full): "5 October 2023", or with @with_weekday
 *   "Thursday, 5 October 2023"
 */
char *
pln_date_format_en (const GDate *date,
                    gboolean     with_weekday)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  if (with_weekday)
    return g_strdup_printf ("%s, %u %s %u",
                            pln_weekday_name_en (g_date_get_weekday (date)),
                            g_date_get_day (date),
                            pln_month_name_en (g_date_get_month (date)),
                            g_date_get_year (date));

  return g_strdup_printf ("%u %s %u",
                          g_date_get_day (date),
                          pln_month_name_en (g_date_get_month (date)),
                          g_date_get_year (date));
}

/**
 * pln_date_range_format_en:
 *
 * Returns: (transfer full): the dates of a meeting as the documents write
 *   them: "5 and 6 October 2023", "11–13 November 2013",
 *   "30 May–2 June 2023", "30 December 2023–2 January 2024"
 */
char *
pln_date_range_format_en (const GDate *first,
                          const GDate *last)
{
  guint days;

  g_return_val_if_fail (first != NULL && g_date_valid (first), g_strdup (""));

  if (last == NULL || !g_date_valid (last) || g_date_compare (first, last) >= 0)
    return pln_date_format_en (first, FALSE);

  days = g_date_days_between (first, last);

  if (g_date_get_year (first) != g_date_get_year (last))
    {
      g_autofree char *a = pln_date_format_en (first, FALSE);
      g_autofree char *b = pln_date_format_en (last, FALSE);

      return g_strdup_printf ("%s–%s", a, b);
    }

  if (g_date_get_month (first) != g_date_get_month (last))
    return g_strdup_printf ("%u %s–%u %s %u",
                            g_date_get_day (first), pln_month_name_en (g_date_get_month (first)),
                            g_date_get_day (last), pln_month_name_en (g_date_get_month (last)),
                            g_date_get_year (last));

  return g_strdup_printf (days == 1 ? "%u and %u %s %u" : "%u–%u %s %u",
                          g_date_get_day (first), g_date_get_day (last),
                          pln_month_name_en (g_date_get_month (last)),
                          g_date_get_year (last));
}

/**
 * pln_meeting_dup_title_en:
 *
 * Returns: (transfer full): "Tenth meeting", in English whatever the
 *   interface language, for documents that are English
 */
char *
pln_meeting_dup_title_en (PlnMeeting *self)
{
  g_autofree char *ordinal = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  if (pln_meeting_get_ordinal (self) == 0)
    return g_strdup (pln_meeting_get_title (self) ? pln_meeting_get_title (self) : "Meeting");

  ordinal = pln_ordinal_word_en (pln_meeting_get_ordinal (self));
  ordinal[0] = g_ascii_toupper (ordinal[0]);
  return g_strdup_printf ("%s meeting", ordinal);
}

/**
 * pln_cardinal_word_en:
 *
 * Returns: (transfer full): "four" for 4, "twenty-one" for 21, as the
 *   documents write a count; 100 and more in figures
 */
char *
pln_cardinal_word_en (guint n)
{
  static const char * const ones[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
  };

  if (n < 20)
    return g_strdup (ones[n]);
  if (n < 100 && n % 10 == 0)
    return g_strdup (tens_en[n / 10]);
  if (n < 100)
    return g_strdup_printf ("%s-%s", tens_en[n / 10], ones[n % 10]);

  return g_strdup_printf ("%u", n);
}

/**
 * pln_list_format_en:
 * @words: the names, in their order
 * @n_words: how many
 *
 * Returns: (transfer full): "Austria", "Austria and Egypt",
 *   "Austria, Egypt and France", as the reports list States
 */
char *
pln_list_format_en (const char * const *words,
                    guint               n_words)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append (list, i + 1 == n_words ? " and " : ", ");
      g_string_append (list, words[i]);
    }

  return g_string_free (list, FALSE);
}

/**
 * pln_english_compare:
 *
 * Orders names alphabetically as an English document does, whatever the
 * locale: case and accents are ignored first ("Côte d’Ivoire" before
 * "Cuba"), then the bytes decide, so that the order is the same in
 * every interface language.
 *
 * Returns: less than, equal to or greater than zero
 */
int
pln_english_compare (const char *a,
                     const char *b)
{
  g_autofree char *fa = pln_search_fold (a ? a : "");
  g_autofree char *fb = pln_search_fold (b ? b : "");
  int order = strcmp (fa, fb);

  return order != 0 ? order : g_strcmp0 (a, b);
}
