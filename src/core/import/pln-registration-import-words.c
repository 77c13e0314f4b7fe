/* pln-registration-import-words.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registration-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-registration-import-private.h"

/* The words of registration systems' exports: the headers of their
 * columns and the values of the fields with a fixed set of choices, in
 * the six languages and the variants such systems write. */

/* The headers registration systems write, in the languages of their
 * exports, compared after casefolding and with punctuation as spaces:
 * "E-mail", "e_mail" and "EMAIL" are one header. */
static const struct
{
  PlnImportField  field;
  const char     *header;
} header_words[] = {
  { PLN_IMPORT_FIELD_HONORIFIC, "title" },
  { PLN_IMPORT_FIELD_HONORIFIC, "salutation" },
  { PLN_IMPORT_FIELD_HONORIFIC, "honorific" },
  { PLN_IMPORT_FIELD_HONORIFIC, "courtesy title" },
  { PLN_IMPORT_FIELD_HONORIFIC, "prefix" },
  { PLN_IMPORT_FIELD_HONORIFIC, "civilité" },
  { PLN_IMPORT_FIELD_HONORIFIC, "titre" },
  { PLN_IMPORT_FIELD_HONORIFIC, "tratamiento" },
  { PLN_IMPORT_FIELD_HONORIFIC, "título" },
  { PLN_IMPORT_FIELD_HONORIFIC, "titulo" },
  { PLN_IMPORT_FIELD_HONORIFIC, "обращение" },
  { PLN_IMPORT_FIELD_HONORIFIC, "اللقب" },
  { PLN_IMPORT_FIELD_HONORIFIC, "称谓" },
  { PLN_IMPORT_FIELD_HONORIFIC, "称呼" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "first name" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "firstname" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "given name" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "forename" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "prénom" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "prenom" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "nombre de pila" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "nombre" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "имя" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "الاسم الأول" },
  { PLN_IMPORT_FIELD_FIRST_NAME, "名" },
  { PLN_IMPORT_FIELD_LAST_NAME, "last name" },
  { PLN_IMPORT_FIELD_LAST_NAME, "lastname" },
  { PLN_IMPORT_FIELD_LAST_NAME, "surname" },
  { PLN_IMPORT_FIELD_LAST_NAME, "family name" },
  { PLN_IMPORT_FIELD_LAST_NAME, "nom de famille" },
  { PLN_IMPORT_FIELD_LAST_NAME, "nom" },
  { PLN_IMPORT_FIELD_LAST_NAME, "apellido" },
  { PLN_IMPORT_FIELD_LAST_NAME, "apellidos" },
  { PLN_IMPORT_FIELD_LAST_NAME, "фамилия" },
  { PLN_IMPORT_FIELD_LAST_NAME, "اسم العائلة" },
  { PLN_IMPORT_FIELD_LAST_NAME, "姓" },
  { PLN_IMPORT_FIELD_NAME, "full name" },
  { PLN_IMPORT_FIELD_NAME, "name" },
  { PLN_IMPORT_FIELD_NAME, "participant" },
  { PLN_IMPORT_FIELD_NAME, "participant name" },
  { PLN_IMPORT_FIELD_NAME, "nom complet" },
  { PLN_IMPORT_FIELD_NAME, "nombre completo" },
  { PLN_IMPORT_FIELD_NAME, "фио" },
  { PLN_IMPORT_FIELD_NAME, "полное имя" },
  { PLN_IMPORT_FIELD_NAME, "الاسم" },
  { PLN_IMPORT_FIELD_NAME, "الاسم الكامل" },
  { PLN_IMPORT_FIELD_NAME, "姓名" },
  { PLN_IMPORT_FIELD_DELEGATION, "delegation" },
  { PLN_IMPORT_FIELD_DELEGATION, "country" },
  { PLN_IMPORT_FIELD_DELEGATION, "country organization" },
  { PLN_IMPORT_FIELD_DELEGATION, "member state" },
  { PLN_IMPORT_FIELD_DELEGATION, "state" },
  { PLN_IMPORT_FIELD_DELEGATION, "affiliation" },
  { PLN_IMPORT_FIELD_DELEGATION, "organization" },
  { PLN_IMPORT_FIELD_DELEGATION, "organisation" },
  { PLN_IMPORT_FIELD_DELEGATION, "institution" },
  { PLN_IMPORT_FIELD_DELEGATION, "entity" },
  { PLN_IMPORT_FIELD_DELEGATION, "délégation" },
  { PLN_IMPORT_FIELD_DELEGATION, "pays" },
  { PLN_IMPORT_FIELD_DELEGATION, "état membre" },
  { PLN_IMPORT_FIELD_DELEGATION, "organisme" },
  { PLN_IMPORT_FIELD_DELEGATION, "delegación" },
  { PLN_IMPORT_FIELD_DELEGATION, "país" },
  { PLN_IMPORT_FIELD_DELEGATION, "estado miembro" },
  { PLN_IMPORT_FIELD_DELEGATION, "organización" },
  { PLN_IMPORT_FIELD_DELEGATION, "делегация" },
  { PLN_IMPORT_FIELD_DELEGATION, "страна" },
  { PLN_IMPORT_FIELD_DELEGATION, "государство член" },
  { PLN_IMPORT_FIELD_DELEGATION, "организация" },
  { PLN_IMPORT_FIELD_DELEGATION, "الوفد" },
  { PLN_IMPORT_FIELD_DELEGATION, "البلد" },
  { PLN_IMPORT_FIELD_DELEGATION, "الدولة العضو" },
  { PLN_IMPORT_FIELD_DELEGATION, "المنظمة" },
  { PLN_IMPORT_FIELD_DELEGATION, "代表团" },
  { PLN_IMPORT_FIELD_DELEGATION, "国家" },
  { PLN_IMPORT_FIELD_DELEGATION, "会员国" },
  { PLN_IMPORT_FIELD_DELEGATION, "组织" },
  { PLN_IMPORT_FIELD_CATEGORY, "category" },
  { PLN_IMPORT_FIELD_CATEGORY, "participant type" },
  { PLN_IMPORT_FIELD_CATEGORY, "participant category" },
  { PLN_IMPORT_FIELD_CATEGORY, "type" },
  { PLN_IMPORT_FIELD_CATEGORY, "catégorie" },
  { PLN_IMPORT_FIELD_CATEGORY, "categoría" },
  { PLN_IMPORT_FIELD_CATEGORY, "категория" },
  { PLN_IMPORT_FIELD_CATEGORY, "الفئة" },
  { PLN_IMPORT_FIELD_CATEGORY, "类别" },
  { PLN_IMPORT_FIELD_ROLE, "role" },
  { PLN_IMPORT_FIELD_ROLE, "function" },
  { PLN_IMPORT_FIELD_ROLE, "position" },
  { PLN_IMPORT_FIELD_ROLE, "role in delegation" },
  { PLN_IMPORT_FIELD_ROLE, "rôle" },
  { PLN_IMPORT_FIELD_ROLE, "fonction" },
  { PLN_IMPORT_FIELD_ROLE, "función" },
  { PLN_IMPORT_FIELD_ROLE, "cargo" },
  { PLN_IMPORT_FIELD_ROLE, "роль" },
  { PLN_IMPORT_FIELD_ROLE, "функция" },
  { PLN_IMPORT_FIELD_ROLE, "должность" },
  { PLN_IMPORT_FIELD_ROLE, "الدور" },
  { PLN_IMPORT_FIELD_ROLE, "الصفة" },
  { PLN_IMPORT_FIELD_ROLE, "角色" },
  { PLN_IMPORT_FIELD_ROLE, "职务" },
  { PLN_IMPORT_FIELD_MODE, "participation" },
  { PLN_IMPORT_FIELD_MODE, "mode" },
  { PLN_IMPORT_FIELD_MODE, "mode of participation" },
  { PLN_IMPORT_FIELD_MODE, "attendance" },
  { PLN_IMPORT_FIELD_MODE, "modalité" },
  { PLN_IMPORT_FIELD_MODE, "modalité de participation" },
  { PLN_IMPORT_FIELD_MODE, "modalidad" },
  { PLN_IMPORT_FIELD_MODE, "modalidad de participación" },
  { PLN_IMPORT_FIELD_MODE, "участие" },
  { PLN_IMPORT_FIELD_MODE, "формат участия" },
  { PLN_IMPORT_FIELD_MODE, "المشاركة" },
  { PLN_IMPORT_FIELD_MODE, "طريقة المشاركة" },
  { PLN_IMPORT_FIELD_MODE, "参会方式" },
  { PLN_IMPORT_FIELD_EMAIL, "email" },
  { PLN_IMPORT_FIELD_EMAIL, "e mail" },
  { PLN_IMPORT_FIELD_EMAIL, "email address" },
  { PLN_IMPORT_FIELD_EMAIL, "e mail address" },
  { PLN_IMPORT_FIELD_EMAIL, "mail" },
  { PLN_IMPORT_FIELD_EMAIL, "courriel" },
  { PLN_IMPORT_FIELD_EMAIL, "adresse électronique" },
  { PLN_IMPORT_FIELD_EMAIL, "correo" },
  { PLN_IMPORT_FIELD_EMAIL, "correo electrónico" },
  { PLN_IMPORT_FIELD_EMAIL, "электронная почта" },
  { PLN_IMPORT_FIELD_EMAIL, "البريد الإلكتروني" },
  { PLN_IMPORT_FIELD_EMAIL, "电子邮件" },
  { PLN_IMPORT_FIELD_EMAIL, "邮箱" },
  { PLN_IMPORT_FIELD_STATUS, "status" },
  { PLN_IMPORT_FIELD_STATUS, "registration status" },
  { PLN_IMPORT_FIELD_STATUS, "registration state" },
  { PLN_IMPORT_FIELD_STATUS, "statut" },
  { PLN_IMPORT_FIELD_STATUS, "estado" },
  { PLN_IMPORT_FIELD_STATUS, "статус" },
  { PLN_IMPORT_FIELD_STATUS, "الحالة" },
  { PLN_IMPORT_FIELD_STATUS, "状态" },
};

const char *
pln_import_field_to_label (PlnImportField field)
{
  switch (field)
    {
    case PLN_IMPORT_FIELD_NONE: return C_("import column", "Not imported");
    case PLN_IMPORT_FIELD_HONORIFIC: return C_("import column", "Title");
    case PLN_IMPORT_FIELD_NAME: return C_("import column", "Name");
    case PLN_IMPORT_FIELD_FIRST_NAME: return C_("import column", "First name");
    case PLN_IMPORT_FIELD_LAST_NAME: return C_("import column", "Last name");
    case PLN_IMPORT_FIELD_DELEGATION: return C_("import column", "Delegation");
    case PLN_IMPORT_FIELD_CATEGORY: return C_("import column", "Category");
    case PLN_IMPORT_FIELD_ROLE: return C_("import column", "Role");
    case PLN_IMPORT_FIELD_MODE: return C_("import column", "Participation");
    case PLN_IMPORT_FIELD_EMAIL: return C_("import column", "E-mail");
    case PLN_IMPORT_FIELD_STATUS: return C_("import column", "Status");
    case PLN_IMPORT_N_FIELDS:
    default: return "";
    }
}

/* Casefolded, each run of punctuation and spaces one space, stripped. */
static char *
normalize_header (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (out, FALSE);
}

static PlnImportField
lookup_header (const char *header)
{
  g_autofree char *normal = normalize_header (header);

  for (guint i = 0; i < G_N_ELEMENTS (header_words); i++)
    if (g_str_equal (normal, header_words[i].header))
      return header_words[i].field;

  return PLN_IMPORT_FIELD_NONE;
}

/* "Country/Organization" or "Role / Function" is known by its first part
 * when the whole is not. */
PlnImportField
_pln_registration_import_guess_field (const char *header)
{
  PlnImportField field = lookup_header (header);
  g_auto(GStrv) parts = NULL;

  if (field != PLN_IMPORT_FIELD_NONE)
    return field;

  parts = g_strsplit_set (header, "/|;", -1);
  if (g_strv_length (parts) > 1)
    for (guint i = 0; parts[i] != NULL && field == PLN_IMPORT_FIELD_NONE; i++)
      field = lookup_header (parts[i]);

  return field;
}

static gboolean
contains_any (const char         *folded,
              const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* The values of a field with a fixed set of choices: each choice with the
 * words (casefolded parts) that name it in registration systems' exports,
 * tried in this order. A value naming none of them is not guessed. */
typedef struct
{
  int                 choice;
  const char * const *words;
} PlnChoiceWords;

#define WORDS(...) ((const char * const[]) { __VA_ARGS__, NULL })

/* A first entry of -1 lists the qualified values that only look like a
 * choice ("Non-signatory State", "Deputy Head of Delegation"): they are
 * not guessed but left to the user. */
static const PlnChoiceWords category_words[] = {
  { -1, WORDS ("non-signator", "non signator", "nonsignator", "no signatario", "non signataire", "non-signataire",
               "не подписавш", "غير الموقعة", "非签署", "未签署") },
  { PLN_REGISTRATION_CATEGORY_SIGNATORY_STATE, WORDS ("signator", "signataire", "signatario", "подписавш", "الموقعة", "签署") },
  { PLN_REGISTRATION_CATEGORY_OBSERVER_STATE, WORDS ("observer", "observateur", "observador", "наблюдател", "مراقب", "观察员") },
  { PLN_REGISTRATION_CATEGORY_NGO, WORDS ("non-gov", "nongov", "non gov", "ngo", "ong", "неправительств", "غير الحكومية", "非政府") },
  { PLN_REGISTRATION_CATEGORY_IGO, WORDS ("intergov", "igo", "intergub", "межправительств", "الحكومية الدولية", "政府间") },
  { PLN_REGISTRATION_CATEGORY_PANELLIST, WORDS ("panel", "speaker", "expert", "ponente", "intervenant", "эксперт", "докладчик", "خبير", "专家") },
  { PLN_REGISTRATION_CATEGORY_SECRETARIAT, WORDS ("secretariat", "secrétariat", "secretaría", "unodc", "секретариат", "الأمانة", "秘书处") },
  { PLN_REGISTRATION_CATEGORY_STATE_PARTY, WORDS ("state", "party", "member", "état", "estado", "government", "государств", "دولة", "缔约国", "国家") },
};

static const PlnChoiceWords role_words[] = {
  { -1, WORDS ("deputy", "alternate head", "adjoint", "suppléant du chef", "suplente del jefe", "jefe adjunto",
               "заместитель главы", "نائب رئيس الوفد", "副团长") },
  { PLN_REGISTRATION_ROLE_HEAD_OF_DELEGATION, WORDS ("head", "chef", "jefe", "глава", "رئيس الوفد", "团长") },
  { PLN_REGISTRATION_ROLE_VICE_CHAIR, WORDS ("vice", "заместитель председателя", "نائب الرئيس", "副主席") },
  { PLN_REGISTRATION_ROLE_CHAIR, WORDS ("chair", "présid", "presid", "председател", "رئيس", "主席") },
  { PLN_REGISTRATION_ROLE_RAPPORTEUR, WORDS ("rapporteur", "relator", "докладчик", "مقرر", "报告员") },
  { PLN_REGISTRATION_ROLE_PANELLIST, WORDS ("panel", "ponente", "intervenant", "эксперт", "خبير", "专家") },
  { PLN_REGISTRATION_ROLE_DELEGATE, WORDS ("delegate", "délégué", "delegue", "delegado", "member", "membre", "miembro",
                                           "adviser", "advisor", "conseill", "asesor", "alternate", "suppléant", "suplente",
                                           "representative", "représentant", "representante", "participant",
                                           "делегат", "член", "советник", "представител", "مندوب", "عضو", "مستشار",
                                           "代表", "成员", "顾问") },
};

static const PlnChoiceWords mode_words[] = {
  { PLN_PARTICIPATION_MODE_ONLINE, WORDS ("online", "on-line", "virtual", "remote", "en ligne", "distance", "línea", "linea",
                                          "онлайн", "дистанц", "عن بعد", "افتراضي", "线上", "在线", "远程") },
  { PLN_PARTICIPATION_MODE_IN_PERSON, WORDS ("person", "onsite", "on-site", "on site", "physical", "présentiel", "presentiel",
                                             "personne", "sur place", "presencial", "очно", "лично", "حضوري", "شخصي",
                                             "现场", "线下") },
};

static const PlnChoiceWords status_words[] = {
  { PLN_REGISTRATION_STATUS_CANCELLED, WORDS ("cancel", "reject", "withdr", "annul", "refus", "rechaz", "отмен", "отклон",
                                              "ملغ", "مرفوض", "取消", "拒绝") },
  /* Not yet confirmed, though the word is there. */
  { PLN_REGISTRATION_STATUS_REQUESTED, WORDS ("unconfirm", "not confirm", "pending", "await", "incomplete", "unpaid",
                                              "non confirm", "no confirm", "en attente", "pendiente", "не подтвержд", "ожида",
                                              "غير مؤكد", "قيد", "待", "未") },
  { PLN_REGISTRATION_STATUS_CONFIRMED, WORDS ("confirm", "approved", "accept", "valid", "complete", "подтвержд", "مؤكد",
                                              "已确认", "确认") },
  { PLN_REGISTRATION_STATUS_REQUESTED, WORDS ("request", "pending", "unpaid", "submitted", "new", "attente", "demand",
                                              "pendiente", "solicit", "запрос", "ожида", "قيد", "مطلوب", "待", "申请") },
};

#undef WORDS

static const struct
{
  const PlnChoiceWords *words;
  guint                 n_words;
  GType               (*enum_type) (void);
} field_choices[PLN_IMPORT_N_FIELDS] = {
  [PLN_IMPORT_FIELD_CATEGORY] = { category_words, G_N_ELEMENTS (category_words), pln_registration_category_get_type },
  [PLN_IMPORT_FIELD_ROLE] = { role_words, G_N_ELEMENTS (role_words), pln_registration_role_get_type },
  [PLN_IMPORT_FIELD_MODE] = { mode_words, G_N_ELEMENTS (mode_words), pln_participation_mode_get_type },
  [PLN_IMPORT_FIELD_STATUS] = { status_words, G_N_ELEMENTS (status_words), pln_registration_status_get_type },
};

/**
 * pln_import_field_get_choices_type:
 * @field: a field with choices (pln_import_field_has_choices())
 *
 * Returns: the enum type of the field's choices (#PlnRegistrationCategory,
 *   #PlnRegistrationRole, #PlnParticipationMode, #PlnRegistrationStatus)
 */
GType
pln_import_field_get_choices_type (PlnImportField field)
{
  g_return_val_if_fail (pln_import_field_has_choices (field), G_TYPE_INVALID);

  return field_choices[field].enum_type ();
}

/**
 * pln_import_field_has_choices:
 *
 * Returns: whether @field takes one of a fixed set of values (category,
 *   role, participation, status), which a file's value must name
 */
gboolean
pln_import_field_has_choices (PlnImportField field)
{
  return field < PLN_IMPORT_N_FIELDS && field_choices[field].words != NULL;
}

/* The choice of @field whose words the casefolded value @folded has, or
 * -1 when it names none (or is one of the qualified values left to the
 * user). */
int
_pln_registration_import_match_choice (PlnImportField  field,
                                       const char     *folded)
{
  for (guint i = 0; i < field_choices[field].n_words; i++)
    if (contains_any (folded, field_choices[field].words[i].words))
      return field_choices[field].words[i].choice;

  return -1;
}
