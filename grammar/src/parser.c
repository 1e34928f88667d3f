#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 359
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 149
#define ALIAS_COUNT 0
#define TOKEN_COUNT 73
#define EXTERNAL_TOKEN_COUNT 8
#define FIELD_COUNT 16
#define MAX_ALIAS_SEQUENCE_LENGTH 5
#define PRODUCTION_ID_COUNT 22

enum {
  anon_sym_control = 1,
  anon_sym_COLON = 2,
  anon_sym_groups = 3,
  anon_sym_classes = 4,
  anon_sym_files = 5,
  anon_sym_tidy = 6,
  anon_sym_copy = 7,
  anon_sym_disable = 8,
  anon_sym_directories = 9,
  anon_sym_required = 10,
  anon_sym_disks = 11,
  anon_sym_import = 12,
  anon_sym_ignore = 13,
  anon_sym_homeservers = 14,
  anon_sym_binservers = 15,
  anon_sym_mailserver = 16,
  anon_sym_mountables = 17,
  anon_sym_broadcast = 18,
  anon_sym_resolve = 19,
  anon_sym_defaultroute = 20,
  anon_sym_unmount = 21,
  anon_sym_editfiles = 22,
  anon_sym_acl = 23,
  anon_sym_links = 24,
  anon_sym_processes = 25,
  anon_sym_shellcommands = 26,
  anon_sym_miscmounts = 27,
  aux_sym_unknown_section_token1 = 28,
  anon_sym_COLON_COLON = 29,
  anon_sym_BANG = 30,
  anon_sym_LPAREN = 31,
  anon_sym_RPAREN = 32,
  sym_class_name = 33,
  sym_operator = 34,
  anon_sym_EQ = 35,
  anon_sym_LPAREN2 = 36,
  anon_sym_RPAREN2 = 37,
  aux_sym__list_punctuation_token1 = 38,
  aux_sym__list_punctuation_token2 = 39,
  aux_sym__list_punctuation_token3 = 40,
  sym_home = 41,
  aux_sym_flag_token1 = 42,
  aux_sym_flag_token2 = 43,
  aux_sym_flag_token3 = 44,
  anon_sym_EQ2 = 45,
  anon_sym_DASH_GT = 46,
  anon_sym_PLUS_GT = 47,
  anon_sym_DASH_GT_BANG = 48,
  anon_sym_PLUS_GT_BANG = 49,
  anon_sym_restart = 50,
  anon_sym_SetOptionString = 51,
  anon_sym_LBRACE = 52,
  anon_sym_RBRACE = 53,
  sym_command_name = 54,
  anon_sym_ReplaceAll = 55,
  anon_sym_With = 56,
  aux_sym_word_token1 = 57,
  sym_variable = 58,
  anon_sym_DQUOTE = 59,
  anon_sym_DQUOTE2 = 60,
  anon_sym_SQUOTE = 61,
  anon_sym_SQUOTE2 = 62,
  anon_sym_BQUOTE = 63,
  anon_sym_BQUOTE2 = 64,
  sym_comment = 65,
  sym__section_start = 66,
  sym__selector_start = 67,
  sym_option_name = 68,
  sym__dq_text = 69,
  sym__sq_text = 70,
  sym__bq_text = 71,
  sym__error_sentinel = 72,
  sym_policy = 73,
  sym__section = 74,
  sym_control_section = 75,
  sym_groups_section = 76,
  sym_classes_section = 77,
  sym_files_section = 78,
  sym_tidy_section = 79,
  sym_copy_section = 80,
  sym_disable_section = 81,
  sym_directories_section = 82,
  sym_required_section = 83,
  sym_disks_section = 84,
  sym_import_section = 85,
  sym_ignore_section = 86,
  sym_homeservers_section = 87,
  sym_binservers_section = 88,
  sym_mailserver_section = 89,
  sym_mountables_section = 90,
  sym_broadcast_section = 91,
  sym_resolve_section = 92,
  sym_defaultroute_section = 93,
  sym_unmount_section = 94,
  sym_editfiles_section = 95,
  sym_acl_section = 96,
  sym_links_section = 97,
  sym_processes_section = 98,
  sym_shellcommands_section = 99,
  sym_miscmounts_section = 100,
  sym_unknown_section = 101,
  sym_class_selector = 102,
  sym_class_expression = 103,
  sym_assignment = 104,
  sym_identifier = 105,
  sym_list = 106,
  sym__list_punctuation = 107,
  sym_statement = 108,
  sym_flag = 109,
  sym_list_item = 110,
  sym_mount = 111,
  sym_option = 112,
  sym_link = 113,
  sym_arrow = 114,
  sym_process = 115,
  sym_process_options = 116,
  sym_shell_command = 117,
  sym_edit_block = 118,
  sym_edit_command = 119,
  sym_replace_all = 120,
  sym_acl_block = 121,
  sym__value = 122,
  sym__immediate_value = 123,
  sym_word = 124,
  sym__immediate_word = 125,
  sym_string = 126,
  sym__immediate_string = 127,
  aux_sym_policy_repeat1 = 128,
  aux_sym_control_section_repeat1 = 129,
  aux_sym_files_section_repeat1 = 130,
  aux_sym_import_section_repeat1 = 131,
  aux_sym_editfiles_section_repeat1 = 132,
  aux_sym_acl_section_repeat1 = 133,
  aux_sym_links_section_repeat1 = 134,
  aux_sym_processes_section_repeat1 = 135,
  aux_sym_shellcommands_section_repeat1 = 136,
  aux_sym_miscmounts_section_repeat1 = 137,
  aux_sym_class_expression_repeat1 = 138,
  aux_sym_list_repeat1 = 139,
  aux_sym__list_punctuation_repeat1 = 140,
  aux_sym_statement_repeat1 = 141,
  aux_sym_link_repeat1 = 142,
  aux_sym_edit_block_repeat1 = 143,
  aux_sym_edit_command_repeat1 = 144,
  aux_sym_acl_block_repeat1 = 145,
  aux_sym_string_repeat1 = 146,
  aux_sym_string_repeat2 = 147,
  aux_sym_string_repeat3 = 148,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_control] = "section_name",
  [anon_sym_COLON] = ":",
  [anon_sym_groups] = "section_name",
  [anon_sym_classes] = "section_name",
  [anon_sym_files] = "section_name",
  [anon_sym_tidy] = "section_name",
  [anon_sym_copy] = "section_name",
  [anon_sym_disable] = "section_name",
  [anon_sym_directories] = "section_name",
  [anon_sym_required] = "section_name",
  [anon_sym_disks] = "section_name",
  [anon_sym_import] = "section_name",
  [anon_sym_ignore] = "section_name",
  [anon_sym_homeservers] = "section_name",
  [anon_sym_binservers] = "section_name",
  [anon_sym_mailserver] = "section_name",
  [anon_sym_mountables] = "section_name",
  [anon_sym_broadcast] = "section_name",
  [anon_sym_resolve] = "section_name",
  [anon_sym_defaultroute] = "section_name",
  [anon_sym_unmount] = "section_name",
  [anon_sym_editfiles] = "section_name",
  [anon_sym_acl] = "section_name",
  [anon_sym_links] = "section_name",
  [anon_sym_processes] = "section_name",
  [anon_sym_shellcommands] = "section_name",
  [anon_sym_miscmounts] = "section_name",
  [aux_sym_unknown_section_token1] = "unknown_section_token1",
  [anon_sym_COLON_COLON] = "::",
  [anon_sym_BANG] = "!",
  [anon_sym_LPAREN] = "(",
  [anon_sym_RPAREN] = ")",
  [sym_class_name] = "class_name",
  [sym_operator] = "operator",
  [anon_sym_EQ] = "=",
  [anon_sym_LPAREN2] = "(",
  [anon_sym_RPAREN2] = ")",
  [aux_sym__list_punctuation_token1] = "text",
  [aux_sym__list_punctuation_token2] = "text",
  [aux_sym__list_punctuation_token3] = "variable",
  [sym_home] = "home",
  [aux_sym_flag_token1] = "flag_token1",
  [aux_sym_flag_token2] = "flag_token2",
  [aux_sym_flag_token3] = "flag_token3",
  [anon_sym_EQ2] = "=",
  [anon_sym_DASH_GT] = "->",
  [anon_sym_PLUS_GT] = "+>",
  [anon_sym_DASH_GT_BANG] = "->!",
  [anon_sym_PLUS_GT_BANG] = "+>!",
  [anon_sym_restart] = "restart",
  [anon_sym_SetOptionString] = "SetOptionString",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [sym_command_name] = "command_name",
  [anon_sym_ReplaceAll] = "command_name",
  [anon_sym_With] = "With",
  [aux_sym_word_token1] = "text",
  [sym_variable] = "variable",
  [anon_sym_DQUOTE] = "\"",
  [anon_sym_DQUOTE2] = "\"",
  [anon_sym_SQUOTE] = "'",
  [anon_sym_SQUOTE2] = "'",
  [anon_sym_BQUOTE] = "`",
  [anon_sym_BQUOTE2] = "`",
  [sym_comment] = "comment",
  [sym__section_start] = "_section_start",
  [sym__selector_start] = "_selector_start",
  [sym_option_name] = "option_name",
  [sym__dq_text] = "text",
  [sym__sq_text] = "text",
  [sym__bq_text] = "text",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_policy] = "policy",
  [sym__section] = "_section",
  [sym_control_section] = "section",
  [sym_groups_section] = "section",
  [sym_classes_section] = "section",
  [sym_files_section] = "section",
  [sym_tidy_section] = "section",
  [sym_copy_section] = "section",
  [sym_disable_section] = "section",
  [sym_directories_section] = "section",
  [sym_required_section] = "section",
  [sym_disks_section] = "section",
  [sym_import_section] = "section",
  [sym_ignore_section] = "section",
  [sym_homeservers_section] = "section",
  [sym_binservers_section] = "section",
  [sym_mailserver_section] = "section",
  [sym_mountables_section] = "section",
  [sym_broadcast_section] = "section",
  [sym_resolve_section] = "section",
  [sym_defaultroute_section] = "section",
  [sym_unmount_section] = "section",
  [sym_editfiles_section] = "section",
  [sym_acl_section] = "section",
  [sym_links_section] = "section",
  [sym_processes_section] = "section",
  [sym_shellcommands_section] = "section",
  [sym_miscmounts_section] = "section",
  [sym_unknown_section] = "section",
  [sym_class_selector] = "class_selector",
  [sym_class_expression] = "class_expression",
  [sym_assignment] = "assignment",
  [sym_identifier] = "identifier",
  [sym_list] = "list",
  [sym__list_punctuation] = "word",
  [sym_statement] = "statement",
  [sym_flag] = "flag",
  [sym_list_item] = "list_item",
  [sym_mount] = "mount",
  [sym_option] = "option",
  [sym_link] = "link",
  [sym_arrow] = "arrow",
  [sym_process] = "process",
  [sym_process_options] = "process_options",
  [sym_shell_command] = "shell_command",
  [sym_edit_block] = "edit_block",
  [sym_edit_command] = "edit_command",
  [sym_replace_all] = "replace_all",
  [sym_acl_block] = "acl_block",
  [sym__value] = "_value",
  [sym__immediate_value] = "_immediate_value",
  [sym_word] = "word",
  [sym__immediate_word] = "word",
  [sym_string] = "string",
  [sym__immediate_string] = "string",
  [aux_sym_policy_repeat1] = "policy_repeat1",
  [aux_sym_control_section_repeat1] = "control_section_repeat1",
  [aux_sym_files_section_repeat1] = "files_section_repeat1",
  [aux_sym_import_section_repeat1] = "import_section_repeat1",
  [aux_sym_editfiles_section_repeat1] = "editfiles_section_repeat1",
  [aux_sym_acl_section_repeat1] = "acl_section_repeat1",
  [aux_sym_links_section_repeat1] = "links_section_repeat1",
  [aux_sym_processes_section_repeat1] = "processes_section_repeat1",
  [aux_sym_shellcommands_section_repeat1] = "shellcommands_section_repeat1",
  [aux_sym_miscmounts_section_repeat1] = "miscmounts_section_repeat1",
  [aux_sym_class_expression_repeat1] = "class_expression_repeat1",
  [aux_sym_list_repeat1] = "list_repeat1",
  [aux_sym__list_punctuation_repeat1] = "_list_punctuation_repeat1",
  [aux_sym_statement_repeat1] = "statement_repeat1",
  [aux_sym_link_repeat1] = "link_repeat1",
  [aux_sym_edit_block_repeat1] = "edit_block_repeat1",
  [aux_sym_edit_command_repeat1] = "edit_command_repeat1",
  [aux_sym_acl_block_repeat1] = "acl_block_repeat1",
  [aux_sym_string_repeat1] = "string_repeat1",
  [aux_sym_string_repeat2] = "string_repeat2",
  [aux_sym_string_repeat3] = "string_repeat3",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_control] = anon_sym_control,
  [anon_sym_COLON] = anon_sym_COLON,
  [anon_sym_groups] = anon_sym_control,
  [anon_sym_classes] = anon_sym_control,
  [anon_sym_files] = anon_sym_control,
  [anon_sym_tidy] = anon_sym_control,
  [anon_sym_copy] = anon_sym_control,
  [anon_sym_disable] = anon_sym_control,
  [anon_sym_directories] = anon_sym_control,
  [anon_sym_required] = anon_sym_control,
  [anon_sym_disks] = anon_sym_control,
  [anon_sym_import] = anon_sym_control,
  [anon_sym_ignore] = anon_sym_control,
  [anon_sym_homeservers] = anon_sym_control,
  [anon_sym_binservers] = anon_sym_control,
  [anon_sym_mailserver] = anon_sym_control,
  [anon_sym_mountables] = anon_sym_control,
  [anon_sym_broadcast] = anon_sym_control,
  [anon_sym_resolve] = anon_sym_control,
  [anon_sym_defaultroute] = anon_sym_control,
  [anon_sym_unmount] = anon_sym_control,
  [anon_sym_editfiles] = anon_sym_control,
  [anon_sym_acl] = anon_sym_control,
  [anon_sym_links] = anon_sym_control,
  [anon_sym_processes] = anon_sym_control,
  [anon_sym_shellcommands] = anon_sym_control,
  [anon_sym_miscmounts] = anon_sym_control,
  [aux_sym_unknown_section_token1] = aux_sym_unknown_section_token1,
  [anon_sym_COLON_COLON] = anon_sym_COLON_COLON,
  [anon_sym_BANG] = anon_sym_BANG,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [sym_class_name] = sym_class_name,
  [sym_operator] = sym_operator,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_LPAREN2] = anon_sym_LPAREN,
  [anon_sym_RPAREN2] = anon_sym_RPAREN,
  [aux_sym__list_punctuation_token1] = sym__dq_text,
  [aux_sym__list_punctuation_token2] = sym__dq_text,
  [aux_sym__list_punctuation_token3] = sym_variable,
  [sym_home] = sym_home,
  [aux_sym_flag_token1] = aux_sym_flag_token1,
  [aux_sym_flag_token2] = aux_sym_flag_token2,
  [aux_sym_flag_token3] = aux_sym_flag_token3,
  [anon_sym_EQ2] = anon_sym_EQ,
  [anon_sym_DASH_GT] = anon_sym_DASH_GT,
  [anon_sym_PLUS_GT] = anon_sym_PLUS_GT,
  [anon_sym_DASH_GT_BANG] = anon_sym_DASH_GT_BANG,
  [anon_sym_PLUS_GT_BANG] = anon_sym_PLUS_GT_BANG,
  [anon_sym_restart] = anon_sym_restart,
  [anon_sym_SetOptionString] = anon_sym_SetOptionString,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [sym_command_name] = sym_command_name,
  [anon_sym_ReplaceAll] = sym_command_name,
  [anon_sym_With] = anon_sym_With,
  [aux_sym_word_token1] = sym__dq_text,
  [sym_variable] = sym_variable,
  [anon_sym_DQUOTE] = anon_sym_DQUOTE,
  [anon_sym_DQUOTE2] = anon_sym_DQUOTE,
  [anon_sym_SQUOTE] = anon_sym_SQUOTE,
  [anon_sym_SQUOTE2] = anon_sym_SQUOTE,
  [anon_sym_BQUOTE] = anon_sym_BQUOTE,
  [anon_sym_BQUOTE2] = anon_sym_BQUOTE,
  [sym_comment] = sym_comment,
  [sym__section_start] = sym__section_start,
  [sym__selector_start] = sym__selector_start,
  [sym_option_name] = sym_option_name,
  [sym__dq_text] = sym__dq_text,
  [sym__sq_text] = sym__dq_text,
  [sym__bq_text] = sym__dq_text,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_policy] = sym_policy,
  [sym__section] = sym__section,
  [sym_control_section] = sym_control_section,
  [sym_groups_section] = sym_control_section,
  [sym_classes_section] = sym_control_section,
  [sym_files_section] = sym_control_section,
  [sym_tidy_section] = sym_control_section,
  [sym_copy_section] = sym_control_section,
  [sym_disable_section] = sym_control_section,
  [sym_directories_section] = sym_control_section,
  [sym_required_section] = sym_control_section,
  [sym_disks_section] = sym_control_section,
  [sym_import_section] = sym_control_section,
  [sym_ignore_section] = sym_control_section,
  [sym_homeservers_section] = sym_control_section,
  [sym_binservers_section] = sym_control_section,
  [sym_mailserver_section] = sym_control_section,
  [sym_mountables_section] = sym_control_section,
  [sym_broadcast_section] = sym_control_section,
  [sym_resolve_section] = sym_control_section,
  [sym_defaultroute_section] = sym_control_section,
  [sym_unmount_section] = sym_control_section,
  [sym_editfiles_section] = sym_control_section,
  [sym_acl_section] = sym_control_section,
  [sym_links_section] = sym_control_section,
  [sym_processes_section] = sym_control_section,
  [sym_shellcommands_section] = sym_control_section,
  [sym_miscmounts_section] = sym_control_section,
  [sym_unknown_section] = sym_control_section,
  [sym_class_selector] = sym_class_selector,
  [sym_class_expression] = sym_class_expression,
  [sym_assignment] = sym_assignment,
  [sym_identifier] = sym_identifier,
  [sym_list] = sym_list,
  [sym__list_punctuation] = sym_word,
  [sym_statement] = sym_statement,
  [sym_flag] = sym_flag,
  [sym_list_item] = sym_list_item,
  [sym_mount] = sym_mount,
  [sym_option] = sym_option,
  [sym_link] = sym_link,
  [sym_arrow] = sym_arrow,
  [sym_process] = sym_process,
  [sym_process_options] = sym_process_options,
  [sym_shell_command] = sym_shell_command,
  [sym_edit_block] = sym_edit_block,
  [sym_edit_command] = sym_edit_command,
  [sym_replace_all] = sym_replace_all,
  [sym_acl_block] = sym_acl_block,
  [sym__value] = sym__value,
  [sym__immediate_value] = sym__immediate_value,
  [sym_word] = sym_word,
  [sym__immediate_word] = sym_word,
  [sym_string] = sym_string,
  [sym__immediate_string] = sym_string,
  [aux_sym_policy_repeat1] = aux_sym_policy_repeat1,
  [aux_sym_control_section_repeat1] = aux_sym_control_section_repeat1,
  [aux_sym_files_section_repeat1] = aux_sym_files_section_repeat1,
  [aux_sym_import_section_repeat1] = aux_sym_import_section_repeat1,
  [aux_sym_editfiles_section_repeat1] = aux_sym_editfiles_section_repeat1,
  [aux_sym_acl_section_repeat1] = aux_sym_acl_section_repeat1,
  [aux_sym_links_section_repeat1] = aux_sym_links_section_repeat1,
  [aux_sym_processes_section_repeat1] = aux_sym_processes_section_repeat1,
  [aux_sym_shellcommands_section_repeat1] = aux_sym_shellcommands_section_repeat1,
  [aux_sym_miscmounts_section_repeat1] = aux_sym_miscmounts_section_repeat1,
  [aux_sym_class_expression_repeat1] = aux_sym_class_expression_repeat1,
  [aux_sym_list_repeat1] = aux_sym_list_repeat1,
  [aux_sym__list_punctuation_repeat1] = aux_sym__list_punctuation_repeat1,
  [aux_sym_statement_repeat1] = aux_sym_statement_repeat1,
  [aux_sym_link_repeat1] = aux_sym_link_repeat1,
  [aux_sym_edit_block_repeat1] = aux_sym_edit_block_repeat1,
  [aux_sym_edit_command_repeat1] = aux_sym_edit_command_repeat1,
  [aux_sym_acl_block_repeat1] = aux_sym_acl_block_repeat1,
  [aux_sym_string_repeat1] = aux_sym_string_repeat1,
  [aux_sym_string_repeat2] = aux_sym_string_repeat2,
  [aux_sym_string_repeat3] = aux_sym_string_repeat3,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_control] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_groups] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_classes] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_files] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_tidy] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_copy] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_disable] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_directories] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_required] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_disks] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_import] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_ignore] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_homeservers] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_binservers] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_mailserver] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_mountables] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_broadcast] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_resolve] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_defaultroute] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_unmount] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_editfiles] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_acl] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_links] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_processes] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_shellcommands] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_miscmounts] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_unknown_section_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_COLON_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_BANG] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [sym_class_name] = {
    .visible = true,
    .named = true,
  },
  [sym_operator] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPAREN2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym__list_punctuation_token1] = {
    .visible = true,
    .named = true,
  },
  [aux_sym__list_punctuation_token2] = {
    .visible = true,
    .named = true,
  },
  [aux_sym__list_punctuation_token3] = {
    .visible = true,
    .named = true,
  },
  [sym_home] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_flag_token1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_flag_token2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_flag_token3] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_EQ2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH_GT_BANG] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS_GT_BANG] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_restart] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SetOptionString] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [sym_command_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_ReplaceAll] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_With] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_word_token1] = {
    .visible = true,
    .named = true,
  },
  [sym_variable] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_BQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_BQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__section_start] = {
    .visible = false,
    .named = true,
  },
  [sym__selector_start] = {
    .visible = false,
    .named = true,
  },
  [sym_option_name] = {
    .visible = true,
    .named = true,
  },
  [sym__dq_text] = {
    .visible = true,
    .named = true,
  },
  [sym__sq_text] = {
    .visible = true,
    .named = true,
  },
  [sym__bq_text] = {
    .visible = true,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_policy] = {
    .visible = true,
    .named = true,
  },
  [sym__section] = {
    .visible = false,
    .named = true,
  },
  [sym_control_section] = {
    .visible = true,
    .named = true,
  },
  [sym_groups_section] = {
    .visible = true,
    .named = true,
  },
  [sym_classes_section] = {
    .visible = true,
    .named = true,
  },
  [sym_files_section] = {
    .visible = true,
    .named = true,
  },
  [sym_tidy_section] = {
    .visible = true,
    .named = true,
  },
  [sym_copy_section] = {
    .visible = true,
    .named = true,
  },
  [sym_disable_section] = {
    .visible = true,
    .named = true,
  },
  [sym_directories_section] = {
    .visible = true,
    .named = true,
  },
  [sym_required_section] = {
    .visible = true,
    .named = true,
  },
  [sym_disks_section] = {
    .visible = true,
    .named = true,
  },
  [sym_import_section] = {
    .visible = true,
    .named = true,
  },
  [sym_ignore_section] = {
    .visible = true,
    .named = true,
  },
  [sym_homeservers_section] = {
    .visible = true,
    .named = true,
  },
  [sym_binservers_section] = {
    .visible = true,
    .named = true,
  },
  [sym_mailserver_section] = {
    .visible = true,
    .named = true,
  },
  [sym_mountables_section] = {
    .visible = true,
    .named = true,
  },
  [sym_broadcast_section] = {
    .visible = true,
    .named = true,
  },
  [sym_resolve_section] = {
    .visible = true,
    .named = true,
  },
  [sym_defaultroute_section] = {
    .visible = true,
    .named = true,
  },
  [sym_unmount_section] = {
    .visible = true,
    .named = true,
  },
  [sym_editfiles_section] = {
    .visible = true,
    .named = true,
  },
  [sym_acl_section] = {
    .visible = true,
    .named = true,
  },
  [sym_links_section] = {
    .visible = true,
    .named = true,
  },
  [sym_processes_section] = {
    .visible = true,
    .named = true,
  },
  [sym_shellcommands_section] = {
    .visible = true,
    .named = true,
  },
  [sym_miscmounts_section] = {
    .visible = true,
    .named = true,
  },
  [sym_unknown_section] = {
    .visible = true,
    .named = true,
  },
  [sym_class_selector] = {
    .visible = true,
    .named = true,
  },
  [sym_class_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_assignment] = {
    .visible = true,
    .named = true,
  },
  [sym_identifier] = {
    .visible = true,
    .named = true,
  },
  [sym_list] = {
    .visible = true,
    .named = true,
  },
  [sym__list_punctuation] = {
    .visible = true,
    .named = true,
  },
  [sym_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_flag] = {
    .visible = true,
    .named = true,
  },
  [sym_list_item] = {
    .visible = true,
    .named = true,
  },
  [sym_mount] = {
    .visible = true,
    .named = true,
  },
  [sym_option] = {
    .visible = true,
    .named = true,
  },
  [sym_link] = {
    .visible = true,
    .named = true,
  },
  [sym_arrow] = {
    .visible = true,
    .named = true,
  },
  [sym_process] = {
    .visible = true,
    .named = true,
  },
  [sym_process_options] = {
    .visible = true,
    .named = true,
  },
  [sym_shell_command] = {
    .visible = true,
    .named = true,
  },
  [sym_edit_block] = {
    .visible = true,
    .named = true,
  },
  [sym_edit_command] = {
    .visible = true,
    .named = true,
  },
  [sym_replace_all] = {
    .visible = true,
    .named = true,
  },
  [sym_acl_block] = {
    .visible = true,
    .named = true,
  },
  [sym__value] = {
    .visible = false,
    .named = true,
  },
  [sym__immediate_value] = {
    .visible = false,
    .named = true,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym__immediate_word] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym__immediate_string] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_policy_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_control_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_files_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_import_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_editfiles_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_acl_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_links_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_processes_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_shellcommands_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_miscmounts_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_class_expression_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_list_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__list_punctuation_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_link_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_edit_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_edit_command_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_acl_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat3] = {
    .visible = false,
    .named = false,
  },
};

enum {
  field_argument = 1,
  field_arrow = 2,
  field_command = 3,
  field_condition = 4,
  field_destination = 5,
  field_entry = 6,
  field_file = 7,
  field_from = 8,
  field_name = 9,
  field_path = 10,
  field_pattern = 11,
  field_replacement = 12,
  field_restart = 13,
  field_source = 14,
  field_to = 15,
  field_value = 16,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_arrow] = "arrow",
  [field_command] = "command",
  [field_condition] = "condition",
  [field_destination] = "destination",
  [field_entry] = "entry",
  [field_file] = "file",
  [field_from] = "from",
  [field_name] = "name",
  [field_path] = "path",
  [field_pattern] = "pattern",
  [field_replacement] = "replacement",
  [field_restart] = "restart",
  [field_source] = "source",
  [field_to] = "to",
  [field_value] = "value",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 0, .length = 1},
  [3] = {.index = 1, .length = 1},
  [4] = {.index = 2, .length = 1},
  [5] = {.index = 3, .length = 1},
  [6] = {.index = 4, .length = 1},
  [7] = {.index = 5, .length = 2},
  [8] = {.index = 7, .length = 1},
  [9] = {.index = 8, .length = 2},
  [10] = {.index = 10, .length = 1},
  [11] = {.index = 11, .length = 1},
  [12] = {.index = 12, .length = 1},
  [13] = {.index = 13, .length = 3},
  [14] = {.index = 16, .length = 2},
  [15] = {.index = 18, .length = 1},
  [16] = {.index = 19, .length = 2},
  [17] = {.index = 21, .length = 2},
  [18] = {.index = 23, .length = 2},
  [19] = {.index = 25, .length = 2},
  [20] = {.index = 27, .length = 2},
  [21] = {.index = 29, .length = 3},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_name, 1},
  [1] =
    {field_path, 0},
  [2] =
    {field_pattern, 0},
  [3] =
    {field_command, 0},
  [4] =
    {field_value, 1},
  [5] =
    {field_destination, 1},
    {field_source, 0},
  [7] =
    {field_condition, 1},
  [8] =
    {field_name, 0},
    {field_value, 2},
  [10] =
    {field_file, 1},
  [11] =
    {field_name, 0},
  [12] =
    {field_entry, 0},
  [13] =
    {field_arrow, 1},
    {field_from, 0},
    {field_to, 2},
  [16] =
    {field_pattern, 0},
    {field_restart, 2},
  [18] =
    {field_argument, 0},
  [19] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
  [21] =
    {field_entry, 2, .inherited = true},
    {field_name, 1},
  [23] =
    {field_entry, 0, .inherited = true},
    {field_entry, 1, .inherited = true},
  [25] =
    {field_pattern, 0},
    {field_restart, 3},
  [27] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [29] =
    {field_name, 0},
    {field_pattern, 1},
    {field_replacement, 3},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [2] = {
    [1] = anon_sym_control,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 6,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 6,
  [33] = 10,
  [34] = 9,
  [35] = 35,
  [36] = 10,
  [37] = 9,
  [38] = 38,
  [39] = 8,
  [40] = 12,
  [41] = 11,
  [42] = 42,
  [43] = 11,
  [44] = 10,
  [45] = 11,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 6,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 9,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 83,
  [87] = 82,
  [88] = 84,
  [89] = 89,
  [90] = 10,
  [91] = 79,
  [92] = 9,
  [93] = 83,
  [94] = 82,
  [95] = 80,
  [96] = 96,
  [97] = 81,
  [98] = 98,
  [99] = 84,
  [100] = 8,
  [101] = 12,
  [102] = 80,
  [103] = 11,
  [104] = 81,
  [105] = 105,
  [106] = 106,
  [107] = 79,
  [108] = 80,
  [109] = 109,
  [110] = 84,
  [111] = 12,
  [112] = 11,
  [113] = 79,
  [114] = 83,
  [115] = 82,
  [116] = 116,
  [117] = 117,
  [118] = 81,
  [119] = 8,
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 80,
  [125] = 12,
  [126] = 81,
  [127] = 127,
  [128] = 8,
  [129] = 11,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 8,
  [134] = 82,
  [135] = 135,
  [136] = 11,
  [137] = 137,
  [138] = 138,
  [139] = 12,
  [140] = 79,
  [141] = 81,
  [142] = 109,
  [143] = 80,
  [144] = 83,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 153,
  [154] = 80,
  [155] = 81,
  [156] = 156,
  [157] = 137,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 137,
  [164] = 146,
  [165] = 165,
  [166] = 146,
  [167] = 146,
  [168] = 146,
  [169] = 146,
  [170] = 170,
  [171] = 171,
  [172] = 172,
  [173] = 173,
  [174] = 170,
  [175] = 175,
  [176] = 8,
  [177] = 80,
  [178] = 81,
  [179] = 179,
  [180] = 180,
  [181] = 12,
  [182] = 182,
  [183] = 80,
  [184] = 81,
  [185] = 185,
  [186] = 11,
  [187] = 137,
  [188] = 188,
  [189] = 170,
  [190] = 170,
  [191] = 191,
  [192] = 81,
  [193] = 193,
  [194] = 8,
  [195] = 12,
  [196] = 80,
  [197] = 11,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 202,
  [203] = 203,
  [204] = 204,
  [205] = 205,
  [206] = 206,
  [207] = 207,
  [208] = 208,
  [209] = 209,
  [210] = 210,
  [211] = 211,
  [212] = 212,
  [213] = 213,
  [214] = 214,
  [215] = 215,
  [216] = 216,
  [217] = 217,
  [218] = 218,
  [219] = 219,
  [220] = 220,
  [221] = 221,
  [222] = 203,
  [223] = 223,
  [224] = 224,
  [225] = 225,
  [226] = 226,
  [227] = 219,
  [228] = 221,
  [229] = 203,
  [230] = 205,
  [231] = 206,
  [232] = 207,
  [233] = 215,
  [234] = 216,
  [235] = 217,
  [236] = 209,
  [237] = 210,
  [238] = 211,
  [239] = 219,
  [240] = 221,
  [241] = 203,
  [242] = 205,
  [243] = 206,
  [244] = 207,
  [245] = 245,
  [246] = 215,
  [247] = 216,
  [248] = 217,
  [249] = 209,
  [250] = 210,
  [251] = 211,
  [252] = 219,
  [253] = 221,
  [254] = 254,
  [255] = 205,
  [256] = 206,
  [257] = 207,
  [258] = 215,
  [259] = 216,
  [260] = 217,
  [261] = 209,
  [262] = 210,
  [263] = 211,
  [264] = 219,
  [265] = 221,
  [266] = 203,
  [267] = 205,
  [268] = 206,
  [269] = 207,
  [270] = 215,
  [271] = 216,
  [272] = 217,
  [273] = 209,
  [274] = 210,
  [275] = 211,
  [276] = 219,
  [277] = 221,
  [278] = 203,
  [279] = 205,
  [280] = 206,
  [281] = 207,
  [282] = 219,
  [283] = 221,
  [284] = 203,
  [285] = 205,
  [286] = 206,
  [287] = 207,
  [288] = 219,
  [289] = 221,
  [290] = 203,
  [291] = 205,
  [292] = 206,
  [293] = 207,
  [294] = 219,
  [295] = 221,
  [296] = 203,
  [297] = 205,
  [298] = 206,
  [299] = 207,
  [300] = 219,
  [301] = 221,
  [302] = 302,
  [303] = 205,
  [304] = 206,
  [305] = 207,
  [306] = 219,
  [307] = 221,
  [308] = 203,
  [309] = 205,
  [310] = 206,
  [311] = 207,
  [312] = 312,
  [313] = 203,
  [314] = 314,
  [315] = 315,
  [316] = 316,
  [317] = 317,
  [318] = 318,
  [319] = 319,
  [320] = 320,
  [321] = 321,
  [322] = 80,
  [323] = 323,
  [324] = 81,
  [325] = 325,
  [326] = 326,
  [327] = 327,
  [328] = 328,
  [329] = 329,
  [330] = 330,
  [331] = 331,
  [332] = 325,
  [333] = 333,
  [334] = 334,
  [335] = 335,
  [336] = 336,
  [337] = 337,
  [338] = 338,
  [339] = 339,
  [340] = 340,
  [341] = 341,
  [342] = 342,
  [343] = 343,
  [344] = 344,
  [345] = 345,
  [346] = 346,
  [347] = 325,
  [348] = 348,
  [349] = 325,
  [350] = 334,
  [351] = 351,
  [352] = 334,
  [353] = 353,
  [354] = 334,
  [355] = 334,
  [356] = 334,
  [357] = 357,
  [358] = 358,
};

static inline bool aux_sym__list_punctuation_token1_character_set_1(int32_t c) {
  return (c < '$'
    ? (c < '\r'
      ? (c < '\t'
        ? c == 0
        : c <= '\n')
      : (c <= '\r' || (c < '"'
        ? c == ' '
        : c <= '"')))
    : (c <= '$' || (c < '{'
      ? (c < '`'
        ? (c >= '\'' && c <= ')')
        : c <= '`')
      : (c <= '{' || c == '}'))));
}

static inline bool aux_sym_word_token1_character_set_1(int32_t c) {
  return (c < '"'
    ? (c < '\r'
      ? (c < '\t'
        ? c == 0
        : c <= '\n')
      : (c <= '\r' || c == ' '))
    : (c <= '"' || (c < '{'
      ? (c < '`'
        ? (c >= '\'' && c <= ')')
        : c <= '`')
      : (c <= '{' || c == '}'))));
}

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(48);
      if (lookahead == '!') ADVANCE(264);
      if (lookahead == '"') ADVANCE(551);
      if (lookahead == '$') ADVANCE(9);
      if (lookahead == '\'') ADVANCE(553);
      if (lookahead == '(') ADVANCE(265);
      if (lookahead == ')') ADVANCE(266);
      if (lookahead == '+') ADVANCE(17);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == ':') ADVANCE(52);
      if (lookahead == '=') ADVANCE(513);
      if (lookahead == 'R') ADVANCE(350);
      if (lookahead == 'S') ADVANCE(351);
      if (lookahead == 'W') ADVANCE(383);
      if (lookahead == '[') ADVANCE(21);
      if (lookahead == '`') ADVANCE(555);
      if (lookahead == 'a') ADVANCE(338);
      if (lookahead == 'b') ADVANCE(382);
      if (lookahead == 'c') ADVANCE(394);
      if (lookahead == 'd') ADVANCE(352);
      if (lookahead == 'e') ADVANCE(349);
      if (lookahead == 'f') ADVANCE(384);
      if (lookahead == 'g') ADVANCE(445);
      if (lookahead == 'h') ADVANCE(425);
      if (lookahead == 'i') ADVANCE(378);
      if (lookahead == 'l') ADVANCE(385);
      if (lookahead == 'm') ADVANCE(332);
      if (lookahead == 'p') ADVANCE(446);
      if (lookahead == 'r') ADVANCE(353);
      if (lookahead == 's') ADVANCE(380);
      if (lookahead == 't') ADVANCE(381);
      if (lookahead == 'u') ADVANCE(417);
      if (lookahead == '{') ADVANCE(526);
      if (lookahead == '}') ADVANCE(527);
      if (lookahead == '&' ||
          lookahead == '.' ||
          lookahead == '|') ADVANCE(268);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(42)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('j' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 1:
      if (lookahead == '!') ADVANCE(264);
      if (lookahead == '(') ADVANCE(265);
      if (lookahead == ')') ADVANCE(266);
      if (lookahead == ':') ADVANCE(16);
      if (lookahead == '&' ||
          lookahead == '.' ||
          lookahead == '|') ADVANCE(268);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(267);
      END_STATE();
    case 2:
      if (lookahead == '"') ADVANCE(551);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(553);
      if (lookahead == '`') ADVANCE(555);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(12);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '}') ADVANCE(527);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(3)
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != ':' &&
          lookahead != '{') ADVANCE(547);
      END_STATE();
    case 4:
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == ':') ADVANCE(312);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '}') ADVANCE(527);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(3)
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{') ADVANCE(312);
      END_STATE();
    case 5:
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '+') ADVANCE(17);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == '=') ADVANCE(513);
      if (lookahead == 'R') ADVANCE(531);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '}') ADVANCE(527);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(6)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 6:
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '+') ADVANCE(17);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == 'R') ADVANCE(531);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '}') ADVANCE(527);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(6)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 7:
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '+') ADVANCE(275);
      if (lookahead == '-') ADVANCE(276);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(15)
      if (lookahead != 0 &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 8:
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == 'R') ADVANCE(285);
      if (lookahead == '}') ADVANCE(527);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(19)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead)) ADVANCE(312);
      END_STATE();
    case 9:
      if (lookahead == '(') ADVANCE(13);
      if (lookahead == '{') ADVANCE(27);
      END_STATE();
    case 10:
      if (lookahead == '(') ADVANCE(13);
      if (lookahead == '{') ADVANCE(27);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 11:
      if (lookahead == '(') ADVANCE(14);
      if (lookahead == '{') ADVANCE(28);
      END_STATE();
    case 12:
      if (lookahead == '(') ADVANCE(14);
      if (lookahead == '{') ADVANCE(28);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 13:
      if (lookahead == ')') ADVANCE(314);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '(' &&
          lookahead != '`') ADVANCE(13);
      END_STATE();
    case 14:
      if (lookahead == ')') ADVANCE(549);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '(' &&
          lookahead != '`') ADVANCE(14);
      END_STATE();
    case 15:
      if (lookahead == '+') ADVANCE(17);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(15)
      END_STATE();
    case 16:
      if (lookahead == ':') ADVANCE(263);
      END_STATE();
    case 17:
      if (lookahead == '>') ADVANCE(516);
      END_STATE();
    case 18:
      if (lookahead == '>') ADVANCE(514);
      END_STATE();
    case 19:
      if (lookahead == 'R') ADVANCE(531);
      if (lookahead == '}') ADVANCE(527);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(19)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 20:
      if (lookahead == 'W') ADVANCE(25);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(20)
      END_STATE();
    case 21:
      if (lookahead == ']') ADVANCE(511);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(21);
      END_STATE();
    case 22:
      if (lookahead == ']') ADVANCE(512);
      if (lookahead == '"' ||
          ('\'' <= lookahead && lookahead <= ')') ||
          lookahead == '`' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(548);
      END_STATE();
    case 23:
      if (lookahead == ']') ADVANCE(312);
      if (lookahead == '"' ||
          ('\'' <= lookahead && lookahead <= ')') ||
          lookahead == '`' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(313);
      END_STATE();
    case 24:
      if (lookahead == 'h') ADVANCE(541);
      END_STATE();
    case 25:
      if (lookahead == 'i') ADVANCE(26);
      END_STATE();
    case 26:
      if (lookahead == 't') ADVANCE(24);
      END_STATE();
    case 27:
      if (lookahead == '}') ADVANCE(314);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '`' &&
          lookahead != '{') ADVANCE(27);
      END_STATE();
    case 28:
      if (lookahead == '}') ADVANCE(549);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '`' &&
          lookahead != '{') ADVANCE(28);
      END_STATE();
    case 29:
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(510);
      END_STATE();
    case 30:
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 31:
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(312);
      END_STATE();
    case 32:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(12);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == ':') ADVANCE(16);
      if (lookahead == '=') ADVANCE(546);
      if (lookahead == '[') ADVANCE(548);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'h') ADVANCE(321);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 33:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(12);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '=') ADVANCE(546);
      if (lookahead == '[') ADVANCE(548);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'h') ADVANCE(321);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != ':' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 34:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(12);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '=') ADVANCE(546);
      if (lookahead == '[') ADVANCE(548);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(34)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != ':' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 35:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(12);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'h') ADVANCE(545);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(35)
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != ':' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 36:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(273);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == ')') ADVANCE(271);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == ':' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(274);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(36)
      if (lookahead != 0 &&
          lookahead != '(') ADVANCE(547);
      END_STATE();
    case 37:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == ':') ADVANCE(312);
      if (lookahead == '=') ADVANCE(309);
      if (lookahead == '[') ADVANCE(313);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'h') ADVANCE(297);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 38:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == ':') ADVANCE(312);
      if (lookahead == '=') ADVANCE(309);
      if (lookahead == '[') ADVANCE(313);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(34)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 39:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '=') ADVANCE(309);
      if (lookahead == 'S') ADVANCE(283);
      if (lookahead == '[') ADVANCE(313);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'r') ADVANCE(284);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(45)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 40:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '=') ADVANCE(309);
      if (lookahead == 'S') ADVANCE(283);
      if (lookahead == '[') ADVANCE(313);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(46)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 41:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(272);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == ')') ADVANCE(271);
      if (lookahead == ':') ADVANCE(312);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(274);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(36)
      if (lookahead != 0 &&
          lookahead != '(') ADVANCE(312);
      END_STATE();
    case 42:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '$') ADVANCE(11);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '(') ADVANCE(270);
      if (lookahead == ')') ADVANCE(271);
      if (lookahead == '+') ADVANCE(17);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == '=') ADVANCE(269);
      if (lookahead == 'R') ADVANCE(350);
      if (lookahead == 'S') ADVANCE(351);
      if (lookahead == 'W') ADVANCE(383);
      if (lookahead == '[') ADVANCE(21);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'a') ADVANCE(338);
      if (lookahead == 'b') ADVANCE(382);
      if (lookahead == 'c') ADVANCE(394);
      if (lookahead == 'd') ADVANCE(352);
      if (lookahead == 'e') ADVANCE(349);
      if (lookahead == 'f') ADVANCE(384);
      if (lookahead == 'g') ADVANCE(445);
      if (lookahead == 'h') ADVANCE(425);
      if (lookahead == 'i') ADVANCE(378);
      if (lookahead == 'l') ADVANCE(385);
      if (lookahead == 'm') ADVANCE(332);
      if (lookahead == 'p') ADVANCE(446);
      if (lookahead == 'r') ADVANCE(353);
      if (lookahead == 's') ADVANCE(380);
      if (lookahead == 't') ADVANCE(381);
      if (lookahead == 'u') ADVANCE(417);
      if (lookahead == '{') ADVANCE(526);
      if (lookahead == '}') ADVANCE(527);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(42)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('j' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 43:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '(') ADVANCE(270);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == '=') ADVANCE(269);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'a') ADVANCE(112);
      if (lookahead == 'b') ADVANCE(151);
      if (lookahead == 'c') ADVANCE(160);
      if (lookahead == 'd') ADVANCE(123);
      if (lookahead == 'e') ADVANCE(120);
      if (lookahead == 'f') ADVANCE(152);
      if (lookahead == 'g') ADVANCE(203);
      if (lookahead == 'h') ADVANCE(186);
      if (lookahead == 'i') ADVANCE(148);
      if (lookahead == 'l') ADVANCE(155);
      if (lookahead == 'm') ADVANCE(108);
      if (lookahead == 'p') ADVANCE(205);
      if (lookahead == 'r') ADVANCE(124);
      if (lookahead == 's') ADVANCE(149);
      if (lookahead == 't') ADVANCE(150);
      if (lookahead == 'u') ADVANCE(179);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(44)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 44:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '(') ADVANCE(270);
      if (lookahead == '=') ADVANCE(269);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'a') ADVANCE(112);
      if (lookahead == 'b') ADVANCE(151);
      if (lookahead == 'c') ADVANCE(160);
      if (lookahead == 'd') ADVANCE(123);
      if (lookahead == 'e') ADVANCE(120);
      if (lookahead == 'f') ADVANCE(152);
      if (lookahead == 'g') ADVANCE(203);
      if (lookahead == 'h') ADVANCE(186);
      if (lookahead == 'i') ADVANCE(148);
      if (lookahead == 'l') ADVANCE(155);
      if (lookahead == 'm') ADVANCE(108);
      if (lookahead == 'p') ADVANCE(205);
      if (lookahead == 'r') ADVANCE(124);
      if (lookahead == 's') ADVANCE(149);
      if (lookahead == 't') ADVANCE(150);
      if (lookahead == 'u') ADVANCE(179);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(44)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 45:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '=') ADVANCE(29);
      if (lookahead == 'S') ADVANCE(351);
      if (lookahead == '[') ADVANCE(21);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == 'r') ADVANCE(372);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(45)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 46:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '=') ADVANCE(29);
      if (lookahead == 'S') ADVANCE(351);
      if (lookahead == '[') ADVANCE(21);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(46)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 47:
      if (eof) ADVANCE(48);
      if (lookahead == '"') ADVANCE(550);
      if (lookahead == '\'') ADVANCE(552);
      if (lookahead == '`') ADVANCE(554);
      if (lookahead == '{') ADVANCE(526);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(47)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(anon_sym_control);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(anon_sym_control);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(anon_sym_COLON);
      if (lookahead == ':') ADVANCE(263);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(anon_sym_groups);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(anon_sym_groups);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(anon_sym_classes);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_classes);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(anon_sym_files);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(anon_sym_files);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(anon_sym_tidy);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(anon_sym_tidy);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(anon_sym_copy);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(anon_sym_copy);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(anon_sym_disable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(anon_sym_disable);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(anon_sym_directories);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(anon_sym_directories);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(anon_sym_required);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(anon_sym_required);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(anon_sym_disks);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(anon_sym_disks);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(anon_sym_import);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(anon_sym_import);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(anon_sym_ignore);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(anon_sym_ignore);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(anon_sym_homeservers);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(anon_sym_binservers);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(anon_sym_binservers);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(anon_sym_mailserver);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(anon_sym_mailserver);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(anon_sym_mountables);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(anon_sym_mountables);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(anon_sym_broadcast);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(anon_sym_broadcast);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(anon_sym_resolve);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(anon_sym_resolve);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(anon_sym_defaultroute);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(anon_sym_defaultroute);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(anon_sym_unmount);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(anon_sym_unmount);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(anon_sym_editfiles);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(anon_sym_editfiles);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(anon_sym_acl);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(anon_sym_acl);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(anon_sym_links);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(anon_sym_links);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(anon_sym_processes);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(anon_sym_processes);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(anon_sym_shellcommands);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(anon_sym_shellcommands);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(anon_sym_miscmounts);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(anon_sym_miscmounts);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(110);
      if (lookahead == 'k') ADVANCE(217);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(121);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(233);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(253);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(182);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(232);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(154);
      if (lookahead == 'i') ADVANCE(230);
      if (lookahead == 'o') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(111);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'b') ADVANCE(167);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'b') ADVANCE(169);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(161);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(244);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(145);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(192);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(107);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(176);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(261);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(153);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(116);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(229);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(146);
      if (lookahead == 'i') ADVANCE(204);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(201);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(73);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(86);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(113);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(118);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(214);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(166);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(218);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(212);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(202);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(221);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(222);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(223);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(226);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(227);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(213);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(215);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(216);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(236);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(237);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'f') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'f') ADVANCE(158);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'g') ADVANCE(183);
      if (lookahead == 'm') ADVANCE(199);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'h') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(119);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(180);
      if (lookahead == 'r') ADVANCE(188);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(164);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(242);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(171);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(178);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(210);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(140);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(168);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'k') ADVANCE(219);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(104);
      if (lookahead == 'o') ADVANCE(177);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(256);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(165);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(139);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(248);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(238);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(174);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(144);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(106);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(197);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(198);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(247);
      if (lookahead == 'p') ADVANCE(260);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(159);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(175);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(231);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(243);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(187);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(245);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(173);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(208);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(103);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(114);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(206);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(172);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(207);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(162);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(254);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(163);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(255);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'p') ADVANCE(191);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'p') ADVANCE(220);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'q') ADVANCE(250);
      if (lookahead == 's') ADVANCE(194);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(78);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(189);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(129);
      if (lookahead == 's') ADVANCE(102);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(190);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(157);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(125);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(196);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(130);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(195);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(224);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(228);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(257);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(69);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(94);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(53);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(55);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(90);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(96);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(100);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(65);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(131);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(241);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(234);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(138);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(142);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(235);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(143);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(71);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(88);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(82);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(147);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(109);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(193);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(225);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(128);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(209);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(211);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(200);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(156);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(181);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(184);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(170);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(246);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(185);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'v') ADVANCE(127);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'v') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'v') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'v') ADVANCE(141);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'y') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'y') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(anon_sym_COLON_COLON);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_class_name);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(267);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_operator);
      if (lookahead == '&' ||
          lookahead == '.' ||
          lookahead == '|') ADVANCE(268);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(anon_sym_LPAREN2);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(anon_sym_RPAREN2);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token1);
      if (lookahead == '(') ADVANCE(13);
      if (lookahead == '{') ADVANCE(27);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token1);
      if (lookahead == '(') ADVANCE(14);
      if (lookahead == '{') ADVANCE(28);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token1);
      if (!aux_sym__list_punctuation_token1_character_set_1(lookahead)) ADVANCE(274);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == '>') ADVANCE(517);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(312);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == '>') ADVANCE(515);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(312);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'A') ADVANCE(293);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'O') ADVANCE(300);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'S') ADVANCE(308);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'a') ADVANCE(302);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'a') ADVANCE(282);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'c') ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'e') ADVANCE(304);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'e') ADVANCE(303);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'e') ADVANCE(299);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'e') ADVANCE(277);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'e') ADVANCE(317);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'g') ADVANCE(524);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'i') ADVANCE(298);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'i') ADVANCE(296);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'l') ADVANCE(281);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'l') ADVANCE(538);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'l') ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'm') ADVANCE(287);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'n') ADVANCE(279);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'n') ADVANCE(288);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'o') ADVANCE(294);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'o') ADVANCE(295);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'p') ADVANCE(291);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'p') ADVANCE(306);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'r') ADVANCE(290);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 'r') ADVANCE(307);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 's') ADVANCE(305);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 't') ADVANCE(278);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 't') ADVANCE(280);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 't') ADVANCE(289);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 't') ADVANCE(522);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == 't') ADVANCE(301);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(309);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(312);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(31);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(312);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token2);
      if (lookahead == '$') ADVANCE(23);
      if (lookahead == ']') ADVANCE(312);
      if (lookahead == '"' ||
          ('\'' <= lookahead && lookahead <= ')') ||
          lookahead == '`' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(313);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(aux_sym__list_punctuation_token3);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_home);
      if (lookahead == '$') ADVANCE(30);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_home);
      if (lookahead == '$') ADVANCE(30);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym_home);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_home);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '$') ADVANCE(30);
      if (lookahead == 'e') ADVANCE(315);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '$') ADVANCE(30);
      if (lookahead == 'm') ADVANCE(319);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '$') ADVANCE(30);
      if (lookahead == 'o') ADVANCE(320);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '$') ADVANCE(30);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(547);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'A') ADVANCE(403);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'O') ADVANCE(441);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'S') ADVANCE(490);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(336);
      if (lookahead == 'k') ADVANCE(459);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(347);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(476);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(499);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(420);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(474);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(387);
      if (lookahead == 'i') ADVANCE(471);
      if (lookahead == 'o') ADVANCE(498);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(341);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(451);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(337);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'b') ADVANCE(404);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'b') ADVANCE(406);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(395);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(491);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(373);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(356);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(431);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(331);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(413);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(68);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(507);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(343);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(470);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(386);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(439);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(480);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(375);
      if (lookahead == 'i') ADVANCE(447);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(443);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(318);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(74);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(323);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(64);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(85);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(87);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(339);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(345);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(456);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(402);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(460);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(454);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(444);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(463);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(464);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(465);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(468);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(469);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(477);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(478);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(458);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'f') ADVANCE(329);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'f') ADVANCE(392);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'g') ADVANCE(525);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'g') ADVANCE(421);
      if (lookahead == 'm') ADVANCE(440);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'h') ADVANCE(542);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'h') ADVANCE(363);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(346);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(418);
      if (lookahead == 'r') ADVANCE(427);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(485);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(400);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(414);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(486);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(408);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(416);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(434);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(371);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(455);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(405);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'k') ADVANCE(461);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(328);
      if (lookahead == 'o') ADVANCE(419);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(93);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(503);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(50);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(540);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(333);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(364);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(342);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(401);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(398);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(357);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(368);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(370);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(495);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(479);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(412);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(354);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(437);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(330);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(438);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(393);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(325);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(377);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(411);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(472);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(494);
      if (lookahead == 'p') ADVANCE(506);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(348);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(426);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(489);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(483);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(492);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(410);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(452);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(327);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(496);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(340);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(450);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(409);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(448);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(500);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(415);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(396);
      if (lookahead == 't') ADVANCE(334);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(397);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(501);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(502);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'p') ADVANCE(399);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'p') ADVANCE(430);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'p') ADVANCE(488);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'p') ADVANCE(462);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'q') ADVANCE(497);
      if (lookahead == 's') ADVANCE(435);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(79);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(428);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(429);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(360);
      if (lookahead == 's') ADVANCE(326);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(390);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(436);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(481);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(482);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(355);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(433);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(466);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(361);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(504);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(388);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(505);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(70);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(58);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(95);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(54);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(56);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(91);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(97);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(77);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(101);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(81);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(66);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(99);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(344);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(362);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(367);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(484);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(369);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(473);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(487);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(475);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(374);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(324);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(72);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(523);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(89);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(83);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(379);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(376);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(334);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(389);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(335);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(457);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(432);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(467);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(359);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(449);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(453);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(442);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(391);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(422);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(407);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(493);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(423);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(424);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'v') ADVANCE(358);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'v') ADVANCE(365);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'v') ADVANCE(366);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'y') ADVANCE(62);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'y') ADVANCE(60);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(aux_sym_flag_token2);
      if (lookahead == '$') ADVANCE(30);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(509);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(aux_sym_flag_token2);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(510);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(aux_sym_flag_token3);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(aux_sym_flag_token3);
      if (lookahead == '$') ADVANCE(30);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(anon_sym_EQ2);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(anon_sym_DASH_GT);
      if (lookahead == '!') ADVANCE(518);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(anon_sym_DASH_GT);
      if (lookahead == '!') ADVANCE(519);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < ' ' || '"' < lookahead) &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(anon_sym_PLUS_GT);
      if (lookahead == '!') ADVANCE(520);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(anon_sym_PLUS_GT);
      if (lookahead == '!') ADVANCE(521);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < ' ' || '"' < lookahead) &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(anon_sym_DASH_GT_BANG);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(anon_sym_DASH_GT_BANG);
      if (lookahead == '$') ADVANCE(31);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(312);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(anon_sym_PLUS_GT_BANG);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(anon_sym_PLUS_GT_BANG);
      if (lookahead == '$') ADVANCE(31);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(312);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(anon_sym_restart);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(anon_sym_restart);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(anon_sym_SetOptionString);
      if (lookahead == '$') ADVANCE(31);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(anon_sym_SetOptionString);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'A') ADVANCE(535);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'a') ADVANCE(530);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'c') ADVANCE(532);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'e') ADVANCE(536);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'e') ADVANCE(528);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'l') ADVANCE(529);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'l') ADVANCE(539);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'l') ADVANCE(534);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'p') ADVANCE(533);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym_command_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(anon_sym_ReplaceAll);
      if (lookahead == '$') ADVANCE(31);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(312);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(anon_sym_ReplaceAll);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(537);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(anon_sym_ReplaceAll);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(anon_sym_With);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(anon_sym_With);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(30);
      if (lookahead == 'e') ADVANCE(316);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(30);
      if (lookahead == 'm') ADVANCE(543);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(30);
      if (lookahead == 'o') ADVANCE(544);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(30);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(509);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(30);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(547);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(22);
      if (lookahead == ']') ADVANCE(512);
      if (lookahead == '"' ||
          ('\'' <= lookahead && lookahead <= ')') ||
          lookahead == '`' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(548);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym_variable);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(anon_sym_BQUOTE);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(anon_sym_BQUOTE2);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 0, .external_lex_state = 2},
  [2] = {.lex_state = 0, .external_lex_state = 2},
  [3] = {.lex_state = 0, .external_lex_state = 2},
  [4] = {.lex_state = 43, .external_lex_state = 3},
  [5] = {.lex_state = 32, .external_lex_state = 4},
  [6] = {.lex_state = 32, .external_lex_state = 4},
  [7] = {.lex_state = 32, .external_lex_state = 4},
  [8] = {.lex_state = 37, .external_lex_state = 4},
  [9] = {.lex_state = 37, .external_lex_state = 4},
  [10] = {.lex_state = 37, .external_lex_state = 4},
  [11] = {.lex_state = 37, .external_lex_state = 4},
  [12] = {.lex_state = 37, .external_lex_state = 4},
  [13] = {.lex_state = 34, .external_lex_state = 4},
  [14] = {.lex_state = 35, .external_lex_state = 5},
  [15] = {.lex_state = 35, .external_lex_state = 5},
  [16] = {.lex_state = 35, .external_lex_state = 5},
  [17] = {.lex_state = 35, .external_lex_state = 5},
  [18] = {.lex_state = 35, .external_lex_state = 5},
  [19] = {.lex_state = 35, .external_lex_state = 5},
  [20] = {.lex_state = 45, .external_lex_state = 4},
  [21] = {.lex_state = 35, .external_lex_state = 5},
  [22] = {.lex_state = 35, .external_lex_state = 5},
  [23] = {.lex_state = 35, .external_lex_state = 5},
  [24] = {.lex_state = 35, .external_lex_state = 5},
  [25] = {.lex_state = 45, .external_lex_state = 4},
  [26] = {.lex_state = 34, .external_lex_state = 4},
  [27] = {.lex_state = 35, .external_lex_state = 5},
  [28] = {.lex_state = 35, .external_lex_state = 5},
  [29] = {.lex_state = 34, .external_lex_state = 4},
  [30] = {.lex_state = 35, .external_lex_state = 5},
  [31] = {.lex_state = 35, .external_lex_state = 5},
  [32] = {.lex_state = 45, .external_lex_state = 4},
  [33] = {.lex_state = 39, .external_lex_state = 4},
  [34] = {.lex_state = 39, .external_lex_state = 4},
  [35] = {.lex_state = 35, .external_lex_state = 5},
  [36] = {.lex_state = 38, .external_lex_state = 4},
  [37] = {.lex_state = 38, .external_lex_state = 4},
  [38] = {.lex_state = 35, .external_lex_state = 5},
  [39] = {.lex_state = 38, .external_lex_state = 4},
  [40] = {.lex_state = 38, .external_lex_state = 4},
  [41] = {.lex_state = 38, .external_lex_state = 4},
  [42] = {.lex_state = 35, .external_lex_state = 5},
  [43] = {.lex_state = 39, .external_lex_state = 4},
  [44] = {.lex_state = 40, .external_lex_state = 4},
  [45] = {.lex_state = 40, .external_lex_state = 4},
  [46] = {.lex_state = 36, .external_lex_state = 5},
  [47] = {.lex_state = 36, .external_lex_state = 5},
  [48] = {.lex_state = 36, .external_lex_state = 5},
  [49] = {.lex_state = 36, .external_lex_state = 5},
  [50] = {.lex_state = 36, .external_lex_state = 5},
  [51] = {.lex_state = 36, .external_lex_state = 5},
  [52] = {.lex_state = 36, .external_lex_state = 5},
  [53] = {.lex_state = 36, .external_lex_state = 5},
  [54] = {.lex_state = 36, .external_lex_state = 5},
  [55] = {.lex_state = 36, .external_lex_state = 5},
  [56] = {.lex_state = 36, .external_lex_state = 5},
  [57] = {.lex_state = 46, .external_lex_state = 4},
  [58] = {.lex_state = 36, .external_lex_state = 5},
  [59] = {.lex_state = 36, .external_lex_state = 5},
  [60] = {.lex_state = 46, .external_lex_state = 4},
  [61] = {.lex_state = 46, .external_lex_state = 4},
  [62] = {.lex_state = 36, .external_lex_state = 5},
  [63] = {.lex_state = 46, .external_lex_state = 4},
  [64] = {.lex_state = 36, .external_lex_state = 5},
  [65] = {.lex_state = 36, .external_lex_state = 5},
  [66] = {.lex_state = 36, .external_lex_state = 5},
  [67] = {.lex_state = 36, .external_lex_state = 5},
  [68] = {.lex_state = 46, .external_lex_state = 4},
  [69] = {.lex_state = 36, .external_lex_state = 5},
  [70] = {.lex_state = 36, .external_lex_state = 5},
  [71] = {.lex_state = 36, .external_lex_state = 5},
  [72] = {.lex_state = 40, .external_lex_state = 4},
  [73] = {.lex_state = 36, .external_lex_state = 5},
  [74] = {.lex_state = 36, .external_lex_state = 5},
  [75] = {.lex_state = 36, .external_lex_state = 5},
  [76] = {.lex_state = 36, .external_lex_state = 5},
  [77] = {.lex_state = 36, .external_lex_state = 5},
  [78] = {.lex_state = 36, .external_lex_state = 5},
  [79] = {.lex_state = 32, .external_lex_state = 4},
  [80] = {.lex_state = 32, .external_lex_state = 4},
  [81] = {.lex_state = 32, .external_lex_state = 4},
  [82] = {.lex_state = 32, .external_lex_state = 4},
  [83] = {.lex_state = 32, .external_lex_state = 4},
  [84] = {.lex_state = 32, .external_lex_state = 4},
  [85] = {.lex_state = 36, .external_lex_state = 3},
  [86] = {.lex_state = 45, .external_lex_state = 4},
  [87] = {.lex_state = 45, .external_lex_state = 4},
  [88] = {.lex_state = 34, .external_lex_state = 4},
  [89] = {.lex_state = 45, .external_lex_state = 5},
  [90] = {.lex_state = 41, .external_lex_state = 4},
  [91] = {.lex_state = 34, .external_lex_state = 4},
  [92] = {.lex_state = 41, .external_lex_state = 4},
  [93] = {.lex_state = 34, .external_lex_state = 4},
  [94] = {.lex_state = 34, .external_lex_state = 4},
  [95] = {.lex_state = 45, .external_lex_state = 4},
  [96] = {.lex_state = 45, .external_lex_state = 5},
  [97] = {.lex_state = 45, .external_lex_state = 4},
  [98] = {.lex_state = 36, .external_lex_state = 3},
  [99] = {.lex_state = 45, .external_lex_state = 4},
  [100] = {.lex_state = 41, .external_lex_state = 4},
  [101] = {.lex_state = 41, .external_lex_state = 4},
  [102] = {.lex_state = 34, .external_lex_state = 4},
  [103] = {.lex_state = 41, .external_lex_state = 4},
  [104] = {.lex_state = 34, .external_lex_state = 4},
  [105] = {.lex_state = 45, .external_lex_state = 5},
  [106] = {.lex_state = 36, .external_lex_state = 3},
  [107] = {.lex_state = 45, .external_lex_state = 4},
  [108] = {.lex_state = 46, .external_lex_state = 4},
  [109] = {.lex_state = 36, .external_lex_state = 4},
  [110] = {.lex_state = 46, .external_lex_state = 4},
  [111] = {.lex_state = 41, .external_lex_state = 5},
  [112] = {.lex_state = 41, .external_lex_state = 5},
  [113] = {.lex_state = 46, .external_lex_state = 4},
  [114] = {.lex_state = 46, .external_lex_state = 4},
  [115] = {.lex_state = 46, .external_lex_state = 4},
  [116] = {.lex_state = 36, .external_lex_state = 4},
  [117] = {.lex_state = 36, .external_lex_state = 4},
  [118] = {.lex_state = 46, .external_lex_state = 4},
  [119] = {.lex_state = 41, .external_lex_state = 5},
  [120] = {.lex_state = 3, .external_lex_state = 3},
  [121] = {.lex_state = 43, .external_lex_state = 5},
  [122] = {.lex_state = 3, .external_lex_state = 3},
  [123] = {.lex_state = 41, .external_lex_state = 3},
  [124] = {.lex_state = 5, .external_lex_state = 3},
  [125] = {.lex_state = 41, .external_lex_state = 3},
  [126] = {.lex_state = 5, .external_lex_state = 3},
  [127] = {.lex_state = 3, .external_lex_state = 3},
  [128] = {.lex_state = 41, .external_lex_state = 3},
  [129] = {.lex_state = 41, .external_lex_state = 3},
  [130] = {.lex_state = 41, .external_lex_state = 3},
  [131] = {.lex_state = 43, .external_lex_state = 5},
  [132] = {.lex_state = 43, .external_lex_state = 5},
  [133] = {.lex_state = 4, .external_lex_state = 3},
  [134] = {.lex_state = 36, .external_lex_state = 4},
  [135] = {.lex_state = 43, .external_lex_state = 4},
  [136] = {.lex_state = 4, .external_lex_state = 3},
  [137] = {.lex_state = 35, .external_lex_state = 5},
  [138] = {.lex_state = 43, .external_lex_state = 4},
  [139] = {.lex_state = 4, .external_lex_state = 3},
  [140] = {.lex_state = 36, .external_lex_state = 4},
  [141] = {.lex_state = 36, .external_lex_state = 4},
  [142] = {.lex_state = 43, .external_lex_state = 4},
  [143] = {.lex_state = 36, .external_lex_state = 4},
  [144] = {.lex_state = 36, .external_lex_state = 4},
  [145] = {.lex_state = 47, .external_lex_state = 5},
  [146] = {.lex_state = 2, .external_lex_state = 3},
  [147] = {.lex_state = 47, .external_lex_state = 5},
  [148] = {.lex_state = 47, .external_lex_state = 5},
  [149] = {.lex_state = 36, .external_lex_state = 5},
  [150] = {.lex_state = 5, .external_lex_state = 3},
  [151] = {.lex_state = 5, .external_lex_state = 3},
  [152] = {.lex_state = 36, .external_lex_state = 3},
  [153] = {.lex_state = 36, .external_lex_state = 3},
  [154] = {.lex_state = 36, .external_lex_state = 5},
  [155] = {.lex_state = 36, .external_lex_state = 5},
  [156] = {.lex_state = 36, .external_lex_state = 3},
  [157] = {.lex_state = 36, .external_lex_state = 5},
  [158] = {.lex_state = 47, .external_lex_state = 5},
  [159] = {.lex_state = 36, .external_lex_state = 3},
  [160] = {.lex_state = 47, .external_lex_state = 5},
  [161] = {.lex_state = 47, .external_lex_state = 5},
  [162] = {.lex_state = 47, .external_lex_state = 5},
  [163] = {.lex_state = 47, .external_lex_state = 5},
  [164] = {.lex_state = 2, .external_lex_state = 3},
  [165] = {.lex_state = 5, .external_lex_state = 3},
  [166] = {.lex_state = 2, .external_lex_state = 3},
  [167] = {.lex_state = 2, .external_lex_state = 3},
  [168] = {.lex_state = 2, .external_lex_state = 3},
  [169] = {.lex_state = 2, .external_lex_state = 3},
  [170] = {.lex_state = 1, .external_lex_state = 3},
  [171] = {.lex_state = 45, .external_lex_state = 5},
  [172] = {.lex_state = 0, .external_lex_state = 5},
  [173] = {.lex_state = 0, .external_lex_state = 5},
  [174] = {.lex_state = 1, .external_lex_state = 3},
  [175] = {.lex_state = 0, .external_lex_state = 5},
  [176] = {.lex_state = 7, .external_lex_state = 3},
  [177] = {.lex_state = 45, .external_lex_state = 5},
  [178] = {.lex_state = 45, .external_lex_state = 5},
  [179] = {.lex_state = 0, .external_lex_state = 5},
  [180] = {.lex_state = 1, .external_lex_state = 3},
  [181] = {.lex_state = 7, .external_lex_state = 3},
  [182] = {.lex_state = 0, .external_lex_state = 5},
  [183] = {.lex_state = 36, .external_lex_state = 3},
  [184] = {.lex_state = 36, .external_lex_state = 3},
  [185] = {.lex_state = 1, .external_lex_state = 3},
  [186] = {.lex_state = 7, .external_lex_state = 3},
  [187] = {.lex_state = 45, .external_lex_state = 5},
  [188] = {.lex_state = 0, .external_lex_state = 5},
  [189] = {.lex_state = 1, .external_lex_state = 3},
  [190] = {.lex_state = 1, .external_lex_state = 3},
  [191] = {.lex_state = 5, .external_lex_state = 3},
  [192] = {.lex_state = 3, .external_lex_state = 3},
  [193] = {.lex_state = 5, .external_lex_state = 3},
  [194] = {.lex_state = 8, .external_lex_state = 3},
  [195] = {.lex_state = 8, .external_lex_state = 3},
  [196] = {.lex_state = 3, .external_lex_state = 3},
  [197] = {.lex_state = 8, .external_lex_state = 3},
  [198] = {.lex_state = 3, .external_lex_state = 3},
  [199] = {.lex_state = 5, .external_lex_state = 3},
  [200] = {.lex_state = 5, .external_lex_state = 3},
  [201] = {.lex_state = 36, .external_lex_state = 3},
  [202] = {.lex_state = 0, .external_lex_state = 3},
  [203] = {.lex_state = 2, .external_lex_state = 6},
  [204] = {.lex_state = 43, .external_lex_state = 3},
  [205] = {.lex_state = 2, .external_lex_state = 7},
  [206] = {.lex_state = 2, .external_lex_state = 8},
  [207] = {.lex_state = 2, .external_lex_state = 6},
  [208] = {.lex_state = 47, .external_lex_state = 5},
  [209] = {.lex_state = 2, .external_lex_state = 7},
  [210] = {.lex_state = 2, .external_lex_state = 8},
  [211] = {.lex_state = 2, .external_lex_state = 6},
  [212] = {.lex_state = 47, .external_lex_state = 5},
  [213] = {.lex_state = 43, .external_lex_state = 3},
  [214] = {.lex_state = 43, .external_lex_state = 3},
  [215] = {.lex_state = 2, .external_lex_state = 7},
  [216] = {.lex_state = 2, .external_lex_state = 8},
  [217] = {.lex_state = 2, .external_lex_state = 6},
  [218] = {.lex_state = 43, .external_lex_state = 3},
  [219] = {.lex_state = 2, .external_lex_state = 7},
  [220] = {.lex_state = 47, .external_lex_state = 5},
  [221] = {.lex_state = 2, .external_lex_state = 8},
  [222] = {.lex_state = 2, .external_lex_state = 6},
  [223] = {.lex_state = 2, .external_lex_state = 7},
  [224] = {.lex_state = 2, .external_lex_state = 8},
  [225] = {.lex_state = 2, .external_lex_state = 6},
  [226] = {.lex_state = 0, .external_lex_state = 5},
  [227] = {.lex_state = 2, .external_lex_state = 7},
  [228] = {.lex_state = 2, .external_lex_state = 8},
  [229] = {.lex_state = 2, .external_lex_state = 6},
  [230] = {.lex_state = 2, .external_lex_state = 7},
  [231] = {.lex_state = 2, .external_lex_state = 8},
  [232] = {.lex_state = 2, .external_lex_state = 6},
  [233] = {.lex_state = 2, .external_lex_state = 7},
  [234] = {.lex_state = 2, .external_lex_state = 8},
  [235] = {.lex_state = 2, .external_lex_state = 6},
  [236] = {.lex_state = 2, .external_lex_state = 7},
  [237] = {.lex_state = 2, .external_lex_state = 8},
  [238] = {.lex_state = 2, .external_lex_state = 6},
  [239] = {.lex_state = 2, .external_lex_state = 7},
  [240] = {.lex_state = 2, .external_lex_state = 8},
  [241] = {.lex_state = 2, .external_lex_state = 6},
  [242] = {.lex_state = 2, .external_lex_state = 7},
  [243] = {.lex_state = 2, .external_lex_state = 8},
  [244] = {.lex_state = 2, .external_lex_state = 6},
  [245] = {.lex_state = 43, .external_lex_state = 3},
  [246] = {.lex_state = 2, .external_lex_state = 7},
  [247] = {.lex_state = 2, .external_lex_state = 8},
  [248] = {.lex_state = 2, .external_lex_state = 6},
  [249] = {.lex_state = 2, .external_lex_state = 7},
  [250] = {.lex_state = 2, .external_lex_state = 8},
  [251] = {.lex_state = 2, .external_lex_state = 6},
  [252] = {.lex_state = 2, .external_lex_state = 7},
  [253] = {.lex_state = 2, .external_lex_state = 8},
  [254] = {.lex_state = 0, .external_lex_state = 5},
  [255] = {.lex_state = 2, .external_lex_state = 7},
  [256] = {.lex_state = 2, .external_lex_state = 8},
  [257] = {.lex_state = 2, .external_lex_state = 6},
  [258] = {.lex_state = 2, .external_lex_state = 7},
  [259] = {.lex_state = 2, .external_lex_state = 8},
  [260] = {.lex_state = 2, .external_lex_state = 6},
  [261] = {.lex_state = 2, .external_lex_state = 7},
  [262] = {.lex_state = 2, .external_lex_state = 8},
  [263] = {.lex_state = 2, .external_lex_state = 6},
  [264] = {.lex_state = 2, .external_lex_state = 7},
  [265] = {.lex_state = 2, .external_lex_state = 8},
  [266] = {.lex_state = 2, .external_lex_state = 6},
  [267] = {.lex_state = 2, .external_lex_state = 7},
  [268] = {.lex_state = 2, .external_lex_state = 8},
  [269] = {.lex_state = 2, .external_lex_state = 6},
  [270] = {.lex_state = 2, .external_lex_state = 7},
  [271] = {.lex_state = 2, .external_lex_state = 8},
  [272] = {.lex_state = 2, .external_lex_state = 6},
  [273] = {.lex_state = 2, .external_lex_state = 7},
  [274] = {.lex_state = 2, .external_lex_state = 8},
  [275] = {.lex_state = 2, .external_lex_state = 6},
  [276] = {.lex_state = 2, .external_lex_state = 7},
  [277] = {.lex_state = 2, .external_lex_state = 8},
  [278] = {.lex_state = 2, .external_lex_state = 6},
  [279] = {.lex_state = 2, .external_lex_state = 7},
  [280] = {.lex_state = 2, .external_lex_state = 8},
  [281] = {.lex_state = 2, .external_lex_state = 6},
  [282] = {.lex_state = 2, .external_lex_state = 7},
  [283] = {.lex_state = 2, .external_lex_state = 8},
  [284] = {.lex_state = 2, .external_lex_state = 6},
  [285] = {.lex_state = 2, .external_lex_state = 7},
  [286] = {.lex_state = 2, .external_lex_state = 8},
  [287] = {.lex_state = 2, .external_lex_state = 6},
  [288] = {.lex_state = 2, .external_lex_state = 7},
  [289] = {.lex_state = 2, .external_lex_state = 8},
  [290] = {.lex_state = 2, .external_lex_state = 6},
  [291] = {.lex_state = 2, .external_lex_state = 7},
  [292] = {.lex_state = 2, .external_lex_state = 8},
  [293] = {.lex_state = 2, .external_lex_state = 6},
  [294] = {.lex_state = 2, .external_lex_state = 7},
  [295] = {.lex_state = 2, .external_lex_state = 8},
  [296] = {.lex_state = 2, .external_lex_state = 6},
  [297] = {.lex_state = 2, .external_lex_state = 7},
  [298] = {.lex_state = 2, .external_lex_state = 8},
  [299] = {.lex_state = 2, .external_lex_state = 6},
  [300] = {.lex_state = 2, .external_lex_state = 7},
  [301] = {.lex_state = 2, .external_lex_state = 8},
  [302] = {.lex_state = 0, .external_lex_state = 5},
  [303] = {.lex_state = 2, .external_lex_state = 7},
  [304] = {.lex_state = 2, .external_lex_state = 8},
  [305] = {.lex_state = 2, .external_lex_state = 6},
  [306] = {.lex_state = 2, .external_lex_state = 7},
  [307] = {.lex_state = 2, .external_lex_state = 8},
  [308] = {.lex_state = 2, .external_lex_state = 6},
  [309] = {.lex_state = 2, .external_lex_state = 7},
  [310] = {.lex_state = 2, .external_lex_state = 8},
  [311] = {.lex_state = 2, .external_lex_state = 6},
  [312] = {.lex_state = 0, .external_lex_state = 5},
  [313] = {.lex_state = 2, .external_lex_state = 6},
  [314] = {.lex_state = 5, .external_lex_state = 3},
  [315] = {.lex_state = 43, .external_lex_state = 3},
  [316] = {.lex_state = 43, .external_lex_state = 3},
  [317] = {.lex_state = 43, .external_lex_state = 3},
  [318] = {.lex_state = 20, .external_lex_state = 3},
  [319] = {.lex_state = 43, .external_lex_state = 3},
  [320] = {.lex_state = 43, .external_lex_state = 3},
  [321] = {.lex_state = 43, .external_lex_state = 3},
  [322] = {.lex_state = 20, .external_lex_state = 3},
  [323] = {.lex_state = 43, .external_lex_state = 3},
  [324] = {.lex_state = 20, .external_lex_state = 3},
  [325] = {.lex_state = 32, .external_lex_state = 3},
  [326] = {.lex_state = 43, .external_lex_state = 3},
  [327] = {.lex_state = 43, .external_lex_state = 3},
  [328] = {.lex_state = 43, .external_lex_state = 3},
  [329] = {.lex_state = 43, .external_lex_state = 3},
  [330] = {.lex_state = 43, .external_lex_state = 3},
  [331] = {.lex_state = 43, .external_lex_state = 3},
  [332] = {.lex_state = 32, .external_lex_state = 3},
  [333] = {.lex_state = 43, .external_lex_state = 3},
  [334] = {.lex_state = 5, .external_lex_state = 3},
  [335] = {.lex_state = 43, .external_lex_state = 3},
  [336] = {.lex_state = 43, .external_lex_state = 3},
  [337] = {.lex_state = 43, .external_lex_state = 3},
  [338] = {.lex_state = 43, .external_lex_state = 3},
  [339] = {.lex_state = 43, .external_lex_state = 3},
  [340] = {.lex_state = 43, .external_lex_state = 3},
  [341] = {.lex_state = 43, .external_lex_state = 3},
  [342] = {.lex_state = 0, .external_lex_state = 3},
  [343] = {.lex_state = 43, .external_lex_state = 3},
  [344] = {.lex_state = 43, .external_lex_state = 3},
  [345] = {.lex_state = 43, .external_lex_state = 3},
  [346] = {.lex_state = 43, .external_lex_state = 3},
  [347] = {.lex_state = 32, .external_lex_state = 3},
  [348] = {.lex_state = 43, .external_lex_state = 3},
  [349] = {.lex_state = 32, .external_lex_state = 3},
  [350] = {.lex_state = 5, .external_lex_state = 3},
  [351] = {.lex_state = 43, .external_lex_state = 3},
  [352] = {.lex_state = 5, .external_lex_state = 3},
  [353] = {.lex_state = 43, .external_lex_state = 3},
  [354] = {.lex_state = 5, .external_lex_state = 3},
  [355] = {.lex_state = 5, .external_lex_state = 3},
  [356] = {.lex_state = 5, .external_lex_state = 3},
  [357] = {.lex_state = 43, .external_lex_state = 3},
  [358] = {.lex_state = 43, .external_lex_state = 3},
};

enum {
  ts_external_token_comment = 0,
  ts_external_token__section_start = 1,
  ts_external_token__selector_start = 2,
  ts_external_token_option_name = 3,
  ts_external_token__dq_text = 4,
  ts_external_token__sq_text = 5,
  ts_external_token__bq_text = 6,
  ts_external_token__error_sentinel = 7,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token_comment] = sym_comment,
  [ts_external_token__section_start] = sym__section_start,
  [ts_external_token__selector_start] = sym__selector_start,
  [ts_external_token_option_name] = sym_option_name,
  [ts_external_token__dq_text] = sym__dq_text,
  [ts_external_token__sq_text] = sym__sq_text,
  [ts_external_token__bq_text] = sym__bq_text,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[9][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token_comment] = true,
    [ts_external_token__section_start] = true,
    [ts_external_token__selector_start] = true,
    [ts_external_token_option_name] = true,
    [ts_external_token__dq_text] = true,
    [ts_external_token__sq_text] = true,
    [ts_external_token__bq_text] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token_comment] = true,
    [ts_external_token__section_start] = true,
  },
  [3] = {
    [ts_external_token_comment] = true,
  },
  [4] = {
    [ts_external_token_comment] = true,
    [ts_external_token__section_start] = true,
    [ts_external_token__selector_start] = true,
    [ts_external_token_option_name] = true,
  },
  [5] = {
    [ts_external_token_comment] = true,
    [ts_external_token__section_start] = true,
    [ts_external_token__selector_start] = true,
  },
  [6] = {
    [ts_external_token_comment] = true,
    [ts_external_token__bq_text] = true,
  },
  [7] = {
    [ts_external_token_comment] = true,
    [ts_external_token__dq_text] = true,
  },
  [8] = {
    [ts_external_token_comment] = true,
    [ts_external_token__sq_text] = true,
  },
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_control] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_groups] = ACTIONS(1),
    [anon_sym_classes] = ACTIONS(1),
    [anon_sym_files] = ACTIONS(1),
    [anon_sym_tidy] = ACTIONS(1),
    [anon_sym_copy] = ACTIONS(1),
    [anon_sym_disable] = ACTIONS(1),
    [anon_sym_directories] = ACTIONS(1),
    [anon_sym_required] = ACTIONS(1),
    [anon_sym_disks] = ACTIONS(1),
    [anon_sym_import] = ACTIONS(1),
    [anon_sym_ignore] = ACTIONS(1),
    [anon_sym_binservers] = ACTIONS(1),
    [anon_sym_mailserver] = ACTIONS(1),
    [anon_sym_mountables] = ACTIONS(1),
    [anon_sym_broadcast] = ACTIONS(1),
    [anon_sym_resolve] = ACTIONS(1),
    [anon_sym_defaultroute] = ACTIONS(1),
    [anon_sym_unmount] = ACTIONS(1),
    [anon_sym_editfiles] = ACTIONS(1),
    [anon_sym_acl] = ACTIONS(1),
    [anon_sym_links] = ACTIONS(1),
    [anon_sym_processes] = ACTIONS(1),
    [anon_sym_shellcommands] = ACTIONS(1),
    [anon_sym_miscmounts] = ACTIONS(1),
    [anon_sym_COLON_COLON] = ACTIONS(1),
    [anon_sym_BANG] = ACTIONS(1),
    [anon_sym_LPAREN] = ACTIONS(1),
    [anon_sym_RPAREN] = ACTIONS(1),
    [sym_operator] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_LPAREN2] = ACTIONS(1),
    [anon_sym_RPAREN2] = ACTIONS(1),
    [aux_sym__list_punctuation_token3] = ACTIONS(1),
    [sym_home] = ACTIONS(1),
    [aux_sym_flag_token1] = ACTIONS(1),
    [aux_sym_flag_token3] = ACTIONS(1),
    [anon_sym_EQ2] = ACTIONS(1),
    [anon_sym_DASH_GT] = ACTIONS(1),
    [anon_sym_PLUS_GT] = ACTIONS(1),
    [anon_sym_DASH_GT_BANG] = ACTIONS(1),
    [anon_sym_PLUS_GT_BANG] = ACTIONS(1),
    [anon_sym_restart] = ACTIONS(1),
    [anon_sym_SetOptionString] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_ReplaceAll] = ACTIONS(1),
    [anon_sym_With] = ACTIONS(1),
    [sym_variable] = ACTIONS(1),
    [anon_sym_DQUOTE] = ACTIONS(1),
    [anon_sym_DQUOTE2] = ACTIONS(1),
    [anon_sym_SQUOTE] = ACTIONS(1),
    [anon_sym_SQUOTE2] = ACTIONS(1),
    [anon_sym_BQUOTE] = ACTIONS(1),
    [anon_sym_BQUOTE2] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym__section_start] = ACTIONS(1),
    [sym__selector_start] = ACTIONS(1),
    [sym_option_name] = ACTIONS(1),
    [sym__dq_text] = ACTIONS(1),
    [sym__sq_text] = ACTIONS(1),
    [sym__bq_text] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_policy] = STATE(342),
    [sym__section] = STATE(2),
    [sym_control_section] = STATE(2),
    [sym_groups_section] = STATE(2),
    [sym_classes_section] = STATE(2),
    [sym_files_section] = STATE(2),
    [sym_tidy_section] = STATE(2),
    [sym_copy_section] = STATE(2),
    [sym_disable_section] = STATE(2),
    [sym_directories_section] = STATE(2),
    [sym_required_section] = STATE(2),
    [sym_disks_section] = STATE(2),
    [sym_import_section] = STATE(2),
    [sym_ignore_section] = STATE(2),
    [sym_homeservers_section] = STATE(2),
    [sym_binservers_section] = STATE(2),
    [sym_mailserver_section] = STATE(2),
    [sym_mountables_section] = STATE(2),
    [sym_broadcast_section] = STATE(2),
    [sym_resolve_section] = STATE(2),
    [sym_defaultroute_section] = STATE(2),
    [sym_unmount_section] = STATE(2),
    [sym_editfiles_section] = STATE(2),
    [sym_acl_section] = STATE(2),
    [sym_links_section] = STATE(2),
    [sym_processes_section] = STATE(2),
    [sym_shellcommands_section] = STATE(2),
    [sym_miscmounts_section] = STATE(2),
    [sym_unknown_section] = STATE(2),
    [aux_sym_policy_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(5),
    [sym_comment] = ACTIONS(3),
    [sym__section_start] = ACTIONS(7),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym__section_start,
    ACTIONS(9), 1,
      ts_builtin_sym_end,
    STATE(3), 29,
      sym__section,
      sym_control_section,
      sym_groups_section,
      sym_classes_section,
      sym_files_section,
      sym_tidy_section,
      sym_copy_section,
      sym_disable_section,
      sym_directories_section,
      sym_required_section,
      sym_disks_section,
      sym_import_section,
      sym_ignore_section,
      sym_homeservers_section,
      sym_binservers_section,
      sym_mailserver_section,
      sym_mountables_section,
      sym_broadcast_section,
      sym_resolve_section,
      sym_defaultroute_section,
      sym_unmount_section,
      sym_editfiles_section,
      sym_acl_section,
      sym_links_section,
      sym_processes_section,
      sym_shellcommands_section,
      sym_miscmounts_section,
      sym_unknown_section,
      aux_sym_policy_repeat1,
  [41] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(11), 1,
      ts_builtin_sym_end,
    ACTIONS(13), 1,
      sym__section_start,
    STATE(3), 29,
      sym__section,
      sym_control_section,
      sym_groups_section,
      sym_classes_section,
      sym_files_section,
      sym_tidy_section,
      sym_copy_section,
      sym_disable_section,
      sym_directories_section,
      sym_required_section,
      sym_disks_section,
      sym_import_section,
      sym_ignore_section,
      sym_homeservers_section,
      sym_binservers_section,
      sym_mailserver_section,
      sym_mountables_section,
      sym_broadcast_section,
      sym_resolve_section,
      sym_defaultroute_section,
      sym_unmount_section,
      sym_editfiles_section,
      sym_acl_section,
      sym_links_section,
      sym_processes_section,
      sym_shellcommands_section,
      sym_miscmounts_section,
      sym_unknown_section,
      aux_sym_policy_repeat1,
  [82] = 28,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(16), 1,
      anon_sym_control,
    ACTIONS(18), 1,
      anon_sym_groups,
    ACTIONS(20), 1,
      anon_sym_classes,
    ACTIONS(22), 1,
      anon_sym_files,
    ACTIONS(24), 1,
      anon_sym_tidy,
    ACTIONS(26), 1,
      anon_sym_copy,
    ACTIONS(28), 1,
      anon_sym_disable,
    ACTIONS(30), 1,
      anon_sym_directories,
    ACTIONS(32), 1,
      anon_sym_required,
    ACTIONS(34), 1,
      anon_sym_disks,
    ACTIONS(36), 1,
      anon_sym_import,
    ACTIONS(38), 1,
      anon_sym_ignore,
    ACTIONS(40), 1,
      anon_sym_homeservers,
    ACTIONS(42), 1,
      anon_sym_binservers,
    ACTIONS(44), 1,
      anon_sym_mailserver,
    ACTIONS(46), 1,
      anon_sym_mountables,
    ACTIONS(48), 1,
      anon_sym_broadcast,
    ACTIONS(50), 1,
      anon_sym_resolve,
    ACTIONS(52), 1,
      anon_sym_defaultroute,
    ACTIONS(54), 1,
      anon_sym_unmount,
    ACTIONS(56), 1,
      anon_sym_editfiles,
    ACTIONS(58), 1,
      anon_sym_acl,
    ACTIONS(60), 1,
      anon_sym_links,
    ACTIONS(62), 1,
      anon_sym_processes,
    ACTIONS(64), 1,
      anon_sym_shellcommands,
    ACTIONS(66), 1,
      anon_sym_miscmounts,
    ACTIONS(68), 1,
      aux_sym_unknown_section_token1,
  [167] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(76), 1,
      sym_option_name,
    ACTIONS(72), 2,
      sym_home,
      aux_sym_word_token1,
    ACTIONS(74), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(7), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(70), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [197] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 1,
      sym_option_name,
    ACTIONS(80), 2,
      sym_home,
      aux_sym_word_token1,
    ACTIONS(82), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(6), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(78), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [227] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(76), 1,
      sym_option_name,
    ACTIONS(90), 2,
      sym_home,
      aux_sym_word_token1,
    ACTIONS(74), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(6), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(88), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [257] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(94), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(96), 1,
      aux_sym__list_punctuation_token3,
    STATE(12), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(98), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(92), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [287] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(102), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(104), 1,
      aux_sym__list_punctuation_token3,
    STATE(11), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(106), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(100), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [317] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(112), 1,
      aux_sym__list_punctuation_token3,
    STATE(9), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(114), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(108), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [347] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(118), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(121), 1,
      aux_sym__list_punctuation_token3,
    STATE(11), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(116), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [377] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(102), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(104), 1,
      aux_sym__list_punctuation_token3,
    STATE(11), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(128), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(126), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [407] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(80), 1,
      aux_sym_word_token1,
    ACTIONS(133), 1,
      sym_option_name,
    ACTIONS(130), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(13), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(78), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [436] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(136), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [475] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(152), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [514] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(154), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [553] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(156), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [592] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(158), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [631] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(160), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [670] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 1,
      aux_sym_flag_token1,
    ACTIONS(168), 1,
      anon_sym_restart,
    ACTIONS(170), 1,
      anon_sym_SetOptionString,
    ACTIONS(172), 1,
      sym_option_name,
    ACTIONS(166), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(25), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(162), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [703] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(174), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [742] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(176), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(15), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [781] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(178), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(16), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [820] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(182), 1,
      sym_home,
    ACTIONS(185), 1,
      aux_sym_word_token1,
    ACTIONS(188), 1,
      sym_variable,
    ACTIONS(191), 1,
      anon_sym_DQUOTE,
    ACTIONS(194), 1,
      anon_sym_SQUOTE,
    ACTIONS(197), 1,
      anon_sym_BQUOTE,
    ACTIONS(200), 1,
      sym__selector_start,
    ACTIONS(180), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [859] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 1,
      aux_sym_flag_token1,
    ACTIONS(172), 1,
      sym_option_name,
    ACTIONS(205), 1,
      anon_sym_restart,
    ACTIONS(207), 1,
      anon_sym_SetOptionString,
    ACTIONS(166), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(32), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(203), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [892] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(213), 1,
      aux_sym_word_token1,
    ACTIONS(215), 1,
      sym_option_name,
    ACTIONS(211), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(29), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(209), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [921] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(217), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(17), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [960] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(219), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(18), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [999] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(215), 1,
      sym_option_name,
    ACTIONS(223), 1,
      aux_sym_word_token1,
    ACTIONS(211), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(13), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(221), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1028] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(225), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(19), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1067] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(227), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(21), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1106] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 1,
      aux_sym_flag_token1,
    ACTIONS(235), 1,
      sym_option_name,
    ACTIONS(80), 2,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(232), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(32), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(78), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1137] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(238), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(240), 1,
      aux_sym__list_punctuation_token3,
    STATE(34), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(114), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(108), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1166] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(244), 1,
      aux_sym__list_punctuation_token3,
    STATE(43), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(106), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(100), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1195] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(246), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(42), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1234] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(250), 1,
      aux_sym__list_punctuation_token3,
    STATE(37), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(114), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(108), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1263] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(252), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(254), 1,
      aux_sym__list_punctuation_token3,
    STATE(41), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(106), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(100), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1292] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(256), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(14), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1331] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(258), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(260), 1,
      aux_sym__list_punctuation_token3,
    STATE(40), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(98), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(92), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1360] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(252), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(254), 1,
      aux_sym__list_punctuation_token3,
    STATE(41), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(128), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(126), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1389] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(265), 1,
      aux_sym__list_punctuation_token3,
    STATE(41), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(116), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1418] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(138), 1,
      sym_home,
    ACTIONS(140), 1,
      aux_sym_word_token1,
    ACTIONS(142), 1,
      sym_variable,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(150), 1,
      sym__selector_start,
    ACTIONS(268), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(5), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(24), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1457] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(270), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(273), 1,
      aux_sym__list_punctuation_token3,
    STATE(43), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(116), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1486] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(276), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(278), 1,
      aux_sym__list_punctuation_token3,
    STATE(72), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(114), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_SetOptionString,
    ACTIONS(108), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1514] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(280), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(283), 1,
      aux_sym__list_punctuation_token3,
    STATE(45), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_SetOptionString,
    ACTIONS(116), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1542] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(286), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(288), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(54), 3,
      sym_class_selector,
      sym_mount,
      aux_sym_miscmounts_section_repeat1,
    STATE(156), 3,
      sym__value,
      sym_word,
      sym_string,
  [1576] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(288), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(298), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(46), 3,
      sym_class_selector,
      sym_mount,
      aux_sym_miscmounts_section_repeat1,
    STATE(156), 3,
      sym__value,
      sym_word,
      sym_string,
  [1610] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(300), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(65), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [1644] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(310), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(66), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [1678] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(317), 1,
      anon_sym_DQUOTE,
    ACTIONS(320), 1,
      anon_sym_SQUOTE,
    ACTIONS(323), 1,
      anon_sym_BQUOTE,
    ACTIONS(326), 1,
      sym__selector_start,
    ACTIONS(312), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(314), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [1712] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(334), 1,
      anon_sym_DQUOTE,
    ACTIONS(337), 1,
      anon_sym_SQUOTE,
    ACTIONS(340), 1,
      anon_sym_BQUOTE,
    ACTIONS(343), 1,
      sym__selector_start,
    ACTIONS(329), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(331), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(51), 3,
      sym_class_selector,
      sym_link,
      aux_sym_links_section_repeat1,
    STATE(202), 3,
      sym__value,
      sym_word,
      sym_string,
  [1746] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(346), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(67), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [1780] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(348), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(69), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [1814] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(355), 1,
      anon_sym_DQUOTE,
    ACTIONS(358), 1,
      anon_sym_SQUOTE,
    ACTIONS(361), 1,
      anon_sym_BQUOTE,
    ACTIONS(364), 1,
      sym__selector_start,
    ACTIONS(350), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(352), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(54), 3,
      sym_class_selector,
      sym_mount,
      aux_sym_miscmounts_section_repeat1,
    STATE(156), 3,
      sym__value,
      sym_word,
      sym_string,
  [1848] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(367), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(70), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [1882] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(369), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(71), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [1916] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 1,
      aux_sym_flag_token1,
    ACTIONS(377), 1,
      anon_sym_SetOptionString,
    ACTIONS(379), 1,
      sym_option_name,
    ACTIONS(375), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(60), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(371), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1946] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(381), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(73), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [1980] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(383), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(74), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2014] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 1,
      aux_sym_flag_token1,
    ACTIONS(379), 1,
      sym_option_name,
    ACTIONS(387), 1,
      anon_sym_SetOptionString,
    ACTIONS(375), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(68), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(385), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2044] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 1,
      aux_sym_flag_token1,
    ACTIONS(379), 1,
      sym_option_name,
    ACTIONS(391), 1,
      anon_sym_SetOptionString,
    ACTIONS(375), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(63), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(389), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2074] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(393), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(75), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2108] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 1,
      aux_sym_flag_token1,
    ACTIONS(379), 1,
      sym_option_name,
    ACTIONS(397), 1,
      anon_sym_SetOptionString,
    ACTIONS(375), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(68), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(395), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2138] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(399), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(76), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2172] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(401), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2206] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(403), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2240] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(405), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2274] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(80), 1,
      anon_sym_SetOptionString,
    ACTIONS(407), 1,
      aux_sym_flag_token1,
    ACTIONS(413), 1,
      sym_option_name,
    ACTIONS(410), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(68), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(78), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2304] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(416), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2338] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(418), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2372] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(420), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2406] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(422), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(424), 1,
      aux_sym__list_punctuation_token3,
    STATE(45), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(106), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_SetOptionString,
    ACTIONS(100), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2434] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(426), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2468] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(428), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2502] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(430), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2536] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(304), 1,
      anon_sym_DQUOTE,
    ACTIONS(306), 1,
      anon_sym_SQUOTE,
    ACTIONS(308), 1,
      anon_sym_BQUOTE,
    ACTIONS(302), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(432), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(149), 3,
      sym__value,
      sym_word,
      sym_string,
  [2570] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(438), 1,
      anon_sym_DQUOTE,
    ACTIONS(440), 1,
      anon_sym_SQUOTE,
    ACTIONS(442), 1,
      anon_sym_BQUOTE,
    ACTIONS(434), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(436), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(51), 3,
      sym_class_selector,
      sym_link,
      aux_sym_links_section_repeat1,
    STATE(202), 3,
      sym__value,
      sym_word,
      sym_string,
  [2604] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(438), 1,
      anon_sym_DQUOTE,
    ACTIONS(440), 1,
      anon_sym_SQUOTE,
    ACTIONS(442), 1,
      anon_sym_BQUOTE,
    ACTIONS(436), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(444), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(77), 3,
      sym_class_selector,
      sym_link,
      aux_sym_links_section_repeat1,
    STATE(202), 3,
      sym__value,
      sym_word,
      sym_string,
  [2638] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(448), 5,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(446), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2659] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(452), 5,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(450), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2680] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(456), 5,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(454), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2701] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(460), 5,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(458), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2722] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(464), 5,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(462), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2743] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(468), 5,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(466), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2764] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(470), 1,
      anon_sym_RPAREN2,
    ACTIONS(472), 1,
      aux_sym__list_punctuation_token1,
    ACTIONS(476), 1,
      anon_sym_DQUOTE,
    ACTIONS(478), 1,
      anon_sym_SQUOTE,
    ACTIONS(480), 1,
      anon_sym_BQUOTE,
    ACTIONS(474), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(106), 5,
      sym__list_punctuation,
      sym__value,
      sym_word,
      sym_string,
      aux_sym_list_repeat1,
  [2794] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(464), 3,
      aux_sym_flag_token1,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(462), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2814] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(460), 3,
      aux_sym_flag_token1,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(458), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2834] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(468), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(466), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2854] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(484), 1,
      anon_sym_SetOptionString,
    ACTIONS(486), 1,
      anon_sym_DQUOTE,
    ACTIONS(488), 1,
      anon_sym_SQUOTE,
    ACTIONS(490), 1,
      anon_sym_BQUOTE,
    ACTIONS(492), 1,
      sym__selector_start,
    STATE(20), 1,
      sym_string,
    ACTIONS(482), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(105), 4,
      sym_class_selector,
      sym_process,
      sym_process_options,
      aux_sym_processes_section_repeat1,
  [2886] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(92), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(114), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(494), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(108), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2910] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(448), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(446), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2930] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(103), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(106), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(496), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(100), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2954] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(464), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(462), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2974] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(460), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(458), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2994] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(452), 3,
      aux_sym_flag_token1,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(450), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3014] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(484), 1,
      anon_sym_SetOptionString,
    ACTIONS(486), 1,
      anon_sym_DQUOTE,
    ACTIONS(488), 1,
      anon_sym_SQUOTE,
    ACTIONS(490), 1,
      anon_sym_BQUOTE,
    ACTIONS(492), 1,
      sym__selector_start,
    STATE(20), 1,
      sym_string,
    ACTIONS(498), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(89), 4,
      sym_class_selector,
      sym_process,
      sym_process_options,
      aux_sym_processes_section_repeat1,
  [3046] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(456), 3,
      aux_sym_flag_token1,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(454), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3066] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(500), 1,
      anon_sym_RPAREN2,
    ACTIONS(502), 1,
      aux_sym__list_punctuation_token1,
    ACTIONS(508), 1,
      anon_sym_DQUOTE,
    ACTIONS(511), 1,
      anon_sym_SQUOTE,
    ACTIONS(514), 1,
      anon_sym_BQUOTE,
    ACTIONS(505), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(98), 5,
      sym__list_punctuation,
      sym__value,
      sym_word,
      sym_string,
      aux_sym_list_repeat1,
  [3096] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(468), 3,
      aux_sym_flag_token1,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(466), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3116] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(101), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(98), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(517), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(92), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3140] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(103), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(128), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(496), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(126), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3164] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(452), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(450), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3184] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(103), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(519), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(116), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3208] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(456), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
    ACTIONS(454), 8,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3228] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(524), 1,
      anon_sym_SetOptionString,
    ACTIONS(527), 1,
      anon_sym_DQUOTE,
    ACTIONS(530), 1,
      anon_sym_SQUOTE,
    ACTIONS(533), 1,
      anon_sym_BQUOTE,
    ACTIONS(536), 1,
      sym__selector_start,
    STATE(20), 1,
      sym_string,
    ACTIONS(522), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(105), 4,
      sym_class_selector,
      sym_process,
      sym_process_options,
      aux_sym_processes_section_repeat1,
  [3260] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(472), 1,
      aux_sym__list_punctuation_token1,
    ACTIONS(476), 1,
      anon_sym_DQUOTE,
    ACTIONS(478), 1,
      anon_sym_SQUOTE,
    ACTIONS(480), 1,
      anon_sym_BQUOTE,
    ACTIONS(539), 1,
      anon_sym_RPAREN2,
    ACTIONS(474), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(98), 5,
      sym__list_punctuation,
      sym__value,
      sym_word,
      sym_string,
      aux_sym_list_repeat1,
  [3290] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(448), 3,
      aux_sym_flag_token1,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(446), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3310] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(452), 2,
      aux_sym_flag_token1,
      anon_sym_SetOptionString,
    ACTIONS(450), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3329] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(543), 1,
      sym_option_name,
    STATE(109), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(541), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3350] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(468), 2,
      aux_sym_flag_token1,
      anon_sym_SetOptionString,
    ACTIONS(466), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3369] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(112), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(128), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(546), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(126), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3392] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(112), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(548), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(116), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3415] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(448), 2,
      aux_sym_flag_token1,
      anon_sym_SetOptionString,
    ACTIONS(446), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3434] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(464), 2,
      aux_sym_flag_token1,
      anon_sym_SetOptionString,
    ACTIONS(462), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3453] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(460), 2,
      aux_sym_flag_token1,
      anon_sym_SetOptionString,
    ACTIONS(458), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3472] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(553), 1,
      sym_option_name,
    STATE(109), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(551), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3493] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(553), 1,
      sym_option_name,
    STATE(116), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(555), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3514] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(456), 2,
      aux_sym_flag_token1,
      anon_sym_SetOptionString,
    ACTIONS(454), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3533] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(111), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(98), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(557), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(92), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3556] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(559), 1,
      anon_sym_RBRACE,
    ACTIONS(564), 1,
      anon_sym_DQUOTE,
    ACTIONS(567), 1,
      anon_sym_SQUOTE,
    ACTIONS(570), 1,
      anon_sym_BQUOTE,
    STATE(120), 1,
      aux_sym_acl_block_repeat1,
    ACTIONS(561), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(198), 3,
      sym__value,
      sym_word,
      sym_string,
  [3584] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(575), 1,
      anon_sym_DQUOTE,
    ACTIONS(578), 1,
      anon_sym_SQUOTE,
    ACTIONS(581), 1,
      anon_sym_BQUOTE,
    ACTIONS(584), 1,
      sym__selector_start,
    STATE(138), 1,
      sym_string,
    ACTIONS(573), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(121), 3,
      sym_class_selector,
      sym_shell_command,
      aux_sym_shellcommands_section_repeat1,
  [3612] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    ACTIONS(587), 1,
      anon_sym_RBRACE,
    STATE(120), 1,
      aux_sym_acl_block_repeat1,
    ACTIONS(288), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(198), 3,
      sym__value,
      sym_word,
      sym_string,
  [3640] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(129), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(593), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(591), 3,
      aux_sym__list_punctuation_token1,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(589), 4,
      anon_sym_RPAREN2,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3662] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(452), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      sym_command_name,
      anon_sym_ReplaceAll,
    ACTIONS(450), 6,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3680] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(129), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(593), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(128), 3,
      aux_sym__list_punctuation_token1,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(126), 4,
      anon_sym_RPAREN2,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3702] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(456), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      sym_command_name,
      anon_sym_ReplaceAll,
    ACTIONS(454), 6,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3720] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    ACTIONS(595), 1,
      anon_sym_RBRACE,
    STATE(122), 1,
      aux_sym_acl_block_repeat1,
    ACTIONS(288), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(198), 3,
      sym__value,
      sym_word,
      sym_string,
  [3748] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(125), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(597), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(98), 3,
      aux_sym__list_punctuation_token1,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(92), 4,
      anon_sym_RPAREN2,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3770] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(129), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(599), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(124), 3,
      aux_sym__list_punctuation_token1,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(116), 4,
      anon_sym_RPAREN2,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3792] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(123), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(606), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(604), 3,
      aux_sym__list_punctuation_token1,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(602), 4,
      anon_sym_RPAREN2,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3814] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(610), 1,
      sym__selector_start,
    STATE(138), 1,
      sym_string,
    ACTIONS(608), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(132), 3,
      sym_class_selector,
      sym_shell_command,
      aux_sym_shellcommands_section_repeat1,
  [3842] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(146), 1,
      anon_sym_SQUOTE,
    ACTIONS(148), 1,
      anon_sym_BQUOTE,
    ACTIONS(610), 1,
      sym__selector_start,
    STATE(138), 1,
      sym_string,
    ACTIONS(612), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(121), 3,
      sym_class_selector,
      sym_shell_command,
      aux_sym_shellcommands_section_repeat1,
  [3870] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(139), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(98), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(614), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(92), 4,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3891] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(458), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3906] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(618), 1,
      sym_option_name,
    STATE(142), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(616), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3925] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(136), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(620), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(116), 4,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3946] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(625), 2,
      sym_home,
      aux_sym_word_token1,
    ACTIONS(623), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3963] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(618), 1,
      sym_option_name,
    STATE(135), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(627), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3982] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(136), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(128), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(629), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    ACTIONS(126), 4,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4003] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(446), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4018] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(454), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4033] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(631), 1,
      sym_option_name,
    STATE(142), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(541), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4052] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(450), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4067] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(462), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4082] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(636), 1,
      aux_sym_unknown_section_token1,
    STATE(335), 1,
      sym_identifier,
    ACTIONS(634), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(162), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4104] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(640), 1,
      anon_sym_DQUOTE2,
    ACTIONS(642), 1,
      anon_sym_SQUOTE2,
    ACTIONS(644), 1,
      anon_sym_BQUOTE2,
    ACTIONS(638), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    STATE(113), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4126] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(636), 1,
      aux_sym_unknown_section_token1,
    STATE(335), 1,
      sym_identifier,
    ACTIONS(646), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(160), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4148] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(636), 1,
      aux_sym_unknown_section_token1,
    STATE(335), 1,
      sym_identifier,
    ACTIONS(648), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(161), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4170] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(650), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4184] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(438), 1,
      anon_sym_DQUOTE,
    ACTIONS(440), 1,
      anon_sym_SQUOTE,
    ACTIONS(442), 1,
      anon_sym_BQUOTE,
    ACTIONS(652), 1,
      anon_sym_RBRACE,
    STATE(151), 1,
      aux_sym_edit_command_repeat1,
    STATE(199), 1,
      sym_string,
    ACTIONS(654), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4210] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(656), 1,
      anon_sym_RBRACE,
    ACTIONS(660), 1,
      anon_sym_DQUOTE,
    ACTIONS(663), 1,
      anon_sym_SQUOTE,
    ACTIONS(666), 1,
      anon_sym_BQUOTE,
    STATE(151), 1,
      aux_sym_edit_command_repeat1,
    STATE(199), 1,
      sym_string,
    ACTIONS(658), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4236] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(438), 1,
      anon_sym_DQUOTE,
    ACTIONS(440), 1,
      anon_sym_SQUOTE,
    ACTIONS(442), 1,
      anon_sym_BQUOTE,
    ACTIONS(669), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(191), 3,
      sym__value,
      sym_word,
      sym_string,
  [4258] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    ACTIONS(288), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(127), 3,
      sym__value,
      sym_word,
      sym_string,
  [4280] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(450), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4294] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(454), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4308] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(673), 1,
      anon_sym_DQUOTE,
    ACTIONS(675), 1,
      anon_sym_SQUOTE,
    ACTIONS(677), 1,
      anon_sym_BQUOTE,
    ACTIONS(671), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(26), 3,
      sym__value,
      sym_word,
      sym_string,
  [4330] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(623), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4344] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(681), 1,
      aux_sym_unknown_section_token1,
    ACTIONS(684), 1,
      sym__selector_start,
    STATE(335), 1,
      sym_identifier,
    ACTIONS(679), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(158), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4366] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(689), 1,
      anon_sym_DQUOTE,
    ACTIONS(691), 1,
      anon_sym_SQUOTE,
    ACTIONS(693), 1,
      anon_sym_BQUOTE,
    ACTIONS(687), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(117), 3,
      sym__value,
      sym_word,
      sym_string,
  [4388] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(636), 1,
      aux_sym_unknown_section_token1,
    STATE(335), 1,
      sym_identifier,
    ACTIONS(695), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(158), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4410] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(636), 1,
      aux_sym_unknown_section_token1,
    STATE(335), 1,
      sym_identifier,
    ACTIONS(697), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(158), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4432] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(636), 1,
      aux_sym_unknown_section_token1,
    STATE(335), 1,
      sym_identifier,
    ACTIONS(699), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(158), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4454] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(623), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_unknown_section_token1,
      anon_sym_LBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4468] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(703), 1,
      anon_sym_DQUOTE2,
    ACTIONS(705), 1,
      anon_sym_SQUOTE2,
    ACTIONS(707), 1,
      anon_sym_BQUOTE2,
    ACTIONS(701), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    STATE(79), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4490] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(438), 1,
      anon_sym_DQUOTE,
    ACTIONS(440), 1,
      anon_sym_SQUOTE,
    ACTIONS(442), 1,
      anon_sym_BQUOTE,
    ACTIONS(709), 1,
      anon_sym_RBRACE,
    STATE(150), 1,
      aux_sym_edit_command_repeat1,
    STATE(199), 1,
      sym_string,
    ACTIONS(711), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4516] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(715), 1,
      anon_sym_DQUOTE2,
    ACTIONS(717), 1,
      anon_sym_SQUOTE2,
    ACTIONS(719), 1,
      anon_sym_BQUOTE2,
    ACTIONS(713), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    STATE(107), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4538] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(703), 1,
      anon_sym_DQUOTE2,
    ACTIONS(705), 1,
      anon_sym_SQUOTE2,
    ACTIONS(707), 1,
      anon_sym_BQUOTE2,
    ACTIONS(721), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    STATE(79), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4560] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(725), 1,
      anon_sym_DQUOTE2,
    ACTIONS(727), 1,
      anon_sym_SQUOTE2,
    ACTIONS(729), 1,
      anon_sym_BQUOTE2,
    ACTIONS(723), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    STATE(91), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4582] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(731), 1,
      anon_sym_DQUOTE2,
    ACTIONS(733), 1,
      anon_sym_SQUOTE2,
    ACTIONS(735), 1,
      anon_sym_BQUOTE2,
    ACTIONS(721), 2,
      aux_sym__list_punctuation_token2,
      aux_sym__list_punctuation_token3,
    STATE(140), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4604] = 4,
    ACTIONS(3), 1,
      sym_comment,
    STATE(185), 1,
      aux_sym_class_expression_repeat1,
    STATE(349), 1,
      sym_class_expression,
    ACTIONS(737), 5,
      anon_sym_BANG,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      sym_class_name,
      sym_operator,
  [4621] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(739), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_SetOptionString,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4634] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(743), 1,
      anon_sym_LBRACE,
    ACTIONS(746), 1,
      sym__selector_start,
    ACTIONS(741), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(172), 3,
      sym_class_selector,
      sym_edit_block,
      aux_sym_editfiles_section_repeat1,
  [4653] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(751), 1,
      anon_sym_LBRACE,
    ACTIONS(754), 1,
      sym__selector_start,
    ACTIONS(749), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(173), 3,
      sym_class_selector,
      sym_acl_block,
      aux_sym_acl_section_repeat1,
  [4672] = 4,
    ACTIONS(3), 1,
      sym_comment,
    STATE(185), 1,
      aux_sym_class_expression_repeat1,
    STATE(325), 1,
      sym_class_expression,
    ACTIONS(737), 5,
      anon_sym_BANG,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      sym_class_name,
      sym_operator,
  [4689] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(759), 1,
      anon_sym_LBRACE,
    ACTIONS(757), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(172), 3,
      sym_class_selector,
      sym_edit_block,
      aux_sym_editfiles_section_repeat1,
  [4708] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(761), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(763), 1,
      aux_sym__list_punctuation_token3,
    STATE(181), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(98), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
  [4727] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(450), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_SetOptionString,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4740] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(454), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_SetOptionString,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4753] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(759), 1,
      anon_sym_LBRACE,
    ACTIONS(765), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(175), 3,
      sym_class_selector,
      sym_edit_block,
      aux_sym_editfiles_section_repeat1,
  [4772] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(767), 1,
      anon_sym_COLON_COLON,
    STATE(180), 1,
      aux_sym_class_expression_repeat1,
    ACTIONS(769), 5,
      anon_sym_BANG,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      sym_class_name,
      sym_operator,
  [4789] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(772), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(774), 1,
      aux_sym__list_punctuation_token3,
    STATE(186), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(128), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
  [4808] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(778), 1,
      anon_sym_LBRACE,
    ACTIONS(776), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(173), 3,
      sym_class_selector,
      sym_acl_block,
      aux_sym_acl_section_repeat1,
  [4827] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(452), 1,
      aux_sym__list_punctuation_token1,
    ACTIONS(450), 6,
      anon_sym_RPAREN2,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4842] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(456), 1,
      aux_sym__list_punctuation_token1,
    ACTIONS(454), 6,
      anon_sym_RPAREN2,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4857] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(780), 1,
      anon_sym_COLON_COLON,
    STATE(180), 1,
      aux_sym_class_expression_repeat1,
    ACTIONS(782), 5,
      anon_sym_BANG,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      sym_class_name,
      sym_operator,
  [4874] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(784), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(787), 1,
      aux_sym__list_punctuation_token3,
    STATE(186), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
  [4893] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(623), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_SetOptionString,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4906] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      sym__selector_start,
    ACTIONS(778), 1,
      anon_sym_LBRACE,
    ACTIONS(790), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(182), 3,
      sym_class_selector,
      sym_acl_block,
      aux_sym_acl_section_repeat1,
  [4925] = 4,
    ACTIONS(3), 1,
      sym_comment,
    STATE(185), 1,
      aux_sym_class_expression_repeat1,
    STATE(332), 1,
      sym_class_expression,
    ACTIONS(737), 5,
      anon_sym_BANG,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      sym_class_name,
      sym_operator,
  [4942] = 4,
    ACTIONS(3), 1,
      sym_comment,
    STATE(185), 1,
      aux_sym_class_expression_repeat1,
    STATE(347), 1,
      sym_class_expression,
    ACTIONS(737), 5,
      anon_sym_BANG,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      sym_class_name,
      sym_operator,
  [4959] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(792), 1,
      anon_sym_RBRACE,
    ACTIONS(794), 1,
      sym_command_name,
    ACTIONS(796), 1,
      anon_sym_ReplaceAll,
    STATE(200), 3,
      sym_edit_command,
      sym_replace_all,
      aux_sym_edit_block_repeat1,
  [4977] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(454), 6,
      anon_sym_RBRACE,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4989] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(798), 1,
      anon_sym_RBRACE,
    ACTIONS(800), 1,
      sym_command_name,
    ACTIONS(803), 1,
      anon_sym_ReplaceAll,
    STATE(193), 3,
      sym_edit_command,
      sym_replace_all,
      aux_sym_edit_block_repeat1,
  [5007] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(92), 1,
      anon_sym_RBRACE,
    ACTIONS(806), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(808), 1,
      aux_sym__list_punctuation_token3,
    STATE(195), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(98), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [5027] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(126), 1,
      anon_sym_RBRACE,
    ACTIONS(810), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(812), 1,
      aux_sym__list_punctuation_token3,
    STATE(197), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(128), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [5047] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(450), 6,
      anon_sym_RBRACE,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [5059] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(116), 1,
      anon_sym_RBRACE,
    ACTIONS(814), 1,
      aux_sym__list_punctuation_token2,
    ACTIONS(817), 1,
      aux_sym__list_punctuation_token3,
    STATE(197), 1,
      aux_sym__list_punctuation_repeat1,
    ACTIONS(124), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [5079] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(820), 6,
      anon_sym_RBRACE,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [5091] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(824), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
    ACTIONS(822), 4,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [5105] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(794), 1,
      sym_command_name,
    ACTIONS(796), 1,
      anon_sym_ReplaceAll,
    ACTIONS(826), 1,
      anon_sym_RBRACE,
    STATE(193), 3,
      sym_edit_command,
      sym_replace_all,
      aux_sym_edit_block_repeat1,
  [5123] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(828), 5,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [5134] = 4,
    ACTIONS(3), 1,
      sym_comment,
    STATE(159), 1,
      sym_arrow,
    ACTIONS(830), 2,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
    ACTIONS(832), 2,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
  [5149] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(836), 1,
      anon_sym_BQUOTE2,
    STATE(305), 1,
      aux_sym_string_repeat3,
    ACTIONS(834), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5163] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(838), 1,
      anon_sym_DQUOTE,
    ACTIONS(840), 1,
      anon_sym_SQUOTE,
    ACTIONS(842), 1,
      anon_sym_BQUOTE,
    STATE(318), 1,
      sym_string,
  [5179] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(846), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5193] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(846), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5207] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(846), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5221] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(852), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_unknown_section_token1,
  [5231] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(854), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5245] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(854), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5259] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(854), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5273] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(856), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_unknown_section_token1,
  [5283] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(438), 1,
      anon_sym_DQUOTE,
    ACTIONS(440), 1,
      anon_sym_SQUOTE,
    ACTIONS(442), 1,
      anon_sym_BQUOTE,
    STATE(314), 1,
      sym_string,
  [5299] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(858), 1,
      anon_sym_DQUOTE,
    ACTIONS(860), 1,
      anon_sym_SQUOTE,
    ACTIONS(862), 1,
      anon_sym_BQUOTE,
    STATE(57), 1,
      sym_string,
  [5315] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(866), 1,
      anon_sym_DQUOTE2,
    STATE(209), 1,
      aux_sym_string_repeat1,
    ACTIONS(864), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5329] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(866), 1,
      anon_sym_SQUOTE2,
    STATE(210), 1,
      aux_sym_string_repeat2,
    ACTIONS(868), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5343] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(866), 1,
      anon_sym_BQUOTE2,
    STATE(211), 1,
      aux_sym_string_repeat3,
    ACTIONS(870), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5357] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(872), 1,
      anon_sym_DQUOTE,
    ACTIONS(874), 1,
      anon_sym_SQUOTE,
    ACTIONS(876), 1,
      anon_sym_BQUOTE,
    STATE(171), 1,
      sym_string,
  [5373] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(880), 1,
      anon_sym_DQUOTE2,
    STATE(205), 1,
      aux_sym_string_repeat1,
    ACTIONS(878), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5387] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(882), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_unknown_section_token1,
  [5397] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(880), 1,
      anon_sym_SQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat2,
    ACTIONS(884), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5411] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(880), 1,
      anon_sym_BQUOTE2,
    STATE(207), 1,
      aux_sym_string_repeat3,
    ACTIONS(886), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5425] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(891), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(888), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5439] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(896), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(893), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5453] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(901), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(898), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5467] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(903), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
  [5477] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(907), 1,
      anon_sym_DQUOTE2,
    STATE(230), 1,
      aux_sym_string_repeat1,
    ACTIONS(905), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5491] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(907), 1,
      anon_sym_SQUOTE2,
    STATE(231), 1,
      aux_sym_string_repeat2,
    ACTIONS(909), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5505] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(907), 1,
      anon_sym_BQUOTE2,
    STATE(232), 1,
      aux_sym_string_repeat3,
    ACTIONS(911), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5519] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(913), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5533] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(913), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5547] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(913), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5561] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(917), 1,
      anon_sym_DQUOTE2,
    STATE(236), 1,
      aux_sym_string_repeat1,
    ACTIONS(915), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5575] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(917), 1,
      anon_sym_SQUOTE2,
    STATE(237), 1,
      aux_sym_string_repeat2,
    ACTIONS(919), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5589] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(917), 1,
      anon_sym_BQUOTE2,
    STATE(238), 1,
      aux_sym_string_repeat3,
    ACTIONS(921), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5603] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(923), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5617] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(923), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5631] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(923), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5645] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(927), 1,
      anon_sym_DQUOTE2,
    STATE(242), 1,
      aux_sym_string_repeat1,
    ACTIONS(925), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5659] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(927), 1,
      anon_sym_SQUOTE2,
    STATE(243), 1,
      aux_sym_string_repeat2,
    ACTIONS(929), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5673] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(927), 1,
      anon_sym_BQUOTE2,
    STATE(244), 1,
      aux_sym_string_repeat3,
    ACTIONS(931), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5687] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(933), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5701] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(933), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5715] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(933), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5729] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(858), 1,
      anon_sym_DQUOTE,
    ACTIONS(860), 1,
      anon_sym_SQUOTE,
    ACTIONS(862), 1,
      anon_sym_BQUOTE,
    STATE(61), 1,
      sym_string,
  [5745] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(937), 1,
      anon_sym_DQUOTE2,
    STATE(249), 1,
      aux_sym_string_repeat1,
    ACTIONS(935), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5759] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(937), 1,
      anon_sym_SQUOTE2,
    STATE(250), 1,
      aux_sym_string_repeat2,
    ACTIONS(939), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5773] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(937), 1,
      anon_sym_BQUOTE2,
    STATE(251), 1,
      aux_sym_string_repeat3,
    ACTIONS(941), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5787] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(943), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5801] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(943), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5815] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(943), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5829] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(947), 1,
      anon_sym_DQUOTE2,
    STATE(255), 1,
      aux_sym_string_repeat1,
    ACTIONS(945), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5843] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(947), 1,
      anon_sym_SQUOTE2,
    STATE(256), 1,
      aux_sym_string_repeat2,
    ACTIONS(949), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5857] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(951), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
  [5867] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(953), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5881] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(953), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5895] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(953), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5909] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(957), 1,
      anon_sym_DQUOTE2,
    STATE(261), 1,
      aux_sym_string_repeat1,
    ACTIONS(955), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5923] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(957), 1,
      anon_sym_SQUOTE2,
    STATE(262), 1,
      aux_sym_string_repeat2,
    ACTIONS(959), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5937] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(957), 1,
      anon_sym_BQUOTE2,
    STATE(263), 1,
      aux_sym_string_repeat3,
    ACTIONS(961), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5951] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(963), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [5965] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(963), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [5979] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(963), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [5993] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(967), 1,
      anon_sym_DQUOTE2,
    STATE(267), 1,
      aux_sym_string_repeat1,
    ACTIONS(965), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6007] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(967), 1,
      anon_sym_SQUOTE2,
    STATE(268), 1,
      aux_sym_string_repeat2,
    ACTIONS(969), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6021] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(967), 1,
      anon_sym_BQUOTE2,
    STATE(269), 1,
      aux_sym_string_repeat3,
    ACTIONS(971), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6035] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(973), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6049] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(973), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6063] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(973), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6077] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(977), 1,
      anon_sym_DQUOTE2,
    STATE(273), 1,
      aux_sym_string_repeat1,
    ACTIONS(975), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6091] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(977), 1,
      anon_sym_SQUOTE2,
    STATE(274), 1,
      aux_sym_string_repeat2,
    ACTIONS(979), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6105] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(977), 1,
      anon_sym_BQUOTE2,
    STATE(275), 1,
      aux_sym_string_repeat3,
    ACTIONS(981), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6119] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(983), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6133] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(983), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6147] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(983), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6161] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(987), 1,
      anon_sym_DQUOTE2,
    STATE(279), 1,
      aux_sym_string_repeat1,
    ACTIONS(985), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6175] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(987), 1,
      anon_sym_SQUOTE2,
    STATE(280), 1,
      aux_sym_string_repeat2,
    ACTIONS(989), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6189] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(987), 1,
      anon_sym_BQUOTE2,
    STATE(281), 1,
      aux_sym_string_repeat3,
    ACTIONS(991), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6203] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(993), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6217] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(993), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6231] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(993), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6245] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(997), 1,
      anon_sym_DQUOTE2,
    STATE(285), 1,
      aux_sym_string_repeat1,
    ACTIONS(995), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6259] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(997), 1,
      anon_sym_SQUOTE2,
    STATE(286), 1,
      aux_sym_string_repeat2,
    ACTIONS(999), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6273] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(997), 1,
      anon_sym_BQUOTE2,
    STATE(287), 1,
      aux_sym_string_repeat3,
    ACTIONS(1001), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6287] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1003), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6301] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1003), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6315] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1003), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6329] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1007), 1,
      anon_sym_DQUOTE2,
    STATE(291), 1,
      aux_sym_string_repeat1,
    ACTIONS(1005), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6343] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1007), 1,
      anon_sym_SQUOTE2,
    STATE(292), 1,
      aux_sym_string_repeat2,
    ACTIONS(1009), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6357] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1007), 1,
      anon_sym_BQUOTE2,
    STATE(293), 1,
      aux_sym_string_repeat3,
    ACTIONS(1011), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6371] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1013), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6385] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1013), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6399] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1013), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6413] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1017), 1,
      anon_sym_DQUOTE2,
    STATE(297), 1,
      aux_sym_string_repeat1,
    ACTIONS(1015), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6427] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1017), 1,
      anon_sym_SQUOTE2,
    STATE(298), 1,
      aux_sym_string_repeat2,
    ACTIONS(1019), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6441] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1017), 1,
      anon_sym_BQUOTE2,
    STATE(299), 1,
      aux_sym_string_repeat3,
    ACTIONS(1021), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6455] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1023), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6469] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1023), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6483] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1023), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6497] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(836), 1,
      anon_sym_DQUOTE2,
    STATE(303), 1,
      aux_sym_string_repeat1,
    ACTIONS(1025), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6511] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(836), 1,
      anon_sym_SQUOTE2,
    STATE(304), 1,
      aux_sym_string_repeat2,
    ACTIONS(1027), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6525] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1029), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
  [6535] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1031), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6549] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1031), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6563] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1031), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6577] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1035), 1,
      anon_sym_DQUOTE2,
    STATE(309), 1,
      aux_sym_string_repeat1,
    ACTIONS(1033), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6591] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1035), 1,
      anon_sym_SQUOTE2,
    STATE(310), 1,
      aux_sym_string_repeat2,
    ACTIONS(1037), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6605] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1035), 1,
      anon_sym_BQUOTE2,
    STATE(311), 1,
      aux_sym_string_repeat3,
    ACTIONS(1039), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6619] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1041), 1,
      anon_sym_DQUOTE2,
    STATE(223), 1,
      aux_sym_string_repeat1,
    ACTIONS(844), 2,
      sym__dq_text,
      aux_sym__list_punctuation_token3,
  [6633] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1041), 1,
      anon_sym_SQUOTE2,
    STATE(224), 1,
      aux_sym_string_repeat2,
    ACTIONS(848), 2,
      sym__sq_text,
      aux_sym__list_punctuation_token3,
  [6647] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1041), 1,
      anon_sym_BQUOTE2,
    STATE(225), 1,
      aux_sym_string_repeat3,
    ACTIONS(850), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6661] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1043), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
  [6671] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(947), 1,
      anon_sym_BQUOTE2,
    STATE(257), 1,
      aux_sym_string_repeat3,
    ACTIONS(1045), 2,
      sym__bq_text,
      aux_sym__list_punctuation_token3,
  [6685] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1047), 1,
      anon_sym_RBRACE,
    ACTIONS(1049), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [6696] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1051), 1,
      anon_sym_LPAREN2,
    STATE(220), 1,
      sym_list,
  [6706] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1053), 1,
      anon_sym_COLON,
  [6713] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1055), 1,
      anon_sym_COLON,
  [6720] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1057), 1,
      anon_sym_With,
  [6727] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1059), 1,
      anon_sym_COLON,
  [6734] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1061), 1,
      anon_sym_COLON,
  [6741] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1063), 1,
      anon_sym_COLON,
  [6748] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(450), 1,
      anon_sym_With,
  [6755] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1065), 1,
      anon_sym_COLON,
  [6762] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(454), 1,
      anon_sym_With,
  [6769] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1067), 1,
      anon_sym_COLON_COLON,
  [6776] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1069), 1,
      anon_sym_COLON,
  [6783] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1071), 1,
      anon_sym_COLON,
  [6790] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1073), 1,
      anon_sym_COLON,
  [6797] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1075), 1,
      anon_sym_COLON,
  [6804] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1077), 1,
      anon_sym_COLON,
  [6811] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1079), 1,
      anon_sym_EQ,
  [6818] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1081), 1,
      anon_sym_COLON_COLON,
  [6825] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1083), 1,
      anon_sym_COLON,
  [6832] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1085), 1,
      anon_sym_EQ2,
  [6839] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1087), 1,
      anon_sym_EQ,
  [6846] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1089), 1,
      anon_sym_COLON,
  [6853] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1091), 1,
      anon_sym_COLON,
  [6860] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1093), 1,
      anon_sym_COLON,
  [6867] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1095), 1,
      anon_sym_COLON,
  [6874] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1097), 1,
      anon_sym_COLON,
  [6881] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1099), 1,
      anon_sym_COLON,
  [6888] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1101), 1,
      ts_builtin_sym_end,
  [6895] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1103), 1,
      anon_sym_COLON,
  [6902] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1105), 1,
      anon_sym_COLON,
  [6909] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1107), 1,
      anon_sym_COLON,
  [6916] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1109), 1,
      anon_sym_COLON,
  [6923] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1111), 1,
      anon_sym_COLON_COLON,
  [6930] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1113), 1,
      anon_sym_COLON,
  [6937] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1115), 1,
      anon_sym_COLON_COLON,
  [6944] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1117), 1,
      anon_sym_EQ2,
  [6951] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1119), 1,
      anon_sym_COLON,
  [6958] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1121), 1,
      anon_sym_EQ2,
  [6965] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1123), 1,
      anon_sym_COLON,
  [6972] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1125), 1,
      anon_sym_EQ2,
  [6979] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1127), 1,
      anon_sym_EQ2,
  [6986] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1129), 1,
      anon_sym_EQ2,
  [6993] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1131), 1,
      anon_sym_COLON,
  [7000] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1133), 1,
      anon_sym_COLON,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 41,
  [SMALL_STATE(4)] = 82,
  [SMALL_STATE(5)] = 167,
  [SMALL_STATE(6)] = 197,
  [SMALL_STATE(7)] = 227,
  [SMALL_STATE(8)] = 257,
  [SMALL_STATE(9)] = 287,
  [SMALL_STATE(10)] = 317,
  [SMALL_STATE(11)] = 347,
  [SMALL_STATE(12)] = 377,
  [SMALL_STATE(13)] = 407,
  [SMALL_STATE(14)] = 436,
  [SMALL_STATE(15)] = 475,
  [SMALL_STATE(16)] = 514,
  [SMALL_STATE(17)] = 553,
  [SMALL_STATE(18)] = 592,
  [SMALL_STATE(19)] = 631,
  [SMALL_STATE(20)] = 670,
  [SMALL_STATE(21)] = 703,
  [SMALL_STATE(22)] = 742,
  [SMALL_STATE(23)] = 781,
  [SMALL_STATE(24)] = 820,
  [SMALL_STATE(25)] = 859,
  [SMALL_STATE(26)] = 892,
  [SMALL_STATE(27)] = 921,
  [SMALL_STATE(28)] = 960,
  [SMALL_STATE(29)] = 999,
  [SMALL_STATE(30)] = 1028,
  [SMALL_STATE(31)] = 1067,
  [SMALL_STATE(32)] = 1106,
  [SMALL_STATE(33)] = 1137,
  [SMALL_STATE(34)] = 1166,
  [SMALL_STATE(35)] = 1195,
  [SMALL_STATE(36)] = 1234,
  [SMALL_STATE(37)] = 1263,
  [SMALL_STATE(38)] = 1292,
  [SMALL_STATE(39)] = 1331,
  [SMALL_STATE(40)] = 1360,
  [SMALL_STATE(41)] = 1389,
  [SMALL_STATE(42)] = 1418,
  [SMALL_STATE(43)] = 1457,
  [SMALL_STATE(44)] = 1486,
  [SMALL_STATE(45)] = 1514,
  [SMALL_STATE(46)] = 1542,
  [SMALL_STATE(47)] = 1576,
  [SMALL_STATE(48)] = 1610,
  [SMALL_STATE(49)] = 1644,
  [SMALL_STATE(50)] = 1678,
  [SMALL_STATE(51)] = 1712,
  [SMALL_STATE(52)] = 1746,
  [SMALL_STATE(53)] = 1780,
  [SMALL_STATE(54)] = 1814,
  [SMALL_STATE(55)] = 1848,
  [SMALL_STATE(56)] = 1882,
  [SMALL_STATE(57)] = 1916,
  [SMALL_STATE(58)] = 1946,
  [SMALL_STATE(59)] = 1980,
  [SMALL_STATE(60)] = 2014,
  [SMALL_STATE(61)] = 2044,
  [SMALL_STATE(62)] = 2074,
  [SMALL_STATE(63)] = 2108,
  [SMALL_STATE(64)] = 2138,
  [SMALL_STATE(65)] = 2172,
  [SMALL_STATE(66)] = 2206,
  [SMALL_STATE(67)] = 2240,
  [SMALL_STATE(68)] = 2274,
  [SMALL_STATE(69)] = 2304,
  [SMALL_STATE(70)] = 2338,
  [SMALL_STATE(71)] = 2372,
  [SMALL_STATE(72)] = 2406,
  [SMALL_STATE(73)] = 2434,
  [SMALL_STATE(74)] = 2468,
  [SMALL_STATE(75)] = 2502,
  [SMALL_STATE(76)] = 2536,
  [SMALL_STATE(77)] = 2570,
  [SMALL_STATE(78)] = 2604,
  [SMALL_STATE(79)] = 2638,
  [SMALL_STATE(80)] = 2659,
  [SMALL_STATE(81)] = 2680,
  [SMALL_STATE(82)] = 2701,
  [SMALL_STATE(83)] = 2722,
  [SMALL_STATE(84)] = 2743,
  [SMALL_STATE(85)] = 2764,
  [SMALL_STATE(86)] = 2794,
  [SMALL_STATE(87)] = 2814,
  [SMALL_STATE(88)] = 2834,
  [SMALL_STATE(89)] = 2854,
  [SMALL_STATE(90)] = 2886,
  [SMALL_STATE(91)] = 2910,
  [SMALL_STATE(92)] = 2930,
  [SMALL_STATE(93)] = 2954,
  [SMALL_STATE(94)] = 2974,
  [SMALL_STATE(95)] = 2994,
  [SMALL_STATE(96)] = 3014,
  [SMALL_STATE(97)] = 3046,
  [SMALL_STATE(98)] = 3066,
  [SMALL_STATE(99)] = 3096,
  [SMALL_STATE(100)] = 3116,
  [SMALL_STATE(101)] = 3140,
  [SMALL_STATE(102)] = 3164,
  [SMALL_STATE(103)] = 3184,
  [SMALL_STATE(104)] = 3208,
  [SMALL_STATE(105)] = 3228,
  [SMALL_STATE(106)] = 3260,
  [SMALL_STATE(107)] = 3290,
  [SMALL_STATE(108)] = 3310,
  [SMALL_STATE(109)] = 3329,
  [SMALL_STATE(110)] = 3350,
  [SMALL_STATE(111)] = 3369,
  [SMALL_STATE(112)] = 3392,
  [SMALL_STATE(113)] = 3415,
  [SMALL_STATE(114)] = 3434,
  [SMALL_STATE(115)] = 3453,
  [SMALL_STATE(116)] = 3472,
  [SMALL_STATE(117)] = 3493,
  [SMALL_STATE(118)] = 3514,
  [SMALL_STATE(119)] = 3533,
  [SMALL_STATE(120)] = 3556,
  [SMALL_STATE(121)] = 3584,
  [SMALL_STATE(122)] = 3612,
  [SMALL_STATE(123)] = 3640,
  [SMALL_STATE(124)] = 3662,
  [SMALL_STATE(125)] = 3680,
  [SMALL_STATE(126)] = 3702,
  [SMALL_STATE(127)] = 3720,
  [SMALL_STATE(128)] = 3748,
  [SMALL_STATE(129)] = 3770,
  [SMALL_STATE(130)] = 3792,
  [SMALL_STATE(131)] = 3814,
  [SMALL_STATE(132)] = 3842,
  [SMALL_STATE(133)] = 3870,
  [SMALL_STATE(134)] = 3891,
  [SMALL_STATE(135)] = 3906,
  [SMALL_STATE(136)] = 3925,
  [SMALL_STATE(137)] = 3946,
  [SMALL_STATE(138)] = 3963,
  [SMALL_STATE(139)] = 3982,
  [SMALL_STATE(140)] = 4003,
  [SMALL_STATE(141)] = 4018,
  [SMALL_STATE(142)] = 4033,
  [SMALL_STATE(143)] = 4052,
  [SMALL_STATE(144)] = 4067,
  [SMALL_STATE(145)] = 4082,
  [SMALL_STATE(146)] = 4104,
  [SMALL_STATE(147)] = 4126,
  [SMALL_STATE(148)] = 4148,
  [SMALL_STATE(149)] = 4170,
  [SMALL_STATE(150)] = 4184,
  [SMALL_STATE(151)] = 4210,
  [SMALL_STATE(152)] = 4236,
  [SMALL_STATE(153)] = 4258,
  [SMALL_STATE(154)] = 4280,
  [SMALL_STATE(155)] = 4294,
  [SMALL_STATE(156)] = 4308,
  [SMALL_STATE(157)] = 4330,
  [SMALL_STATE(158)] = 4344,
  [SMALL_STATE(159)] = 4366,
  [SMALL_STATE(160)] = 4388,
  [SMALL_STATE(161)] = 4410,
  [SMALL_STATE(162)] = 4432,
  [SMALL_STATE(163)] = 4454,
  [SMALL_STATE(164)] = 4468,
  [SMALL_STATE(165)] = 4490,
  [SMALL_STATE(166)] = 4516,
  [SMALL_STATE(167)] = 4538,
  [SMALL_STATE(168)] = 4560,
  [SMALL_STATE(169)] = 4582,
  [SMALL_STATE(170)] = 4604,
  [SMALL_STATE(171)] = 4621,
  [SMALL_STATE(172)] = 4634,
  [SMALL_STATE(173)] = 4653,
  [SMALL_STATE(174)] = 4672,
  [SMALL_STATE(175)] = 4689,
  [SMALL_STATE(176)] = 4708,
  [SMALL_STATE(177)] = 4727,
  [SMALL_STATE(178)] = 4740,
  [SMALL_STATE(179)] = 4753,
  [SMALL_STATE(180)] = 4772,
  [SMALL_STATE(181)] = 4789,
  [SMALL_STATE(182)] = 4808,
  [SMALL_STATE(183)] = 4827,
  [SMALL_STATE(184)] = 4842,
  [SMALL_STATE(185)] = 4857,
  [SMALL_STATE(186)] = 4874,
  [SMALL_STATE(187)] = 4893,
  [SMALL_STATE(188)] = 4906,
  [SMALL_STATE(189)] = 4925,
  [SMALL_STATE(190)] = 4942,
  [SMALL_STATE(191)] = 4959,
  [SMALL_STATE(192)] = 4977,
  [SMALL_STATE(193)] = 4989,
  [SMALL_STATE(194)] = 5007,
  [SMALL_STATE(195)] = 5027,
  [SMALL_STATE(196)] = 5047,
  [SMALL_STATE(197)] = 5059,
  [SMALL_STATE(198)] = 5079,
  [SMALL_STATE(199)] = 5091,
  [SMALL_STATE(200)] = 5105,
  [SMALL_STATE(201)] = 5123,
  [SMALL_STATE(202)] = 5134,
  [SMALL_STATE(203)] = 5149,
  [SMALL_STATE(204)] = 5163,
  [SMALL_STATE(205)] = 5179,
  [SMALL_STATE(206)] = 5193,
  [SMALL_STATE(207)] = 5207,
  [SMALL_STATE(208)] = 5221,
  [SMALL_STATE(209)] = 5231,
  [SMALL_STATE(210)] = 5245,
  [SMALL_STATE(211)] = 5259,
  [SMALL_STATE(212)] = 5273,
  [SMALL_STATE(213)] = 5283,
  [SMALL_STATE(214)] = 5299,
  [SMALL_STATE(215)] = 5315,
  [SMALL_STATE(216)] = 5329,
  [SMALL_STATE(217)] = 5343,
  [SMALL_STATE(218)] = 5357,
  [SMALL_STATE(219)] = 5373,
  [SMALL_STATE(220)] = 5387,
  [SMALL_STATE(221)] = 5397,
  [SMALL_STATE(222)] = 5411,
  [SMALL_STATE(223)] = 5425,
  [SMALL_STATE(224)] = 5439,
  [SMALL_STATE(225)] = 5453,
  [SMALL_STATE(226)] = 5467,
  [SMALL_STATE(227)] = 5477,
  [SMALL_STATE(228)] = 5491,
  [SMALL_STATE(229)] = 5505,
  [SMALL_STATE(230)] = 5519,
  [SMALL_STATE(231)] = 5533,
  [SMALL_STATE(232)] = 5547,
  [SMALL_STATE(233)] = 5561,
  [SMALL_STATE(234)] = 5575,
  [SMALL_STATE(235)] = 5589,
  [SMALL_STATE(236)] = 5603,
  [SMALL_STATE(237)] = 5617,
  [SMALL_STATE(238)] = 5631,
  [SMALL_STATE(239)] = 5645,
  [SMALL_STATE(240)] = 5659,
  [SMALL_STATE(241)] = 5673,
  [SMALL_STATE(242)] = 5687,
  [SMALL_STATE(243)] = 5701,
  [SMALL_STATE(244)] = 5715,
  [SMALL_STATE(245)] = 5729,
  [SMALL_STATE(246)] = 5745,
  [SMALL_STATE(247)] = 5759,
  [SMALL_STATE(248)] = 5773,
  [SMALL_STATE(249)] = 5787,
  [SMALL_STATE(250)] = 5801,
  [SMALL_STATE(251)] = 5815,
  [SMALL_STATE(252)] = 5829,
  [SMALL_STATE(253)] = 5843,
  [SMALL_STATE(254)] = 5857,
  [SMALL_STATE(255)] = 5867,
  [SMALL_STATE(256)] = 5881,
  [SMALL_STATE(257)] = 5895,
  [SMALL_STATE(258)] = 5909,
  [SMALL_STATE(259)] = 5923,
  [SMALL_STATE(260)] = 5937,
  [SMALL_STATE(261)] = 5951,
  [SMALL_STATE(262)] = 5965,
  [SMALL_STATE(263)] = 5979,
  [SMALL_STATE(264)] = 5993,
  [SMALL_STATE(265)] = 6007,
  [SMALL_STATE(266)] = 6021,
  [SMALL_STATE(267)] = 6035,
  [SMALL_STATE(268)] = 6049,
  [SMALL_STATE(269)] = 6063,
  [SMALL_STATE(270)] = 6077,
  [SMALL_STATE(271)] = 6091,
  [SMALL_STATE(272)] = 6105,
  [SMALL_STATE(273)] = 6119,
  [SMALL_STATE(274)] = 6133,
  [SMALL_STATE(275)] = 6147,
  [SMALL_STATE(276)] = 6161,
  [SMALL_STATE(277)] = 6175,
  [SMALL_STATE(278)] = 6189,
  [SMALL_STATE(279)] = 6203,
  [SMALL_STATE(280)] = 6217,
  [SMALL_STATE(281)] = 6231,
  [SMALL_STATE(282)] = 6245,
  [SMALL_STATE(283)] = 6259,
  [SMALL_STATE(284)] = 6273,
  [SMALL_STATE(285)] = 6287,
  [SMALL_STATE(286)] = 6301,
  [SMALL_STATE(287)] = 6315,
  [SMALL_STATE(288)] = 6329,
  [SMALL_STATE(289)] = 6343,
  [SMALL_STATE(290)] = 6357,
  [SMALL_STATE(291)] = 6371,
  [SMALL_STATE(292)] = 6385,
  [SMALL_STATE(293)] = 6399,
  [SMALL_STATE(294)] = 6413,
  [SMALL_STATE(295)] = 6427,
  [SMALL_STATE(296)] = 6441,
  [SMALL_STATE(297)] = 6455,
  [SMALL_STATE(298)] = 6469,
  [SMALL_STATE(299)] = 6483,
  [SMALL_STATE(300)] = 6497,
  [SMALL_STATE(301)] = 6511,
  [SMALL_STATE(302)] = 6525,
  [SMALL_STATE(303)] = 6535,
  [SMALL_STATE(304)] = 6549,
  [SMALL_STATE(305)] = 6563,
  [SMALL_STATE(306)] = 6577,
  [SMALL_STATE(307)] = 6591,
  [SMALL_STATE(308)] = 6605,
  [SMALL_STATE(309)] = 6619,
  [SMALL_STATE(310)] = 6633,
  [SMALL_STATE(311)] = 6647,
  [SMALL_STATE(312)] = 6661,
  [SMALL_STATE(313)] = 6671,
  [SMALL_STATE(314)] = 6685,
  [SMALL_STATE(315)] = 6696,
  [SMALL_STATE(316)] = 6706,
  [SMALL_STATE(317)] = 6713,
  [SMALL_STATE(318)] = 6720,
  [SMALL_STATE(319)] = 6727,
  [SMALL_STATE(320)] = 6734,
  [SMALL_STATE(321)] = 6741,
  [SMALL_STATE(322)] = 6748,
  [SMALL_STATE(323)] = 6755,
  [SMALL_STATE(324)] = 6762,
  [SMALL_STATE(325)] = 6769,
  [SMALL_STATE(326)] = 6776,
  [SMALL_STATE(327)] = 6783,
  [SMALL_STATE(328)] = 6790,
  [SMALL_STATE(329)] = 6797,
  [SMALL_STATE(330)] = 6804,
  [SMALL_STATE(331)] = 6811,
  [SMALL_STATE(332)] = 6818,
  [SMALL_STATE(333)] = 6825,
  [SMALL_STATE(334)] = 6832,
  [SMALL_STATE(335)] = 6839,
  [SMALL_STATE(336)] = 6846,
  [SMALL_STATE(337)] = 6853,
  [SMALL_STATE(338)] = 6860,
  [SMALL_STATE(339)] = 6867,
  [SMALL_STATE(340)] = 6874,
  [SMALL_STATE(341)] = 6881,
  [SMALL_STATE(342)] = 6888,
  [SMALL_STATE(343)] = 6895,
  [SMALL_STATE(344)] = 6902,
  [SMALL_STATE(345)] = 6909,
  [SMALL_STATE(346)] = 6916,
  [SMALL_STATE(347)] = 6923,
  [SMALL_STATE(348)] = 6930,
  [SMALL_STATE(349)] = 6937,
  [SMALL_STATE(350)] = 6944,
  [SMALL_STATE(351)] = 6951,
  [SMALL_STATE(352)] = 6958,
  [SMALL_STATE(353)] = 6965,
  [SMALL_STATE(354)] = 6972,
  [SMALL_STATE(355)] = 6979,
  [SMALL_STATE(356)] = 6986,
  [SMALL_STATE(357)] = 6993,
  [SMALL_STATE(358)] = 7000,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [9] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy, 1),
  [11] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_policy_repeat1, 2),
  [13] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_repeat1, 2), SHIFT_REPEAT(4),
  [16] = {.entry = {.count = 1, .reusable = false}}, SHIFT(351),
  [18] = {.entry = {.count = 1, .reusable = false}}, SHIFT(330),
  [20] = {.entry = {.count = 1, .reusable = false}}, SHIFT(338),
  [22] = {.entry = {.count = 1, .reusable = false}}, SHIFT(323),
  [24] = {.entry = {.count = 1, .reusable = false}}, SHIFT(333),
  [26] = {.entry = {.count = 1, .reusable = false}}, SHIFT(328),
  [28] = {.entry = {.count = 1, .reusable = false}}, SHIFT(348),
  [30] = {.entry = {.count = 1, .reusable = false}}, SHIFT(339),
  [32] = {.entry = {.count = 1, .reusable = false}}, SHIFT(346),
  [34] = {.entry = {.count = 1, .reusable = false}}, SHIFT(353),
  [36] = {.entry = {.count = 1, .reusable = false}}, SHIFT(336),
  [38] = {.entry = {.count = 1, .reusable = false}}, SHIFT(321),
  [40] = {.entry = {.count = 1, .reusable = false}}, SHIFT(345),
  [42] = {.entry = {.count = 1, .reusable = false}}, SHIFT(357),
  [44] = {.entry = {.count = 1, .reusable = false}}, SHIFT(326),
  [46] = {.entry = {.count = 1, .reusable = false}}, SHIFT(327),
  [48] = {.entry = {.count = 1, .reusable = false}}, SHIFT(358),
  [50] = {.entry = {.count = 1, .reusable = false}}, SHIFT(329),
  [52] = {.entry = {.count = 1, .reusable = false}}, SHIFT(317),
  [54] = {.entry = {.count = 1, .reusable = false}}, SHIFT(319),
  [56] = {.entry = {.count = 1, .reusable = false}}, SHIFT(320),
  [58] = {.entry = {.count = 1, .reusable = false}}, SHIFT(340),
  [60] = {.entry = {.count = 1, .reusable = false}}, SHIFT(343),
  [62] = {.entry = {.count = 1, .reusable = false}}, SHIFT(341),
  [64] = {.entry = {.count = 1, .reusable = false}}, SHIFT(344),
  [66] = {.entry = {.count = 1, .reusable = false}}, SHIFT(337),
  [68] = {.entry = {.count = 1, .reusable = false}}, SHIFT(316),
  [70] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_statement, 1, .production_id = 3),
  [72] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_statement, 1, .production_id = 3),
  [74] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [76] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [78] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2),
  [80] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2),
  [82] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(84),
  [85] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(334),
  [88] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_statement, 2, .production_id = 3),
  [90] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_statement, 2, .production_id = 3),
  [92] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1),
  [94] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [96] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [98] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1),
  [100] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__immediate_word, 2),
  [102] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [106] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__immediate_word, 2),
  [108] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__immediate_word, 1),
  [110] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [114] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__immediate_word, 1),
  [116] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2),
  [118] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(11),
  [121] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(11),
  [124] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__list_punctuation_repeat1, 2),
  [126] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2),
  [128] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2),
  [130] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(88),
  [133] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(354),
  [136] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tidy_section, 4, .production_id = 1),
  [138] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [140] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [152] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_copy_section, 4, .production_id = 1),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_disable_section, 4, .production_id = 1),
  [156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directories_section, 4, .production_id = 1),
  [158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_required_section, 4, .production_id = 1),
  [160] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_disks_section, 4, .production_id = 1),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 1, .production_id = 4),
  [164] = {.entry = {.count = 1, .reusable = false}}, SHIFT(99),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [168] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [170] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 1, .production_id = 4),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unknown_section, 4, .production_id = 2),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_copy_section, 3, .production_id = 1),
  [178] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_disable_section, 3, .production_id = 1),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2),
  [182] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(5),
  [185] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(8),
  [188] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(8),
  [191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(219),
  [194] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(221),
  [197] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(222),
  [200] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(189),
  [203] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 2, .production_id = 4),
  [205] = {.entry = {.count = 1, .reusable = false}}, SHIFT(245),
  [207] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 2, .production_id = 4),
  [209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mount, 2, .production_id = 7),
  [211] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [213] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mount, 2, .production_id = 7),
  [215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [217] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directories_section, 3, .production_id = 1),
  [219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_required_section, 3, .production_id = 1),
  [221] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mount, 3, .production_id = 7),
  [223] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mount, 3, .production_id = 7),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_disks_section, 3, .production_id = 1),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unknown_section, 3, .production_id = 2),
  [229] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(99),
  [232] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(99),
  [235] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(350),
  [238] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [242] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_files_section, 3, .production_id = 1),
  [248] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [252] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tidy_section, 3, .production_id = 1),
  [258] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [260] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [262] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(41),
  [265] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(41),
  [268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_files_section, 4, .production_id = 1),
  [270] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(43),
  [273] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(43),
  [276] = {.entry = {.count = 1, .reusable = false}}, SHIFT(72),
  [278] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [280] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(45),
  [283] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(45),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_miscmounts_section, 4, .production_id = 1),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [298] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_miscmounts_section, 3, .production_id = 1),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_import_section, 3, .production_id = 1),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ignore_section, 3, .production_id = 1),
  [312] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2),
  [314] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(119),
  [317] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(227),
  [320] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(228),
  [323] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(229),
  [326] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(190),
  [329] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2),
  [331] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(176),
  [334] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(239),
  [337] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(240),
  [340] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(241),
  [343] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(190),
  [346] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_homeservers_section, 3, .production_id = 1),
  [348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binservers_section, 3, .production_id = 1),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2),
  [352] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(133),
  [355] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(264),
  [358] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(265),
  [361] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(266),
  [364] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(190),
  [367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mailserver_section, 3, .production_id = 1),
  [369] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mountables_section, 3, .production_id = 1),
  [371] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 3, .production_id = 14),
  [373] = {.entry = {.count = 1, .reusable = false}}, SHIFT(110),
  [375] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [377] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 3, .production_id = 14),
  [379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_broadcast_section, 3, .production_id = 1),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_resolve_section, 3, .production_id = 1),
  [385] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 4, .production_id = 14),
  [387] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 4, .production_id = 14),
  [389] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 4, .production_id = 19),
  [391] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 4, .production_id = 19),
  [393] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_defaultroute_section, 3, .production_id = 1),
  [395] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 5, .production_id = 19),
  [397] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 5, .production_id = 19),
  [399] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unmount_section, 3, .production_id = 1),
  [401] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_import_section, 4, .production_id = 1),
  [403] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ignore_section, 4, .production_id = 1),
  [405] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_homeservers_section, 4, .production_id = 1),
  [407] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(110),
  [410] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(110),
  [413] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(356),
  [416] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binservers_section, 4, .production_id = 1),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mailserver_section, 4, .production_id = 1),
  [420] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mountables_section, 4, .production_id = 1),
  [422] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [426] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_broadcast_section, 4, .production_id = 1),
  [428] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_resolve_section, 4, .production_id = 1),
  [430] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_defaultroute_section, 4, .production_id = 1),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unmount_section, 4, .production_id = 1),
  [434] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_links_section, 4, .production_id = 1),
  [436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [444] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_links_section, 3, .production_id = 1),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, .production_id = 9),
  [448] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, .production_id = 9),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2),
  [452] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2),
  [454] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3),
  [456] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3),
  [458] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__immediate_string, 3),
  [460] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__immediate_string, 3),
  [462] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__immediate_string, 2),
  [464] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__immediate_string, 2),
  [466] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_flag, 1),
  [468] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_flag, 1),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [472] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [482] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_processes_section, 4, .production_id = 1),
  [484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [498] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_processes_section, 3, .production_id = 1),
  [500] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2),
  [502] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(130),
  [505] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(128),
  [508] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(300),
  [511] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(301),
  [514] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(203),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [519] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(103),
  [522] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2),
  [524] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(218),
  [527] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(252),
  [530] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(253),
  [533] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(313),
  [536] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(174),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [541] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_link_repeat1, 2),
  [543] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_link_repeat1, 2), SHIFT_REPEAT(355),
  [546] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [548] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(112),
  [551] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_link, 4, .production_id = 13),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [555] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_link, 3, .production_id = 13),
  [557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 18),
  [561] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 18), SHIFT_REPEAT(133),
  [564] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 18), SHIFT_REPEAT(264),
  [567] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 18), SHIFT_REPEAT(265),
  [570] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 18), SHIFT_REPEAT(266),
  [573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2),
  [575] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2), SHIFT_REPEAT(219),
  [578] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2), SHIFT_REPEAT(221),
  [581] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2), SHIFT_REPEAT(222),
  [584] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2), SHIFT_REPEAT(170),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [589] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__list_punctuation, 2),
  [591] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__list_punctuation, 2),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [599] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(129),
  [602] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__list_punctuation, 1),
  [604] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__list_punctuation, 1),
  [606] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [608] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shellcommands_section, 3, .production_id = 1),
  [610] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [612] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shellcommands_section, 4, .production_id = 1),
  [614] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [616] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shell_command, 2, .production_id = 5),
  [618] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [620] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(136),
  [623] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_class_selector, 3, .production_id = 8),
  [625] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_class_selector, 3, .production_id = 8),
  [627] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shell_command, 1, .production_id = 5),
  [629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [631] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_link_repeat1, 2), SHIFT_REPEAT(352),
  [634] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_classes_section, 3, .production_id = 1),
  [636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [642] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [644] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [646] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_control_section, 3, .production_id = 1),
  [648] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_groups_section, 3, .production_id = 1),
  [650] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_item, 1),
  [652] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_edit_command, 2, .production_id = 16),
  [654] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_edit_command, 2, .production_id = 16),
  [656] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 20),
  [658] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 20),
  [660] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 20), SHIFT_REPEAT(239),
  [663] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 20), SHIFT_REPEAT(240),
  [666] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 20), SHIFT_REPEAT(241),
  [669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [677] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [679] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_control_section_repeat1, 2),
  [681] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_control_section_repeat1, 2), SHIFT_REPEAT(331),
  [684] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_control_section_repeat1, 2), SHIFT_REPEAT(170),
  [687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [695] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_control_section, 4, .production_id = 1),
  [697] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_groups_section, 4, .production_id = 1),
  [699] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_classes_section, 4, .production_id = 1),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [707] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [709] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_edit_command, 1, .production_id = 11),
  [711] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_edit_command, 1, .production_id = 11),
  [713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [739] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process_options, 2, .production_id = 6),
  [741] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_editfiles_section_repeat1, 2),
  [743] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_editfiles_section_repeat1, 2), SHIFT_REPEAT(152),
  [746] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_editfiles_section_repeat1, 2), SHIFT_REPEAT(170),
  [749] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_acl_section_repeat1, 2),
  [751] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_section_repeat1, 2), SHIFT_REPEAT(153),
  [754] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_section_repeat1, 2), SHIFT_REPEAT(170),
  [757] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_editfiles_section, 4, .production_id = 1),
  [759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [761] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_editfiles_section, 3, .production_id = 1),
  [767] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_class_expression_repeat1, 2),
  [769] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_class_expression_repeat1, 2), SHIFT_REPEAT(180),
  [772] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [774] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [776] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acl_section, 4, .production_id = 1),
  [778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [780] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_class_expression, 1),
  [782] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [784] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(186),
  [787] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(186),
  [790] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acl_section, 3, .production_id = 1),
  [792] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [794] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [796] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [798] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_edit_block_repeat1, 2),
  [800] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_edit_block_repeat1, 2), SHIFT_REPEAT(165),
  [803] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_edit_block_repeat1, 2), SHIFT_REPEAT(204),
  [806] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [810] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [812] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [814] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(197),
  [817] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__list_punctuation_repeat1, 2), SHIFT_REPEAT(197),
  [820] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 1, .production_id = 12),
  [822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 1, .production_id = 15),
  [824] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_edit_command_repeat1, 1, .production_id = 15),
  [826] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [828] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_arrow, 1),
  [830] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [832] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [834] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [836] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [838] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [840] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [842] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [844] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [846] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [848] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [850] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [852] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list, 3),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [856] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list, 2),
  [858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [860] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [862] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [866] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [868] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [872] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [874] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [876] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [878] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [880] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [882] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, .production_id = 9),
  [884] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [886] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [888] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(223),
  [891] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2),
  [893] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(224),
  [896] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2),
  [898] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat3, 2), SHIFT_REPEAT(225),
  [901] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat3, 2),
  [903] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_edit_block, 3, .production_id = 10),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [909] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [911] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [913] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [915] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [917] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [919] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [921] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [923] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [925] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [927] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [929] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [931] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [939] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [941] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [943] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [945] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [947] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [951] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acl_block, 3, .production_id = 1),
  [953] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [957] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [959] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [961] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [963] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [965] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [967] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [969] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [971] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [973] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [975] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [977] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [979] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [981] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [983] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [987] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [991] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [993] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [995] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [997] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [999] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [1001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [1003] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [1005] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [1007] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [1009] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [1011] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [1013] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1015] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [1017] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [1019] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [1021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [1023] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1025] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [1027] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1029] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_edit_block, 4, .production_id = 10),
  [1031] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1033] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [1035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [1037] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [1039] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [1041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [1043] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acl_block, 4, .production_id = 17),
  [1045] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [1047] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_replace_all, 4, .production_id = 21),
  [1049] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_replace_all, 4, .production_id = 21),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [1055] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1059] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [1061] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1063] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1067] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1069] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [1071] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1073] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [1075] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [1077] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1079] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_identifier, 1),
  [1081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1087] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [1089] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1091] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [1095] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [1097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [1099] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1101] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [1107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [1111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [1113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [1115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [1121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [1125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [1127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [1129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [1133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_cfengine_external_scanner_create(void);
void tree_sitter_cfengine_external_scanner_destroy(void *);
bool tree_sitter_cfengine_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_cfengine_external_scanner_serialize(void *, char *);
void tree_sitter_cfengine_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_cfengine(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_cfengine_external_scanner_create,
      tree_sitter_cfengine_external_scanner_destroy,
      tree_sitter_cfengine_external_scanner_scan,
      tree_sitter_cfengine_external_scanner_serialize,
      tree_sitter_cfengine_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
