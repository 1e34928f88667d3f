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
#define STATE_COUNT 353
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 151
#define ALIAS_COUNT 0
#define TOKEN_COUNT 73
#define EXTERNAL_TOKEN_COUNT 8
#define FIELD_COUNT 21
#define MAX_ALIAS_SEQUENCE_LENGTH 5
#define PRODUCTION_ID_COUNT 25

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
  sym_class_name = 30,
  anon_sym_BANG = 31,
  aux_sym_and_expression_token1 = 32,
  aux_sym_or_expression_token1 = 33,
  anon_sym_LPAREN = 34,
  anon_sym_RPAREN = 35,
  anon_sym_EQ = 36,
  anon_sym_LPAREN2 = 37,
  anon_sym_RPAREN2 = 38,
  sym_home = 39,
  aux_sym_flag_token1 = 40,
  aux_sym_flag_token2 = 41,
  aux_sym_flag_token3 = 42,
  anon_sym_EQ2 = 43,
  anon_sym_DASH_GT = 44,
  anon_sym_PLUS_GT = 45,
  anon_sym_DASH_GT_BANG = 46,
  anon_sym_PLUS_GT_BANG = 47,
  anon_sym_restart = 48,
  anon_sym_SetOptionString = 49,
  anon_sym_LBRACE = 50,
  anon_sym_RBRACE = 51,
  sym_command_name = 52,
  anon_sym_ReplaceAll = 53,
  anon_sym_With = 54,
  aux_sym_word_token1 = 55,
  aux_sym_word_token2 = 56,
  aux_sym_word_token3 = 57,
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
  sym__class_expression = 103,
  sym_not_expression = 104,
  sym_and_expression = 105,
  sym_or_expression = 106,
  sym_parenthesized_expression = 107,
  sym_assignment = 108,
  sym_identifier = 109,
  sym_list = 110,
  sym_statement = 111,
  sym_flag = 112,
  sym_list_item = 113,
  sym_mount = 114,
  sym_option = 115,
  sym_link = 116,
  sym_arrow = 117,
  sym_process = 118,
  sym_process_options = 119,
  sym_shell_command = 120,
  sym_edit_block = 121,
  sym_edit_command = 122,
  sym_replace_all = 123,
  sym_acl_block = 124,
  sym__value = 125,
  sym__immediate_value = 126,
  sym_word = 127,
  sym__immediate_word = 128,
  sym_string = 129,
  sym__immediate_string = 130,
  aux_sym_policy_repeat1 = 131,
  aux_sym_control_section_repeat1 = 132,
  aux_sym_files_section_repeat1 = 133,
  aux_sym_import_section_repeat1 = 134,
  aux_sym_editfiles_section_repeat1 = 135,
  aux_sym_acl_section_repeat1 = 136,
  aux_sym_links_section_repeat1 = 137,
  aux_sym_processes_section_repeat1 = 138,
  aux_sym_shellcommands_section_repeat1 = 139,
  aux_sym_miscmounts_section_repeat1 = 140,
  aux_sym_list_repeat1 = 141,
  aux_sym_statement_repeat1 = 142,
  aux_sym_link_repeat1 = 143,
  aux_sym_edit_block_repeat1 = 144,
  aux_sym_edit_command_repeat1 = 145,
  aux_sym_acl_block_repeat1 = 146,
  aux_sym_word_repeat1 = 147,
  aux_sym_string_repeat1 = 148,
  aux_sym_string_repeat2 = 149,
  aux_sym_string_repeat3 = 150,
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
  [sym_class_name] = "class_name",
  [anon_sym_BANG] = "!",
  [aux_sym_and_expression_token1] = "operator",
  [aux_sym_or_expression_token1] = "operator",
  [anon_sym_LPAREN] = "(",
  [anon_sym_RPAREN] = ")",
  [anon_sym_EQ] = "=",
  [anon_sym_LPAREN2] = "(",
  [anon_sym_RPAREN2] = ")",
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
  [aux_sym_word_token2] = "text",
  [aux_sym_word_token3] = "variable",
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
  [sym__class_expression] = "_class_expression",
  [sym_not_expression] = "not_expression",
  [sym_and_expression] = "and_expression",
  [sym_or_expression] = "or_expression",
  [sym_parenthesized_expression] = "parenthesized_expression",
  [sym_assignment] = "assignment",
  [sym_identifier] = "identifier",
  [sym_list] = "list",
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
  [aux_sym_list_repeat1] = "list_repeat1",
  [aux_sym_statement_repeat1] = "statement_repeat1",
  [aux_sym_link_repeat1] = "link_repeat1",
  [aux_sym_edit_block_repeat1] = "edit_block_repeat1",
  [aux_sym_edit_command_repeat1] = "edit_command_repeat1",
  [aux_sym_acl_block_repeat1] = "acl_block_repeat1",
  [aux_sym_word_repeat1] = "word_repeat1",
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
  [sym_class_name] = sym_class_name,
  [anon_sym_BANG] = anon_sym_BANG,
  [aux_sym_and_expression_token1] = aux_sym_and_expression_token1,
  [aux_sym_or_expression_token1] = aux_sym_and_expression_token1,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_LPAREN2] = anon_sym_LPAREN,
  [anon_sym_RPAREN2] = anon_sym_RPAREN,
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
  [aux_sym_word_token2] = sym__dq_text,
  [aux_sym_word_token3] = sym_variable,
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
  [sym__class_expression] = sym__class_expression,
  [sym_not_expression] = sym_not_expression,
  [sym_and_expression] = sym_and_expression,
  [sym_or_expression] = sym_or_expression,
  [sym_parenthesized_expression] = sym_parenthesized_expression,
  [sym_assignment] = sym_assignment,
  [sym_identifier] = sym_identifier,
  [sym_list] = sym_list,
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
  [aux_sym_list_repeat1] = aux_sym_list_repeat1,
  [aux_sym_statement_repeat1] = aux_sym_statement_repeat1,
  [aux_sym_link_repeat1] = aux_sym_link_repeat1,
  [aux_sym_edit_block_repeat1] = aux_sym_edit_block_repeat1,
  [aux_sym_edit_command_repeat1] = aux_sym_edit_command_repeat1,
  [aux_sym_acl_block_repeat1] = aux_sym_acl_block_repeat1,
  [aux_sym_word_repeat1] = aux_sym_word_repeat1,
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
  [sym_class_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_BANG] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_and_expression_token1] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_or_expression_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN] = {
    .visible = true,
    .named = false,
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
  [aux_sym_word_token2] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_word_token3] = {
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
  [sym__class_expression] = {
    .visible = false,
    .named = true,
  },
  [sym_not_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_and_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_or_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_parenthesized_expression] = {
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
  [aux_sym_list_repeat1] = {
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
  [aux_sym_word_repeat1] = {
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
  field_expression = 7,
  field_file = 8,
  field_from = 9,
  field_left = 10,
  field_name = 11,
  field_operand = 12,
  field_operator = 13,
  field_path = 14,
  field_pattern = 15,
  field_replacement = 16,
  field_restart = 17,
  field_right = 18,
  field_source = 19,
  field_to = 20,
  field_value = 21,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_arrow] = "arrow",
  [field_command] = "command",
  [field_condition] = "condition",
  [field_destination] = "destination",
  [field_entry] = "entry",
  [field_expression] = "expression",
  [field_file] = "file",
  [field_from] = "from",
  [field_left] = "left",
  [field_name] = "name",
  [field_operand] = "operand",
  [field_operator] = "operator",
  [field_path] = "path",
  [field_pattern] = "pattern",
  [field_replacement] = "replacement",
  [field_restart] = "restart",
  [field_right] = "right",
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
  [9] = {.index = 8, .length = 1},
  [10] = {.index = 9, .length = 2},
  [11] = {.index = 11, .length = 1},
  [12] = {.index = 12, .length = 1},
  [13] = {.index = 13, .length = 1},
  [14] = {.index = 14, .length = 3},
  [15] = {.index = 17, .length = 2},
  [16] = {.index = 19, .length = 1},
  [17] = {.index = 20, .length = 3},
  [18] = {.index = 23, .length = 1},
  [19] = {.index = 24, .length = 2},
  [20] = {.index = 26, .length = 2},
  [21] = {.index = 28, .length = 2},
  [22] = {.index = 30, .length = 2},
  [23] = {.index = 32, .length = 2},
  [24] = {.index = 34, .length = 3},
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
    {field_operand, 1},
  [8] =
    {field_condition, 1},
  [9] =
    {field_name, 0},
    {field_value, 2},
  [11] =
    {field_file, 1},
  [12] =
    {field_name, 0},
  [13] =
    {field_entry, 0},
  [14] =
    {field_arrow, 1},
    {field_from, 0},
    {field_to, 2},
  [17] =
    {field_pattern, 0},
    {field_restart, 2},
  [19] =
    {field_expression, 1},
  [20] =
    {field_left, 0},
    {field_operator, 1},
    {field_right, 2},
  [23] =
    {field_argument, 0},
  [24] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
  [26] =
    {field_entry, 2, .inherited = true},
    {field_name, 1},
  [28] =
    {field_entry, 0, .inherited = true},
    {field_entry, 1, .inherited = true},
  [30] =
    {field_pattern, 0},
    {field_restart, 3},
  [32] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [34] =
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
  [13] = 9,
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
  [32] = 32,
  [33] = 33,
  [34] = 11,
  [35] = 35,
  [36] = 12,
  [37] = 11,
  [38] = 9,
  [39] = 12,
  [40] = 7,
  [41] = 6,
  [42] = 10,
  [43] = 10,
  [44] = 44,
  [45] = 45,
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
  [68] = 11,
  [69] = 69,
  [70] = 70,
  [71] = 9,
  [72] = 12,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 10,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 82,
  [86] = 12,
  [87] = 9,
  [88] = 88,
  [89] = 81,
  [90] = 80,
  [91] = 80,
  [92] = 79,
  [93] = 82,
  [94] = 79,
  [95] = 81,
  [96] = 10,
  [97] = 83,
  [98] = 84,
  [99] = 99,
  [100] = 100,
  [101] = 83,
  [102] = 6,
  [103] = 7,
  [104] = 84,
  [105] = 105,
  [106] = 6,
  [107] = 7,
  [108] = 10,
  [109] = 109,
  [110] = 110,
  [111] = 80,
  [112] = 81,
  [113] = 79,
  [114] = 82,
  [115] = 83,
  [116] = 84,
  [117] = 6,
  [118] = 118,
  [119] = 84,
  [120] = 120,
  [121] = 121,
  [122] = 83,
  [123] = 7,
  [124] = 124,
  [125] = 125,
  [126] = 126,
  [127] = 10,
  [128] = 128,
  [129] = 129,
  [130] = 130,
  [131] = 109,
  [132] = 81,
  [133] = 133,
  [134] = 134,
  [135] = 83,
  [136] = 84,
  [137] = 80,
  [138] = 138,
  [139] = 79,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 144,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 83,
  [150] = 84,
  [151] = 151,
  [152] = 133,
  [153] = 153,
  [154] = 154,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 133,
  [162] = 162,
  [163] = 163,
  [164] = 164,
  [165] = 164,
  [166] = 164,
  [167] = 164,
  [168] = 164,
  [169] = 156,
  [170] = 156,
  [171] = 156,
  [172] = 164,
  [173] = 83,
  [174] = 174,
  [175] = 84,
  [176] = 176,
  [177] = 83,
  [178] = 7,
  [179] = 84,
  [180] = 10,
  [181] = 6,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 133,
  [187] = 187,
  [188] = 7,
  [189] = 6,
  [190] = 10,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 198,
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
  [222] = 222,
  [223] = 221,
  [224] = 224,
  [225] = 225,
  [226] = 207,
  [227] = 208,
  [228] = 209,
  [229] = 224,
  [230] = 203,
  [231] = 204,
  [232] = 215,
  [233] = 216,
  [234] = 217,
  [235] = 221,
  [236] = 224,
  [237] = 225,
  [238] = 207,
  [239] = 208,
  [240] = 209,
  [241] = 198,
  [242] = 203,
  [243] = 204,
  [244] = 215,
  [245] = 216,
  [246] = 217,
  [247] = 221,
  [248] = 224,
  [249] = 225,
  [250] = 225,
  [251] = 207,
  [252] = 208,
  [253] = 209,
  [254] = 254,
  [255] = 198,
  [256] = 203,
  [257] = 204,
  [258] = 215,
  [259] = 216,
  [260] = 217,
  [261] = 221,
  [262] = 224,
  [263] = 225,
  [264] = 207,
  [265] = 208,
  [266] = 209,
  [267] = 267,
  [268] = 198,
  [269] = 203,
  [270] = 204,
  [271] = 215,
  [272] = 216,
  [273] = 217,
  [274] = 221,
  [275] = 224,
  [276] = 225,
  [277] = 207,
  [278] = 208,
  [279] = 209,
  [280] = 280,
  [281] = 221,
  [282] = 224,
  [283] = 225,
  [284] = 207,
  [285] = 208,
  [286] = 209,
  [287] = 221,
  [288] = 224,
  [289] = 225,
  [290] = 207,
  [291] = 208,
  [292] = 209,
  [293] = 221,
  [294] = 224,
  [295] = 225,
  [296] = 207,
  [297] = 208,
  [298] = 209,
  [299] = 221,
  [300] = 224,
  [301] = 225,
  [302] = 207,
  [303] = 208,
  [304] = 209,
  [305] = 305,
  [306] = 306,
  [307] = 307,
  [308] = 307,
  [309] = 309,
  [310] = 310,
  [311] = 307,
  [312] = 307,
  [313] = 313,
  [314] = 314,
  [315] = 315,
  [316] = 316,
  [317] = 317,
  [318] = 318,
  [319] = 319,
  [320] = 320,
  [321] = 321,
  [322] = 322,
  [323] = 323,
  [324] = 324,
  [325] = 325,
  [326] = 326,
  [327] = 327,
  [328] = 328,
  [329] = 83,
  [330] = 330,
  [331] = 331,
  [332] = 332,
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
  [344] = 334,
  [345] = 345,
  [346] = 334,
  [347] = 347,
  [348] = 334,
  [349] = 334,
  [350] = 334,
  [351] = 351,
  [352] = 84,
};

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
      if (eof) ADVANCE(46);
      if (lookahead == '!') ADVANCE(263);
      if (lookahead == '"') ADVANCE(547);
      if (lookahead == '$') ADVANCE(7);
      if (lookahead == '\'') ADVANCE(549);
      if (lookahead == '(') ADVANCE(266);
      if (lookahead == ')') ADVANCE(267);
      if (lookahead == '+') ADVANCE(15);
      if (lookahead == '-') ADVANCE(16);
      if (lookahead == ':') ADVANCE(50);
      if (lookahead == '=') ADVANCE(469);
      if (lookahead == 'R') ADVANCE(306);
      if (lookahead == 'S') ADVANCE(307);
      if (lookahead == 'W') ADVANCE(339);
      if (lookahead == '[') ADVANCE(19);
      if (lookahead == '`') ADVANCE(551);
      if (lookahead == 'a') ADVANCE(294);
      if (lookahead == 'b') ADVANCE(338);
      if (lookahead == 'c') ADVANCE(350);
      if (lookahead == 'd') ADVANCE(308);
      if (lookahead == 'e') ADVANCE(305);
      if (lookahead == 'f') ADVANCE(340);
      if (lookahead == 'g') ADVANCE(401);
      if (lookahead == 'h') ADVANCE(381);
      if (lookahead == 'i') ADVANCE(334);
      if (lookahead == 'l') ADVANCE(341);
      if (lookahead == 'm') ADVANCE(288);
      if (lookahead == 'p') ADVANCE(402);
      if (lookahead == 'r') ADVANCE(309);
      if (lookahead == 's') ADVANCE(336);
      if (lookahead == 't') ADVANCE(337);
      if (lookahead == 'u') ADVANCE(373);
      if (lookahead == '{') ADVANCE(482);
      if (lookahead == '|') ADVANCE(265);
      if (lookahead == '}') ADVANCE(483);
      if (lookahead == '&' ||
          lookahead == '.') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(40)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('j' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 1:
      if (lookahead == '!') ADVANCE(263);
      if (lookahead == '"') ADVANCE(547);
      if (lookahead == '$') ADVANCE(7);
      if (lookahead == '\'') ADVANCE(549);
      if (lookahead == '(') ADVANCE(266);
      if (lookahead == '`') ADVANCE(551);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 2:
      if (lookahead == '"') ADVANCE(547);
      if (lookahead == '$') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(549);
      if (lookahead == '`') ADVANCE(551);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '+') ADVANCE(15);
      if (lookahead == '-') ADVANCE(16);
      if (lookahead == '=') ADVANCE(469);
      if (lookahead == 'R') ADVANCE(487);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '}') ADVANCE(483);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(4)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 4:
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '+') ADVANCE(15);
      if (lookahead == '-') ADVANCE(16);
      if (lookahead == 'R') ADVANCE(487);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '}') ADVANCE(483);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(4)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 5:
      if (lookahead == '$') ADVANCE(8);
      if (lookahead == '+') ADVANCE(505);
      if (lookahead == '-') ADVANCE(506);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(13)
      if (lookahead != 0 &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 6:
      if (lookahead == '$') ADVANCE(8);
      if (lookahead == 'R') ADVANCE(515);
      if (lookahead == '}') ADVANCE(483);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead)) ADVANCE(542);
      END_STATE();
    case 7:
      if (lookahead == '(') ADVANCE(11);
      if (lookahead == '{') ADVANCE(25);
      END_STATE();
    case 8:
      if (lookahead == '(') ADVANCE(11);
      if (lookahead == '{') ADVANCE(25);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 9:
      if (lookahead == '(') ADVANCE(12);
      if (lookahead == '{') ADVANCE(26);
      END_STATE();
    case 10:
      if (lookahead == '(') ADVANCE(12);
      if (lookahead == '{') ADVANCE(26);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 11:
      if (lookahead == ')') ADVANCE(544);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '(' &&
          lookahead != '`') ADVANCE(11);
      END_STATE();
    case 12:
      if (lookahead == ')') ADVANCE(545);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '(' &&
          lookahead != '`') ADVANCE(12);
      END_STATE();
    case 13:
      if (lookahead == '+') ADVANCE(15);
      if (lookahead == '-') ADVANCE(16);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(13)
      END_STATE();
    case 14:
      if (lookahead == ':') ADVANCE(261);
      END_STATE();
    case 15:
      if (lookahead == '>') ADVANCE(472);
      END_STATE();
    case 16:
      if (lookahead == '>') ADVANCE(470);
      END_STATE();
    case 17:
      if (lookahead == 'R') ADVANCE(487);
      if (lookahead == '}') ADVANCE(483);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 18:
      if (lookahead == 'W') ADVANCE(23);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(18)
      END_STATE();
    case 19:
      if (lookahead == ']') ADVANCE(467);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(19);
      END_STATE();
    case 20:
      if (lookahead == ']') ADVANCE(468);
      if (lookahead == '"' ||
          ('\'' <= lookahead && lookahead <= ')') ||
          lookahead == '`' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(504);
      END_STATE();
    case 21:
      if (lookahead == ']') ADVANCE(542);
      if (lookahead == '"' ||
          ('\'' <= lookahead && lookahead <= ')') ||
          lookahead == '`' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(543);
      END_STATE();
    case 22:
      if (lookahead == 'h') ADVANCE(497);
      END_STATE();
    case 23:
      if (lookahead == 'i') ADVANCE(24);
      END_STATE();
    case 24:
      if (lookahead == 't') ADVANCE(22);
      END_STATE();
    case 25:
      if (lookahead == '}') ADVANCE(544);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '`' &&
          lookahead != '{') ADVANCE(25);
      END_STATE();
    case 26:
      if (lookahead == '}') ADVANCE(545);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '`' &&
          lookahead != '{') ADVANCE(26);
      END_STATE();
    case 27:
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(466);
      END_STATE();
    case 28:
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 29:
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(542);
      END_STATE();
    case 30:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == ')') ADVANCE(270);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '}') ADVANCE(483);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(30)
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ':' &&
          lookahead != '{') ADVANCE(503);
      END_STATE();
    case 31:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == ':') ADVANCE(49);
      if (lookahead == '=') ADVANCE(502);
      if (lookahead == '[') ADVANCE(504);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'h') ADVANCE(277);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(32)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 32:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '=') ADVANCE(502);
      if (lookahead == '[') ADVANCE(504);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'h') ADVANCE(277);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(32)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != ':' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 33:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '=') ADVANCE(502);
      if (lookahead == '[') ADVANCE(504);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != ':' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 34:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(10);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'h') ADVANCE(501);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(34)
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != ':' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 35:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == ')') ADVANCE(270);
      if (lookahead == ':') ADVANCE(542);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '}') ADVANCE(483);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(30)
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != '{') ADVANCE(542);
      END_STATE();
    case 36:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == ':') ADVANCE(542);
      if (lookahead == '=') ADVANCE(539);
      if (lookahead == '[') ADVANCE(543);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'h') ADVANCE(527);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(32)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 37:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == ':') ADVANCE(542);
      if (lookahead == '=') ADVANCE(539);
      if (lookahead == '[') ADVANCE(543);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 38:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '=') ADVANCE(539);
      if (lookahead == 'S') ADVANCE(513);
      if (lookahead == '[') ADVANCE(543);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'r') ADVANCE(514);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(43)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 39:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '=') ADVANCE(539);
      if (lookahead == 'S') ADVANCE(513);
      if (lookahead == '[') ADVANCE(543);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(44)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 40:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '$') ADVANCE(9);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '(') ADVANCE(269);
      if (lookahead == ')') ADVANCE(270);
      if (lookahead == '+') ADVANCE(15);
      if (lookahead == '-') ADVANCE(16);
      if (lookahead == '=') ADVANCE(268);
      if (lookahead == 'R') ADVANCE(306);
      if (lookahead == 'S') ADVANCE(307);
      if (lookahead == 'W') ADVANCE(339);
      if (lookahead == '[') ADVANCE(19);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'a') ADVANCE(294);
      if (lookahead == 'b') ADVANCE(338);
      if (lookahead == 'c') ADVANCE(350);
      if (lookahead == 'd') ADVANCE(308);
      if (lookahead == 'e') ADVANCE(305);
      if (lookahead == 'f') ADVANCE(340);
      if (lookahead == 'g') ADVANCE(401);
      if (lookahead == 'h') ADVANCE(381);
      if (lookahead == 'i') ADVANCE(334);
      if (lookahead == 'l') ADVANCE(341);
      if (lookahead == 'm') ADVANCE(288);
      if (lookahead == 'p') ADVANCE(402);
      if (lookahead == 'r') ADVANCE(309);
      if (lookahead == 's') ADVANCE(336);
      if (lookahead == 't') ADVANCE(337);
      if (lookahead == 'u') ADVANCE(373);
      if (lookahead == '{') ADVANCE(482);
      if (lookahead == '}') ADVANCE(483);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(40)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('j' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 41:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '(') ADVANCE(269);
      if (lookahead == ')') ADVANCE(267);
      if (lookahead == ':') ADVANCE(14);
      if (lookahead == '=') ADVANCE(268);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'a') ADVANCE(110);
      if (lookahead == 'b') ADVANCE(149);
      if (lookahead == 'c') ADVANCE(158);
      if (lookahead == 'd') ADVANCE(121);
      if (lookahead == 'e') ADVANCE(118);
      if (lookahead == 'f') ADVANCE(150);
      if (lookahead == 'g') ADVANCE(201);
      if (lookahead == 'h') ADVANCE(184);
      if (lookahead == 'i') ADVANCE(146);
      if (lookahead == 'l') ADVANCE(153);
      if (lookahead == 'm') ADVANCE(106);
      if (lookahead == 'p') ADVANCE(203);
      if (lookahead == 'r') ADVANCE(122);
      if (lookahead == 's') ADVANCE(147);
      if (lookahead == 't') ADVANCE(148);
      if (lookahead == 'u') ADVANCE(177);
      if (lookahead == '|') ADVANCE(265);
      if (lookahead == '&' ||
          lookahead == '.') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(42)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 42:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '(') ADVANCE(269);
      if (lookahead == '=') ADVANCE(268);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'a') ADVANCE(110);
      if (lookahead == 'b') ADVANCE(149);
      if (lookahead == 'c') ADVANCE(158);
      if (lookahead == 'd') ADVANCE(121);
      if (lookahead == 'e') ADVANCE(118);
      if (lookahead == 'f') ADVANCE(150);
      if (lookahead == 'g') ADVANCE(201);
      if (lookahead == 'h') ADVANCE(184);
      if (lookahead == 'i') ADVANCE(146);
      if (lookahead == 'l') ADVANCE(153);
      if (lookahead == 'm') ADVANCE(106);
      if (lookahead == 'p') ADVANCE(203);
      if (lookahead == 'r') ADVANCE(122);
      if (lookahead == 's') ADVANCE(147);
      if (lookahead == 't') ADVANCE(148);
      if (lookahead == 'u') ADVANCE(177);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(42)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 43:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '=') ADVANCE(27);
      if (lookahead == 'S') ADVANCE(307);
      if (lookahead == '[') ADVANCE(19);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == 'r') ADVANCE(328);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(43)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 44:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '=') ADVANCE(27);
      if (lookahead == 'S') ADVANCE(307);
      if (lookahead == '[') ADVANCE(19);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(44)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 45:
      if (eof) ADVANCE(46);
      if (lookahead == '"') ADVANCE(546);
      if (lookahead == '\'') ADVANCE(548);
      if (lookahead == '`') ADVANCE(550);
      if (lookahead == '{') ADVANCE(482);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(45)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(anon_sym_control);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(anon_sym_control);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(anon_sym_COLON);
      if (lookahead == ':') ADVANCE(261);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(anon_sym_groups);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(anon_sym_groups);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(anon_sym_classes);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(anon_sym_classes);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(anon_sym_files);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_files);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(anon_sym_tidy);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(anon_sym_tidy);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(anon_sym_copy);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(anon_sym_copy);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(anon_sym_disable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(anon_sym_disable);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(anon_sym_directories);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(anon_sym_directories);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(anon_sym_required);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(anon_sym_required);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(anon_sym_disks);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(anon_sym_disks);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(anon_sym_import);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(anon_sym_import);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(anon_sym_ignore);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(anon_sym_ignore);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(anon_sym_homeservers);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(anon_sym_binservers);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(anon_sym_binservers);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(anon_sym_mailserver);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(anon_sym_mailserver);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(anon_sym_mountables);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(anon_sym_mountables);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(anon_sym_broadcast);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(anon_sym_broadcast);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(anon_sym_resolve);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(anon_sym_resolve);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(anon_sym_defaultroute);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(anon_sym_defaultroute);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(anon_sym_unmount);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(anon_sym_unmount);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(anon_sym_editfiles);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(anon_sym_editfiles);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(anon_sym_acl);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(anon_sym_acl);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(anon_sym_links);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(anon_sym_links);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(anon_sym_processes);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(anon_sym_processes);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(anon_sym_shellcommands);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(anon_sym_shellcommands);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(anon_sym_miscmounts);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(anon_sym_miscmounts);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(108);
      if (lookahead == 'k') ADVANCE(215);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(119);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(231);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(180);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(230);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(152);
      if (lookahead == 'i') ADVANCE(228);
      if (lookahead == 'o') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'a') ADVANCE(109);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'b') ADVANCE(165);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'b') ADVANCE(167);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(159);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(242);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(143);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(190);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'c') ADVANCE(174);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(65);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(151);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(114);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'd') ADVANCE(227);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(144);
      if (lookahead == 'i') ADVANCE(202);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(199);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(71);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(82);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(111);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(116);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(212);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(164);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(216);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(210);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(200);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(219);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(220);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(221);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(224);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(225);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(211);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(213);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(214);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(234);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'e') ADVANCE(235);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'f') ADVANCE(103);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'f') ADVANCE(156);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'g') ADVANCE(181);
      if (lookahead == 'm') ADVANCE(197);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'h') ADVANCE(130);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(178);
      if (lookahead == 'r') ADVANCE(186);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(162);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(169);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(176);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(208);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(138);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'i') ADVANCE(166);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'k') ADVANCE(217);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(102);
      if (lookahead == 'o') ADVANCE(175);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(90);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(254);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(47);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(131);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(113);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(163);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(246);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'l') ADVANCE(236);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(172);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(142);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(104);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(195);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'm') ADVANCE(196);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(245);
      if (lookahead == 'p') ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(157);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(173);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(229);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(241);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(120);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(185);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(238);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'n') ADVANCE(243);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(171);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(206);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(101);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(247);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(112);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(204);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(170);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(205);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(160);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(161);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'o') ADVANCE(253);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'p') ADVANCE(189);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'p') ADVANCE(218);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'q') ADVANCE(248);
      if (lookahead == 's') ADVANCE(192);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(187);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(127);
      if (lookahead == 's') ADVANCE(100);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(188);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(237);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(155);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(123);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(194);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(128);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(193);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(222);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(226);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(255);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(257);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'r') ADVANCE(256);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(55);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(53);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(88);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(94);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(78);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(73);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(96);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(129);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(232);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(140);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(233);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 's') ADVANCE(141);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(69);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(86);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(145);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(107);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(191);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(223);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(207);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 't') ADVANCE(209);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(198);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(154);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(179);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(182);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(168);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(244);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'u') ADVANCE(183);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'v') ADVANCE(125);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'v') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'v') ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'v') ADVANCE(139);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'y') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (lookahead == 'y') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(aux_sym_unknown_section_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(anon_sym_COLON_COLON);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_class_name);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(aux_sym_and_expression_token1);
      if (lookahead == '|') ADVANCE(265);
      if (lookahead == '&' ||
          lookahead == '.') ADVANCE(264);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(aux_sym_or_expression_token1);
      if (lookahead == '&' ||
          lookahead == '.' ||
          lookahead == '|') ADVANCE(265);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(anon_sym_LPAREN2);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(anon_sym_RPAREN2);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_home);
      if (lookahead == '$') ADVANCE(28);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_home);
      if (lookahead == '$') ADVANCE(28);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_home);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_home);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '$') ADVANCE(28);
      if (lookahead == 'e') ADVANCE(271);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '$') ADVANCE(28);
      if (lookahead == 'm') ADVANCE(275);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '$') ADVANCE(28);
      if (lookahead == 'o') ADVANCE(276);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '$') ADVANCE(28);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(503);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'A') ADVANCE(359);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'O') ADVANCE(397);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'S') ADVANCE(446);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(292);
      if (lookahead == 'k') ADVANCE(415);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(303);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(432);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(455);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(376);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(430);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(343);
      if (lookahead == 'i') ADVANCE(427);
      if (lookahead == 'o') ADVANCE(454);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(297);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(407);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'a') ADVANCE(293);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'b') ADVANCE(360);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'b') ADVANCE(362);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(351);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(447);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(329);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(312);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(387);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(287);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'c') ADVANCE(369);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(66);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(463);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(299);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(426);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'd') ADVANCE(342);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(395);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(436);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(331);
      if (lookahead == 'i') ADVANCE(403);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(399);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(274);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(72);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(279);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(62);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(83);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(85);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(295);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(301);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(412);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(358);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(416);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(410);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(400);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(419);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(420);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(421);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(424);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(425);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(433);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(434);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'e') ADVANCE(414);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'f') ADVANCE(285);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'f') ADVANCE(348);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'g') ADVANCE(481);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'g') ADVANCE(377);
      if (lookahead == 'm') ADVANCE(396);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'h') ADVANCE(498);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'h') ADVANCE(319);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(302);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(374);
      if (lookahead == 'r') ADVANCE(383);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(441);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(356);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(370);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(442);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(364);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(372);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(390);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(327);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(411);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'i') ADVANCE(361);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'k') ADVANCE(417);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(284);
      if (lookahead == 'o') ADVANCE(375);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(91);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(459);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(48);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(496);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(289);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(320);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(298);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(357);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(354);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(313);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(324);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(326);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(451);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'l') ADVANCE(435);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(368);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(310);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(393);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(286);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'm') ADVANCE(394);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(349);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(281);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(333);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(367);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(428);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(450);
      if (lookahead == 'p') ADVANCE(462);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(304);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(382);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(445);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(439);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'n') ADVANCE(448);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(366);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(408);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(283);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(452);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(296);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(406);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(365);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(404);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(456);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(371);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(352);
      if (lookahead == 't') ADVANCE(290);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(353);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(457);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'o') ADVANCE(458);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'p') ADVANCE(355);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'p') ADVANCE(386);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'p') ADVANCE(444);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'p') ADVANCE(418);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'q') ADVANCE(453);
      if (lookahead == 's') ADVANCE(391);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(77);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(384);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(385);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(316);
      if (lookahead == 's') ADVANCE(282);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(346);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(392);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(437);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(438);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(311);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(389);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(422);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(317);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(460);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(344);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'r') ADVANCE(461);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(68);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(56);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(93);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(52);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(54);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(89);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(95);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(75);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(99);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(79);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(64);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(97);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(300);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(318);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(323);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(440);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(325);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(429);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(443);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(431);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 's') ADVANCE(330);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(280);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(70);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(479);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(87);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(81);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(335);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(332);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(290);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(345);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(291);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(413);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(388);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(423);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(315);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(405);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 't') ADVANCE(409);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(398);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(347);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(378);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(363);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(449);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(379);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'u') ADVANCE(380);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'v') ADVANCE(314);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'v') ADVANCE(321);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'v') ADVANCE(322);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'y') ADVANCE(60);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == 'y') ADVANCE(58);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(aux_sym_flag_token1);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(aux_sym_flag_token2);
      if (lookahead == '$') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(465);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(aux_sym_flag_token2);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(466);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(aux_sym_flag_token3);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(aux_sym_flag_token3);
      if (lookahead == '$') ADVANCE(28);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(anon_sym_EQ2);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(anon_sym_DASH_GT);
      if (lookahead == '!') ADVANCE(474);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(anon_sym_DASH_GT);
      if (lookahead == '!') ADVANCE(475);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < ' ' || '"' < lookahead) &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(anon_sym_PLUS_GT);
      if (lookahead == '!') ADVANCE(476);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(anon_sym_PLUS_GT);
      if (lookahead == '!') ADVANCE(477);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < ' ' || '"' < lookahead) &&
          (lookahead < '\'' || ')' < lookahead) &&
          lookahead != '`' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(anon_sym_DASH_GT_BANG);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(anon_sym_DASH_GT_BANG);
      if (lookahead == '$') ADVANCE(29);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(542);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(anon_sym_PLUS_GT_BANG);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(anon_sym_PLUS_GT_BANG);
      if (lookahead == '$') ADVANCE(29);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(542);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(anon_sym_restart);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(anon_sym_restart);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(anon_sym_SetOptionString);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(anon_sym_SetOptionString);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'A') ADVANCE(491);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'a') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'c') ADVANCE(488);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'e') ADVANCE(492);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'e') ADVANCE(484);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'l') ADVANCE(485);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'l') ADVANCE(495);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'l') ADVANCE(490);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym_command_name);
      if (lookahead == 'p') ADVANCE(489);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym_command_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(anon_sym_ReplaceAll);
      if (lookahead == '$') ADVANCE(29);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(anon_sym_ReplaceAll);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(493);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(anon_sym_ReplaceAll);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(anon_sym_With);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(anon_sym_With);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(464);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(28);
      if (lookahead == 'e') ADVANCE(272);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(28);
      if (lookahead == 'm') ADVANCE(499);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(28);
      if (lookahead == 'o') ADVANCE(500);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(465);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(28);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(503);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(aux_sym_word_token1);
      if (lookahead == '$') ADVANCE(20);
      if (lookahead == ']') ADVANCE(468);
      if (lookahead == '"' ||
          ('\'' <= lookahead && lookahead <= ')') ||
          lookahead == '`' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(504);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == '>') ADVANCE(473);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(542);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == '>') ADVANCE(471);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(542);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'A') ADVANCE(523);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'O') ADVANCE(530);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'S') ADVANCE(538);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'a') ADVANCE(532);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'a') ADVANCE(512);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'c') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'e') ADVANCE(534);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'e') ADVANCE(533);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'e') ADVANCE(529);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'e') ADVANCE(507);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'e') ADVANCE(273);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'g') ADVANCE(480);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'i') ADVANCE(528);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'i') ADVANCE(526);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'l') ADVANCE(511);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'l') ADVANCE(494);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'l') ADVANCE(522);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'm') ADVANCE(517);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'n') ADVANCE(509);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'n') ADVANCE(518);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'o') ADVANCE(524);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'o') ADVANCE(525);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'p') ADVANCE(521);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'p') ADVANCE(536);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'r') ADVANCE(520);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 'r') ADVANCE(537);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 's') ADVANCE(535);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 't') ADVANCE(508);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 't') ADVANCE(510);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 't') ADVANCE(519);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 't') ADVANCE(478);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == 't') ADVANCE(531);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(539);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(542);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(540);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(541);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          (lookahead < '\'' || ')' < lookahead) &&
          (lookahead < '`' || '{' < lookahead) &&
          lookahead != '}') ADVANCE(542);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(29);
      if (!aux_sym_word_token1_character_set_1(lookahead)) ADVANCE(542);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(aux_sym_word_token2);
      if (lookahead == '$') ADVANCE(21);
      if (lookahead == ']') ADVANCE(542);
      if (lookahead == '"' ||
          ('\'' <= lookahead && lookahead <= ')') ||
          lookahead == '`' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(543);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(aux_sym_word_token3);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym_variable);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(anon_sym_BQUOTE);
      END_STATE();
    case 551:
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
  [4] = {.lex_state = 41, .external_lex_state = 3},
  [5] = {.lex_state = 31, .external_lex_state = 4},
  [6] = {.lex_state = 36, .external_lex_state = 4},
  [7] = {.lex_state = 36, .external_lex_state = 4},
  [8] = {.lex_state = 31, .external_lex_state = 4},
  [9] = {.lex_state = 36, .external_lex_state = 4},
  [10] = {.lex_state = 36, .external_lex_state = 4},
  [11] = {.lex_state = 31, .external_lex_state = 4},
  [12] = {.lex_state = 36, .external_lex_state = 4},
  [13] = {.lex_state = 38, .external_lex_state = 4},
  [14] = {.lex_state = 34, .external_lex_state = 5},
  [15] = {.lex_state = 34, .external_lex_state = 5},
  [16] = {.lex_state = 34, .external_lex_state = 5},
  [17] = {.lex_state = 34, .external_lex_state = 5},
  [18] = {.lex_state = 34, .external_lex_state = 5},
  [19] = {.lex_state = 34, .external_lex_state = 5},
  [20] = {.lex_state = 34, .external_lex_state = 5},
  [21] = {.lex_state = 43, .external_lex_state = 4},
  [22] = {.lex_state = 34, .external_lex_state = 5},
  [23] = {.lex_state = 34, .external_lex_state = 5},
  [24] = {.lex_state = 34, .external_lex_state = 5},
  [25] = {.lex_state = 34, .external_lex_state = 5},
  [26] = {.lex_state = 43, .external_lex_state = 4},
  [27] = {.lex_state = 33, .external_lex_state = 4},
  [28] = {.lex_state = 34, .external_lex_state = 5},
  [29] = {.lex_state = 34, .external_lex_state = 5},
  [30] = {.lex_state = 33, .external_lex_state = 4},
  [31] = {.lex_state = 34, .external_lex_state = 5},
  [32] = {.lex_state = 34, .external_lex_state = 5},
  [33] = {.lex_state = 34, .external_lex_state = 5},
  [34] = {.lex_state = 43, .external_lex_state = 4},
  [35] = {.lex_state = 34, .external_lex_state = 5},
  [36] = {.lex_state = 38, .external_lex_state = 4},
  [37] = {.lex_state = 33, .external_lex_state = 4},
  [38] = {.lex_state = 37, .external_lex_state = 4},
  [39] = {.lex_state = 37, .external_lex_state = 4},
  [40] = {.lex_state = 37, .external_lex_state = 4},
  [41] = {.lex_state = 37, .external_lex_state = 4},
  [42] = {.lex_state = 37, .external_lex_state = 4},
  [43] = {.lex_state = 38, .external_lex_state = 4},
  [44] = {.lex_state = 44, .external_lex_state = 4},
  [45] = {.lex_state = 30, .external_lex_state = 5},
  [46] = {.lex_state = 30, .external_lex_state = 5},
  [47] = {.lex_state = 30, .external_lex_state = 5},
  [48] = {.lex_state = 30, .external_lex_state = 5},
  [49] = {.lex_state = 30, .external_lex_state = 5},
  [50] = {.lex_state = 30, .external_lex_state = 5},
  [51] = {.lex_state = 30, .external_lex_state = 5},
  [52] = {.lex_state = 30, .external_lex_state = 5},
  [53] = {.lex_state = 30, .external_lex_state = 5},
  [54] = {.lex_state = 30, .external_lex_state = 5},
  [55] = {.lex_state = 30, .external_lex_state = 5},
  [56] = {.lex_state = 44, .external_lex_state = 4},
  [57] = {.lex_state = 30, .external_lex_state = 5},
  [58] = {.lex_state = 30, .external_lex_state = 5},
  [59] = {.lex_state = 44, .external_lex_state = 4},
  [60] = {.lex_state = 30, .external_lex_state = 5},
  [61] = {.lex_state = 30, .external_lex_state = 5},
  [62] = {.lex_state = 44, .external_lex_state = 4},
  [63] = {.lex_state = 30, .external_lex_state = 5},
  [64] = {.lex_state = 30, .external_lex_state = 5},
  [65] = {.lex_state = 30, .external_lex_state = 5},
  [66] = {.lex_state = 30, .external_lex_state = 5},
  [67] = {.lex_state = 30, .external_lex_state = 5},
  [68] = {.lex_state = 44, .external_lex_state = 4},
  [69] = {.lex_state = 30, .external_lex_state = 5},
  [70] = {.lex_state = 30, .external_lex_state = 5},
  [71] = {.lex_state = 39, .external_lex_state = 4},
  [72] = {.lex_state = 39, .external_lex_state = 4},
  [73] = {.lex_state = 30, .external_lex_state = 5},
  [74] = {.lex_state = 30, .external_lex_state = 5},
  [75] = {.lex_state = 30, .external_lex_state = 5},
  [76] = {.lex_state = 30, .external_lex_state = 5},
  [77] = {.lex_state = 39, .external_lex_state = 4},
  [78] = {.lex_state = 30, .external_lex_state = 5},
  [79] = {.lex_state = 31, .external_lex_state = 4},
  [80] = {.lex_state = 31, .external_lex_state = 4},
  [81] = {.lex_state = 31, .external_lex_state = 4},
  [82] = {.lex_state = 31, .external_lex_state = 4},
  [83] = {.lex_state = 31, .external_lex_state = 4},
  [84] = {.lex_state = 31, .external_lex_state = 4},
  [85] = {.lex_state = 43, .external_lex_state = 4},
  [86] = {.lex_state = 35, .external_lex_state = 4},
  [87] = {.lex_state = 35, .external_lex_state = 4},
  [88] = {.lex_state = 38, .external_lex_state = 5},
  [89] = {.lex_state = 43, .external_lex_state = 4},
  [90] = {.lex_state = 33, .external_lex_state = 4},
  [91] = {.lex_state = 43, .external_lex_state = 4},
  [92] = {.lex_state = 43, .external_lex_state = 4},
  [93] = {.lex_state = 33, .external_lex_state = 4},
  [94] = {.lex_state = 33, .external_lex_state = 4},
  [95] = {.lex_state = 33, .external_lex_state = 4},
  [96] = {.lex_state = 35, .external_lex_state = 4},
  [97] = {.lex_state = 43, .external_lex_state = 4},
  [98] = {.lex_state = 43, .external_lex_state = 4},
  [99] = {.lex_state = 38, .external_lex_state = 5},
  [100] = {.lex_state = 38, .external_lex_state = 5},
  [101] = {.lex_state = 33, .external_lex_state = 4},
  [102] = {.lex_state = 35, .external_lex_state = 4},
  [103] = {.lex_state = 35, .external_lex_state = 4},
  [104] = {.lex_state = 33, .external_lex_state = 4},
  [105] = {.lex_state = 30, .external_lex_state = 4},
  [106] = {.lex_state = 35, .external_lex_state = 5},
  [107] = {.lex_state = 35, .external_lex_state = 5},
  [108] = {.lex_state = 35, .external_lex_state = 5},
  [109] = {.lex_state = 30, .external_lex_state = 4},
  [110] = {.lex_state = 30, .external_lex_state = 4},
  [111] = {.lex_state = 44, .external_lex_state = 4},
  [112] = {.lex_state = 44, .external_lex_state = 4},
  [113] = {.lex_state = 44, .external_lex_state = 4},
  [114] = {.lex_state = 44, .external_lex_state = 4},
  [115] = {.lex_state = 44, .external_lex_state = 4},
  [116] = {.lex_state = 44, .external_lex_state = 4},
  [117] = {.lex_state = 35, .external_lex_state = 3},
  [118] = {.lex_state = 41, .external_lex_state = 5},
  [119] = {.lex_state = 3, .external_lex_state = 3},
  [120] = {.lex_state = 30, .external_lex_state = 3},
  [121] = {.lex_state = 30, .external_lex_state = 3},
  [122] = {.lex_state = 3, .external_lex_state = 3},
  [123] = {.lex_state = 35, .external_lex_state = 3},
  [124] = {.lex_state = 30, .external_lex_state = 3},
  [125] = {.lex_state = 30, .external_lex_state = 3},
  [126] = {.lex_state = 30, .external_lex_state = 3},
  [127] = {.lex_state = 35, .external_lex_state = 3},
  [128] = {.lex_state = 41, .external_lex_state = 5},
  [129] = {.lex_state = 30, .external_lex_state = 3},
  [130] = {.lex_state = 41, .external_lex_state = 5},
  [131] = {.lex_state = 41, .external_lex_state = 4},
  [132] = {.lex_state = 30, .external_lex_state = 4},
  [133] = {.lex_state = 34, .external_lex_state = 5},
  [134] = {.lex_state = 41, .external_lex_state = 4},
  [135] = {.lex_state = 30, .external_lex_state = 4},
  [136] = {.lex_state = 30, .external_lex_state = 4},
  [137] = {.lex_state = 30, .external_lex_state = 4},
  [138] = {.lex_state = 41, .external_lex_state = 4},
  [139] = {.lex_state = 30, .external_lex_state = 4},
  [140] = {.lex_state = 45, .external_lex_state = 5},
  [141] = {.lex_state = 3, .external_lex_state = 3},
  [142] = {.lex_state = 45, .external_lex_state = 5},
  [143] = {.lex_state = 45, .external_lex_state = 5},
  [144] = {.lex_state = 30, .external_lex_state = 5},
  [145] = {.lex_state = 3, .external_lex_state = 3},
  [146] = {.lex_state = 3, .external_lex_state = 3},
  [147] = {.lex_state = 30, .external_lex_state = 3},
  [148] = {.lex_state = 30, .external_lex_state = 3},
  [149] = {.lex_state = 30, .external_lex_state = 5},
  [150] = {.lex_state = 30, .external_lex_state = 5},
  [151] = {.lex_state = 30, .external_lex_state = 3},
  [152] = {.lex_state = 30, .external_lex_state = 5},
  [153] = {.lex_state = 1, .external_lex_state = 3},
  [154] = {.lex_state = 1, .external_lex_state = 3},
  [155] = {.lex_state = 45, .external_lex_state = 5},
  [156] = {.lex_state = 1, .external_lex_state = 3},
  [157] = {.lex_state = 30, .external_lex_state = 3},
  [158] = {.lex_state = 45, .external_lex_state = 5},
  [159] = {.lex_state = 45, .external_lex_state = 5},
  [160] = {.lex_state = 45, .external_lex_state = 5},
  [161] = {.lex_state = 45, .external_lex_state = 5},
  [162] = {.lex_state = 1, .external_lex_state = 3},
  [163] = {.lex_state = 1, .external_lex_state = 3},
  [164] = {.lex_state = 2, .external_lex_state = 3},
  [165] = {.lex_state = 2, .external_lex_state = 3},
  [166] = {.lex_state = 2, .external_lex_state = 3},
  [167] = {.lex_state = 2, .external_lex_state = 3},
  [168] = {.lex_state = 2, .external_lex_state = 3},
  [169] = {.lex_state = 1, .external_lex_state = 3},
  [170] = {.lex_state = 1, .external_lex_state = 3},
  [171] = {.lex_state = 1, .external_lex_state = 3},
  [172] = {.lex_state = 2, .external_lex_state = 3},
  [173] = {.lex_state = 30, .external_lex_state = 3},
  [174] = {.lex_state = 38, .external_lex_state = 5},
  [175] = {.lex_state = 30, .external_lex_state = 3},
  [176] = {.lex_state = 0, .external_lex_state = 5},
  [177] = {.lex_state = 38, .external_lex_state = 5},
  [178] = {.lex_state = 5, .external_lex_state = 3},
  [179] = {.lex_state = 38, .external_lex_state = 5},
  [180] = {.lex_state = 5, .external_lex_state = 3},
  [181] = {.lex_state = 5, .external_lex_state = 3},
  [182] = {.lex_state = 0, .external_lex_state = 5},
  [183] = {.lex_state = 0, .external_lex_state = 5},
  [184] = {.lex_state = 0, .external_lex_state = 5},
  [185] = {.lex_state = 0, .external_lex_state = 5},
  [186] = {.lex_state = 38, .external_lex_state = 5},
  [187] = {.lex_state = 0, .external_lex_state = 5},
  [188] = {.lex_state = 6, .external_lex_state = 3},
  [189] = {.lex_state = 6, .external_lex_state = 3},
  [190] = {.lex_state = 6, .external_lex_state = 3},
  [191] = {.lex_state = 3, .external_lex_state = 3},
  [192] = {.lex_state = 3, .external_lex_state = 3},
  [193] = {.lex_state = 3, .external_lex_state = 3},
  [194] = {.lex_state = 3, .external_lex_state = 3},
  [195] = {.lex_state = 30, .external_lex_state = 3},
  [196] = {.lex_state = 30, .external_lex_state = 3},
  [197] = {.lex_state = 0, .external_lex_state = 3},
  [198] = {.lex_state = 1, .external_lex_state = 6},
  [199] = {.lex_state = 41, .external_lex_state = 3},
  [200] = {.lex_state = 41, .external_lex_state = 3},
  [201] = {.lex_state = 45, .external_lex_state = 5},
  [202] = {.lex_state = 1, .external_lex_state = 6},
  [203] = {.lex_state = 1, .external_lex_state = 7},
  [204] = {.lex_state = 1, .external_lex_state = 8},
  [205] = {.lex_state = 41, .external_lex_state = 3},
  [206] = {.lex_state = 1, .external_lex_state = 6},
  [207] = {.lex_state = 1, .external_lex_state = 6},
  [208] = {.lex_state = 1, .external_lex_state = 7},
  [209] = {.lex_state = 1, .external_lex_state = 8},
  [210] = {.lex_state = 0, .external_lex_state = 5},
  [211] = {.lex_state = 0, .external_lex_state = 5},
  [212] = {.lex_state = 0, .external_lex_state = 5},
  [213] = {.lex_state = 45, .external_lex_state = 5},
  [214] = {.lex_state = 41, .external_lex_state = 3},
  [215] = {.lex_state = 1, .external_lex_state = 6},
  [216] = {.lex_state = 1, .external_lex_state = 7},
  [217] = {.lex_state = 1, .external_lex_state = 8},
  [218] = {.lex_state = 1, .external_lex_state = 7},
  [219] = {.lex_state = 41, .external_lex_state = 3},
  [220] = {.lex_state = 41, .external_lex_state = 3},
  [221] = {.lex_state = 1, .external_lex_state = 6},
  [222] = {.lex_state = 45, .external_lex_state = 5},
  [223] = {.lex_state = 1, .external_lex_state = 6},
  [224] = {.lex_state = 1, .external_lex_state = 7},
  [225] = {.lex_state = 1, .external_lex_state = 8},
  [226] = {.lex_state = 1, .external_lex_state = 6},
  [227] = {.lex_state = 1, .external_lex_state = 7},
  [228] = {.lex_state = 1, .external_lex_state = 8},
  [229] = {.lex_state = 1, .external_lex_state = 7},
  [230] = {.lex_state = 1, .external_lex_state = 7},
  [231] = {.lex_state = 1, .external_lex_state = 8},
  [232] = {.lex_state = 1, .external_lex_state = 6},
  [233] = {.lex_state = 1, .external_lex_state = 7},
  [234] = {.lex_state = 1, .external_lex_state = 8},
  [235] = {.lex_state = 1, .external_lex_state = 6},
  [236] = {.lex_state = 1, .external_lex_state = 7},
  [237] = {.lex_state = 1, .external_lex_state = 8},
  [238] = {.lex_state = 1, .external_lex_state = 6},
  [239] = {.lex_state = 1, .external_lex_state = 7},
  [240] = {.lex_state = 1, .external_lex_state = 8},
  [241] = {.lex_state = 1, .external_lex_state = 6},
  [242] = {.lex_state = 1, .external_lex_state = 7},
  [243] = {.lex_state = 1, .external_lex_state = 8},
  [244] = {.lex_state = 1, .external_lex_state = 6},
  [245] = {.lex_state = 1, .external_lex_state = 7},
  [246] = {.lex_state = 1, .external_lex_state = 8},
  [247] = {.lex_state = 1, .external_lex_state = 6},
  [248] = {.lex_state = 1, .external_lex_state = 7},
  [249] = {.lex_state = 1, .external_lex_state = 8},
  [250] = {.lex_state = 1, .external_lex_state = 8},
  [251] = {.lex_state = 1, .external_lex_state = 6},
  [252] = {.lex_state = 1, .external_lex_state = 7},
  [253] = {.lex_state = 1, .external_lex_state = 8},
  [254] = {.lex_state = 41, .external_lex_state = 3},
  [255] = {.lex_state = 1, .external_lex_state = 6},
  [256] = {.lex_state = 1, .external_lex_state = 7},
  [257] = {.lex_state = 1, .external_lex_state = 8},
  [258] = {.lex_state = 1, .external_lex_state = 6},
  [259] = {.lex_state = 1, .external_lex_state = 7},
  [260] = {.lex_state = 1, .external_lex_state = 8},
  [261] = {.lex_state = 1, .external_lex_state = 6},
  [262] = {.lex_state = 1, .external_lex_state = 7},
  [263] = {.lex_state = 1, .external_lex_state = 8},
  [264] = {.lex_state = 1, .external_lex_state = 6},
  [265] = {.lex_state = 1, .external_lex_state = 7},
  [266] = {.lex_state = 1, .external_lex_state = 8},
  [267] = {.lex_state = 41, .external_lex_state = 3},
  [268] = {.lex_state = 1, .external_lex_state = 6},
  [269] = {.lex_state = 1, .external_lex_state = 7},
  [270] = {.lex_state = 1, .external_lex_state = 8},
  [271] = {.lex_state = 1, .external_lex_state = 6},
  [272] = {.lex_state = 1, .external_lex_state = 7},
  [273] = {.lex_state = 1, .external_lex_state = 8},
  [274] = {.lex_state = 1, .external_lex_state = 6},
  [275] = {.lex_state = 1, .external_lex_state = 7},
  [276] = {.lex_state = 1, .external_lex_state = 8},
  [277] = {.lex_state = 1, .external_lex_state = 6},
  [278] = {.lex_state = 1, .external_lex_state = 7},
  [279] = {.lex_state = 1, .external_lex_state = 8},
  [280] = {.lex_state = 0, .external_lex_state = 5},
  [281] = {.lex_state = 1, .external_lex_state = 6},
  [282] = {.lex_state = 1, .external_lex_state = 7},
  [283] = {.lex_state = 1, .external_lex_state = 8},
  [284] = {.lex_state = 1, .external_lex_state = 6},
  [285] = {.lex_state = 1, .external_lex_state = 7},
  [286] = {.lex_state = 1, .external_lex_state = 8},
  [287] = {.lex_state = 1, .external_lex_state = 6},
  [288] = {.lex_state = 1, .external_lex_state = 7},
  [289] = {.lex_state = 1, .external_lex_state = 8},
  [290] = {.lex_state = 1, .external_lex_state = 6},
  [291] = {.lex_state = 1, .external_lex_state = 7},
  [292] = {.lex_state = 1, .external_lex_state = 8},
  [293] = {.lex_state = 1, .external_lex_state = 6},
  [294] = {.lex_state = 1, .external_lex_state = 7},
  [295] = {.lex_state = 1, .external_lex_state = 8},
  [296] = {.lex_state = 1, .external_lex_state = 6},
  [297] = {.lex_state = 1, .external_lex_state = 7},
  [298] = {.lex_state = 1, .external_lex_state = 8},
  [299] = {.lex_state = 1, .external_lex_state = 6},
  [300] = {.lex_state = 1, .external_lex_state = 7},
  [301] = {.lex_state = 1, .external_lex_state = 8},
  [302] = {.lex_state = 1, .external_lex_state = 6},
  [303] = {.lex_state = 1, .external_lex_state = 7},
  [304] = {.lex_state = 1, .external_lex_state = 8},
  [305] = {.lex_state = 41, .external_lex_state = 3},
  [306] = {.lex_state = 1, .external_lex_state = 8},
  [307] = {.lex_state = 41, .external_lex_state = 3},
  [308] = {.lex_state = 41, .external_lex_state = 3},
  [309] = {.lex_state = 41, .external_lex_state = 3},
  [310] = {.lex_state = 3, .external_lex_state = 3},
  [311] = {.lex_state = 41, .external_lex_state = 3},
  [312] = {.lex_state = 41, .external_lex_state = 3},
  [313] = {.lex_state = 41, .external_lex_state = 3},
  [314] = {.lex_state = 31, .external_lex_state = 3},
  [315] = {.lex_state = 0, .external_lex_state = 3},
  [316] = {.lex_state = 31, .external_lex_state = 3},
  [317] = {.lex_state = 31, .external_lex_state = 3},
  [318] = {.lex_state = 31, .external_lex_state = 3},
  [319] = {.lex_state = 31, .external_lex_state = 3},
  [320] = {.lex_state = 31, .external_lex_state = 3},
  [321] = {.lex_state = 31, .external_lex_state = 3},
  [322] = {.lex_state = 31, .external_lex_state = 3},
  [323] = {.lex_state = 31, .external_lex_state = 3},
  [324] = {.lex_state = 31, .external_lex_state = 3},
  [325] = {.lex_state = 31, .external_lex_state = 3},
  [326] = {.lex_state = 41, .external_lex_state = 3},
  [327] = {.lex_state = 31, .external_lex_state = 3},
  [328] = {.lex_state = 31, .external_lex_state = 3},
  [329] = {.lex_state = 18, .external_lex_state = 3},
  [330] = {.lex_state = 31, .external_lex_state = 3},
  [331] = {.lex_state = 31, .external_lex_state = 3},
  [332] = {.lex_state = 31, .external_lex_state = 3},
  [333] = {.lex_state = 18, .external_lex_state = 3},
  [334] = {.lex_state = 3, .external_lex_state = 3},
  [335] = {.lex_state = 31, .external_lex_state = 3},
  [336] = {.lex_state = 41, .external_lex_state = 3},
  [337] = {.lex_state = 31, .external_lex_state = 3},
  [338] = {.lex_state = 31, .external_lex_state = 3},
  [339] = {.lex_state = 31, .external_lex_state = 3},
  [340] = {.lex_state = 31, .external_lex_state = 3},
  [341] = {.lex_state = 31, .external_lex_state = 3},
  [342] = {.lex_state = 31, .external_lex_state = 3},
  [343] = {.lex_state = 31, .external_lex_state = 3},
  [344] = {.lex_state = 3, .external_lex_state = 3},
  [345] = {.lex_state = 31, .external_lex_state = 3},
  [346] = {.lex_state = 3, .external_lex_state = 3},
  [347] = {.lex_state = 31, .external_lex_state = 3},
  [348] = {.lex_state = 3, .external_lex_state = 3},
  [349] = {.lex_state = 3, .external_lex_state = 3},
  [350] = {.lex_state = 3, .external_lex_state = 3},
  [351] = {.lex_state = 31, .external_lex_state = 3},
  [352] = {.lex_state = 18, .external_lex_state = 3},
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
    [ts_external_token__dq_text] = true,
  },
  [7] = {
    [ts_external_token_comment] = true,
    [ts_external_token__sq_text] = true,
  },
  [8] = {
    [ts_external_token_comment] = true,
    [ts_external_token__bq_text] = true,
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
    [aux_sym_and_expression_token1] = ACTIONS(1),
    [aux_sym_or_expression_token1] = ACTIONS(1),
    [anon_sym_LPAREN] = ACTIONS(1),
    [anon_sym_RPAREN] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_LPAREN2] = ACTIONS(1),
    [anon_sym_RPAREN2] = ACTIONS(1),
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
    [aux_sym_word_token3] = ACTIONS(1),
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
    [sym_policy] = STATE(315),
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
    STATE(11), 3,
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
    ACTIONS(82), 1,
      aux_sym_word_token2,
    ACTIONS(84), 1,
      aux_sym_word_token3,
    STATE(10), 1,
      aux_sym_word_repeat1,
    ACTIONS(80), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(78), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [227] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(90), 1,
      aux_sym_word_token2,
    ACTIONS(92), 1,
      aux_sym_word_token3,
    STATE(6), 1,
      aux_sym_word_repeat1,
    ACTIONS(88), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(86), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [257] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(76), 1,
      sym_option_name,
    ACTIONS(96), 2,
      sym_home,
      aux_sym_word_token1,
    ACTIONS(74), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(5), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(94), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [287] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(102), 1,
      aux_sym_word_token2,
    ACTIONS(104), 1,
      aux_sym_word_token3,
    STATE(12), 1,
      aux_sym_word_repeat1,
    ACTIONS(100), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(98), 7,
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
      aux_sym_word_token2,
    ACTIONS(113), 1,
      aux_sym_word_token3,
    STATE(10), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 6,
      sym_home,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(106), 7,
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
    ACTIONS(123), 1,
      sym_option_name,
    ACTIONS(118), 2,
      sym_home,
      aux_sym_word_token1,
    ACTIONS(120), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(11), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(116), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [377] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(82), 1,
      aux_sym_word_token2,
    ACTIONS(84), 1,
      aux_sym_word_token3,
    STATE(10), 1,
      aux_sym_word_repeat1,
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
    ACTIONS(130), 1,
      aux_sym_word_token2,
    ACTIONS(132), 1,
      aux_sym_word_token3,
    STATE(36), 1,
      aux_sym_word_repeat1,
    ACTIONS(100), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(98), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [436] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(134), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [475] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(150), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [514] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(152), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [553] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(154), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [592] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(156), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [631] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(158), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [670] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(160), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [709] = 8,
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
    STATE(26), 3,
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
  [742] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(174), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [781] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(176), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
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
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(178), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(17), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [859] = 11,
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
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(25), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [898] = 8,
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
    STATE(34), 3,
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
  [931] = 6,
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
    STATE(30), 3,
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
  [960] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(217), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(18), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [999] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(219), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(19), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1038] = 6,
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
    STATE(37), 3,
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
  [1067] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(225), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(20), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1106] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(227), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(22), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1145] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(229), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(14), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1184] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(231), 1,
      aux_sym_flag_token1,
    ACTIONS(237), 1,
      sym_option_name,
    ACTIONS(118), 2,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(234), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(34), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(116), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1215] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym_home,
    ACTIONS(138), 1,
      aux_sym_word_token1,
    ACTIONS(140), 1,
      sym_variable,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(148), 1,
      sym__selector_start,
    ACTIONS(240), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(8), 3,
      sym__value,
      sym_word,
      sym_string,
    STATE(15), 3,
      sym_class_selector,
      sym_statement,
      aux_sym_files_section_repeat1,
  [1254] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 1,
      aux_sym_word_token2,
    ACTIONS(244), 1,
      aux_sym_word_token3,
    STATE(43), 1,
      aux_sym_word_repeat1,
    ACTIONS(128), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(126), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1283] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(118), 1,
      aux_sym_word_token1,
    ACTIONS(249), 1,
      sym_option_name,
    ACTIONS(246), 3,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(37), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(116), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1312] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(252), 1,
      aux_sym_word_token2,
    ACTIONS(254), 1,
      aux_sym_word_token3,
    STATE(39), 1,
      aux_sym_word_repeat1,
    ACTIONS(100), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(98), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1341] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 1,
      aux_sym_word_token2,
    ACTIONS(258), 1,
      aux_sym_word_token3,
    STATE(42), 1,
      aux_sym_word_repeat1,
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
  [1370] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(260), 1,
      aux_sym_word_token2,
    ACTIONS(262), 1,
      aux_sym_word_token3,
    STATE(41), 1,
      aux_sym_word_repeat1,
    ACTIONS(88), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(86), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1399] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 1,
      aux_sym_word_token2,
    ACTIONS(258), 1,
      aux_sym_word_token3,
    STATE(42), 1,
      aux_sym_word_repeat1,
    ACTIONS(80), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(78), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1428] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(264), 1,
      aux_sym_word_token2,
    ACTIONS(267), 1,
      aux_sym_word_token3,
    STATE(42), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(106), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1457] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(270), 1,
      aux_sym_word_token2,
    ACTIONS(273), 1,
      aux_sym_word_token3,
    STATE(43), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 5,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_restart,
      anon_sym_SetOptionString,
    ACTIONS(106), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1486] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      aux_sym_flag_token1,
    ACTIONS(282), 1,
      anon_sym_SetOptionString,
    ACTIONS(284), 1,
      sym_option_name,
    ACTIONS(280), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(62), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(276), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1516] = 9,
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
    STATE(60), 3,
      sym_class_selector,
      sym_link,
      aux_sym_links_section_repeat1,
    STATE(197), 3,
      sym__value,
      sym_word,
      sym_string,
  [1550] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(302), 1,
      anon_sym_DQUOTE,
    ACTIONS(304), 1,
      anon_sym_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BQUOTE,
    ACTIONS(298), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(300), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(53), 3,
      sym_class_selector,
      sym_mount,
      aux_sym_miscmounts_section_repeat1,
    STATE(151), 3,
      sym__value,
      sym_word,
      sym_string,
  [1584] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(302), 1,
      anon_sym_DQUOTE,
    ACTIONS(304), 1,
      anon_sym_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BQUOTE,
    ACTIONS(300), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(308), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(46), 3,
      sym_class_selector,
      sym_mount,
      aux_sym_miscmounts_section_repeat1,
    STATE(151), 3,
      sym__value,
      sym_word,
      sym_string,
  [1618] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(310), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(65), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [1652] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(325), 1,
      anon_sym_DQUOTE,
    ACTIONS(328), 1,
      anon_sym_SQUOTE,
    ACTIONS(331), 1,
      anon_sym_BQUOTE,
    ACTIONS(334), 1,
      sym__selector_start,
    ACTIONS(320), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(322), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [1686] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(342), 1,
      anon_sym_DQUOTE,
    ACTIONS(345), 1,
      anon_sym_SQUOTE,
    ACTIONS(348), 1,
      anon_sym_BQUOTE,
    ACTIONS(351), 1,
      sym__selector_start,
    ACTIONS(337), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(339), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(50), 3,
      sym_class_selector,
      sym_link,
      aux_sym_links_section_repeat1,
    STATE(197), 3,
      sym__value,
      sym_word,
      sym_string,
  [1720] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(354), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(66), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [1754] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(356), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(67), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [1788] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(363), 1,
      anon_sym_DQUOTE,
    ACTIONS(366), 1,
      anon_sym_SQUOTE,
    ACTIONS(369), 1,
      anon_sym_BQUOTE,
    ACTIONS(372), 1,
      sym__selector_start,
    ACTIONS(358), 2,
      sym__section_start,
      ts_builtin_sym_end,
    ACTIONS(360), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(53), 3,
      sym_class_selector,
      sym_mount,
      aux_sym_miscmounts_section_repeat1,
    STATE(151), 3,
      sym__value,
      sym_word,
      sym_string,
  [1822] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(375), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(69), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [1856] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(377), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(70), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [1890] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      aux_sym_flag_token1,
    ACTIONS(284), 1,
      sym_option_name,
    ACTIONS(381), 1,
      anon_sym_SetOptionString,
    ACTIONS(280), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(59), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(379), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [1920] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(383), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(73), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [1954] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(385), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(74), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [1988] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      aux_sym_flag_token1,
    ACTIONS(284), 1,
      sym_option_name,
    ACTIONS(389), 1,
      anon_sym_SetOptionString,
    ACTIONS(280), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(68), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(387), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2018] = 9,
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
    ACTIONS(391), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(50), 3,
      sym_class_selector,
      sym_link,
      aux_sym_links_section_repeat1,
    STATE(197), 3,
      sym__value,
      sym_word,
      sym_string,
  [2052] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(393), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(76), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2086] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      aux_sym_flag_token1,
    ACTIONS(284), 1,
      sym_option_name,
    ACTIONS(397), 1,
      anon_sym_SetOptionString,
    ACTIONS(280), 2,
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
  [2116] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(399), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2150] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(401), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(63), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2184] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(403), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2218] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(405), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2252] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(407), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2286] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(118), 1,
      anon_sym_SetOptionString,
    ACTIONS(409), 1,
      aux_sym_flag_token1,
    ACTIONS(415), 1,
      sym_option_name,
    ACTIONS(412), 2,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
    STATE(68), 3,
      sym_flag,
      sym_option,
      aux_sym_statement_repeat1,
    ACTIONS(116), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2316] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(418), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2350] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(420), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2384] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(422), 1,
      aux_sym_word_token2,
    ACTIONS(424), 1,
      aux_sym_word_token3,
    STATE(72), 1,
      aux_sym_word_repeat1,
    ACTIONS(100), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_SetOptionString,
    ACTIONS(98), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2412] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(426), 1,
      aux_sym_word_token2,
    ACTIONS(428), 1,
      aux_sym_word_token3,
    STATE(77), 1,
      aux_sym_word_repeat1,
    ACTIONS(128), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_SetOptionString,
    ACTIONS(126), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2440] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(430), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2474] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(432), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2508] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(434), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2542] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(436), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(49), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
      sym__value,
      sym_word,
      sym_string,
  [2576] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(438), 1,
      aux_sym_word_token2,
    ACTIONS(441), 1,
      aux_sym_word_token3,
    STATE(77), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 4,
      aux_sym_flag_token1,
      aux_sym_flag_token2,
      aux_sym_flag_token3,
      anon_sym_SetOptionString,
    ACTIONS(106), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2604] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 1,
      sym__selector_start,
    ACTIONS(314), 1,
      anon_sym_DQUOTE,
    ACTIONS(316), 1,
      anon_sym_SQUOTE,
    ACTIONS(318), 1,
      anon_sym_BQUOTE,
    ACTIONS(312), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(444), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(75), 3,
      sym_class_selector,
      sym_list_item,
      aux_sym_import_section_repeat1,
    STATE(144), 3,
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
  [2764] = 3,
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
  [2784] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(96), 1,
      aux_sym_word_repeat1,
    ACTIONS(128), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(470), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(126), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2808] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(86), 1,
      aux_sym_word_repeat1,
    ACTIONS(100), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(472), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(98), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [2832] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(476), 1,
      anon_sym_SetOptionString,
    ACTIONS(479), 1,
      anon_sym_DQUOTE,
    ACTIONS(482), 1,
      anon_sym_SQUOTE,
    ACTIONS(485), 1,
      anon_sym_BQUOTE,
    ACTIONS(488), 1,
      sym__selector_start,
    STATE(21), 1,
      sym_string,
    ACTIONS(474), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(88), 4,
      sym_class_selector,
      sym_process,
      sym_process_options,
      aux_sym_processes_section_repeat1,
  [2864] = 3,
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
  [2884] = 3,
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
  [2904] = 3,
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
  [2924] = 3,
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
  [2944] = 3,
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
  [2964] = 3,
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
  [2984] = 3,
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
  [3004] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(96), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(491), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(106), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3028] = 3,
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
  [3048] = 3,
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
  [3068] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(496), 1,
      anon_sym_SetOptionString,
    ACTIONS(498), 1,
      anon_sym_DQUOTE,
    ACTIONS(500), 1,
      anon_sym_SQUOTE,
    ACTIONS(502), 1,
      anon_sym_BQUOTE,
    ACTIONS(504), 1,
      sym__selector_start,
    STATE(21), 1,
      sym_string,
    ACTIONS(494), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(88), 4,
      sym_class_selector,
      sym_process,
      sym_process_options,
      aux_sym_processes_section_repeat1,
  [3100] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(496), 1,
      anon_sym_SetOptionString,
    ACTIONS(498), 1,
      anon_sym_DQUOTE,
    ACTIONS(500), 1,
      anon_sym_SQUOTE,
    ACTIONS(502), 1,
      anon_sym_BQUOTE,
    ACTIONS(504), 1,
      sym__selector_start,
    STATE(21), 1,
      sym_string,
    ACTIONS(506), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(99), 4,
      sym_class_selector,
      sym_process,
      sym_process_options,
      aux_sym_processes_section_repeat1,
  [3132] = 3,
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
  [3152] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(96), 1,
      aux_sym_word_repeat1,
    ACTIONS(80), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(470), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(78), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3176] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(102), 1,
      aux_sym_word_repeat1,
    ACTIONS(88), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(508), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(86), 7,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3200] = 3,
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
  [3220] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(512), 1,
      sym_option_name,
    STATE(110), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(510), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3241] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(108), 1,
      aux_sym_word_repeat1,
    ACTIONS(80), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(514), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(78), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3264] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(106), 1,
      aux_sym_word_repeat1,
    ACTIONS(88), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(516), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(86), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3287] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(108), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(518), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(106), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3310] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(523), 1,
      sym_option_name,
    STATE(109), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(521), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3331] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(512), 1,
      sym_option_name,
    STATE(109), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(526), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3352] = 3,
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
  [3371] = 3,
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
  [3390] = 3,
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
  [3409] = 3,
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
  [3428] = 3,
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
  [3447] = 3,
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
  [3466] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(127), 1,
      aux_sym_word_repeat1,
    ACTIONS(80), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(528), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(78), 5,
      anon_sym_RPAREN2,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3488] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(532), 1,
      sym__selector_start,
    STATE(138), 1,
      sym_string,
    ACTIONS(530), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(128), 3,
      sym_class_selector,
      sym_shell_command,
      aux_sym_shellcommands_section_repeat1,
  [3516] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(468), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      sym_command_name,
      anon_sym_ReplaceAll,
    ACTIONS(466), 6,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3534] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(534), 1,
      anon_sym_RBRACE,
    ACTIONS(539), 1,
      anon_sym_DQUOTE,
    ACTIONS(542), 1,
      anon_sym_SQUOTE,
    ACTIONS(545), 1,
      anon_sym_BQUOTE,
    STATE(120), 1,
      aux_sym_acl_block_repeat1,
    ACTIONS(536), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(195), 3,
      sym__value,
      sym_word,
      sym_string,
  [3562] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(302), 1,
      anon_sym_DQUOTE,
    ACTIONS(304), 1,
      anon_sym_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BQUOTE,
    ACTIONS(548), 1,
      anon_sym_RBRACE,
    STATE(120), 1,
      aux_sym_acl_block_repeat1,
    ACTIONS(300), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(195), 3,
      sym__value,
      sym_word,
      sym_string,
  [3590] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(464), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      sym_command_name,
      anon_sym_ReplaceAll,
    ACTIONS(462), 6,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3608] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(117), 1,
      aux_sym_word_repeat1,
    ACTIONS(88), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(550), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(86), 5,
      anon_sym_RPAREN2,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3630] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(302), 1,
      anon_sym_DQUOTE,
    ACTIONS(304), 1,
      anon_sym_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BQUOTE,
    ACTIONS(552), 1,
      anon_sym_RBRACE,
    STATE(121), 1,
      aux_sym_acl_block_repeat1,
    ACTIONS(300), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(195), 3,
      sym__value,
      sym_word,
      sym_string,
  [3658] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(554), 1,
      anon_sym_RPAREN2,
    ACTIONS(559), 1,
      anon_sym_DQUOTE,
    ACTIONS(562), 1,
      anon_sym_SQUOTE,
    ACTIONS(565), 1,
      anon_sym_BQUOTE,
    ACTIONS(556), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(125), 4,
      sym__value,
      sym_word,
      sym_string,
      aux_sym_list_repeat1,
  [3684] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(302), 1,
      anon_sym_DQUOTE,
    ACTIONS(304), 1,
      anon_sym_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BQUOTE,
    ACTIONS(568), 1,
      anon_sym_RPAREN2,
    ACTIONS(300), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(125), 4,
      sym__value,
      sym_word,
      sym_string,
      aux_sym_list_repeat1,
  [3710] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(127), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 2,
      aux_sym_word_token1,
      sym_variable,
    ACTIONS(570), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    ACTIONS(106), 5,
      anon_sym_RPAREN2,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3732] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(142), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(146), 1,
      anon_sym_BQUOTE,
    ACTIONS(532), 1,
      sym__selector_start,
    STATE(138), 1,
      sym_string,
    ACTIONS(573), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(130), 3,
      sym_class_selector,
      sym_shell_command,
      aux_sym_shellcommands_section_repeat1,
  [3760] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(302), 1,
      anon_sym_DQUOTE,
    ACTIONS(304), 1,
      anon_sym_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BQUOTE,
    ACTIONS(575), 1,
      anon_sym_RPAREN2,
    ACTIONS(300), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(126), 4,
      sym__value,
      sym_word,
      sym_string,
      aux_sym_list_repeat1,
  [3786] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(579), 1,
      anon_sym_DQUOTE,
    ACTIONS(582), 1,
      anon_sym_SQUOTE,
    ACTIONS(585), 1,
      anon_sym_BQUOTE,
    ACTIONS(588), 1,
      sym__selector_start,
    STATE(138), 1,
      sym_string,
    ACTIONS(577), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(130), 3,
      sym_class_selector,
      sym_shell_command,
      aux_sym_shellcommands_section_repeat1,
  [3814] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(591), 1,
      sym_option_name,
    STATE(131), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(521), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3833] = 2,
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
  [3848] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(596), 2,
      sym_home,
      aux_sym_word_token1,
    ACTIONS(594), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3865] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(600), 1,
      sym_option_name,
    STATE(131), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(598), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3884] = 2,
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
  [3899] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(466), 9,
      sym__section_start,
      sym__selector_start,
      sym_option_name,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3914] = 2,
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
  [3929] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(600), 1,
      sym_option_name,
    STATE(134), 2,
      sym_option,
      aux_sym_link_repeat1,
    ACTIONS(602), 6,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [3948] = 2,
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
  [3963] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(606), 1,
      aux_sym_unknown_section_token1,
    STATE(336), 1,
      sym_identifier,
    ACTIONS(604), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(160), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [3985] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    ACTIONS(608), 1,
      anon_sym_RBRACE,
    STATE(145), 1,
      aux_sym_edit_command_repeat1,
    STATE(193), 1,
      sym_string,
    ACTIONS(610), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4011] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(606), 1,
      aux_sym_unknown_section_token1,
    STATE(336), 1,
      sym_identifier,
    ACTIONS(612), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(158), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4033] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(606), 1,
      aux_sym_unknown_section_token1,
    STATE(336), 1,
      sym_identifier,
    ACTIONS(614), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(159), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4055] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(616), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4069] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    ACTIONS(618), 1,
      anon_sym_RBRACE,
    STATE(146), 1,
      aux_sym_edit_command_repeat1,
    STATE(193), 1,
      sym_string,
    ACTIONS(620), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4095] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(622), 1,
      anon_sym_RBRACE,
    ACTIONS(626), 1,
      anon_sym_DQUOTE,
    ACTIONS(629), 1,
      anon_sym_SQUOTE,
    ACTIONS(632), 1,
      anon_sym_BQUOTE,
    STATE(146), 1,
      aux_sym_edit_command_repeat1,
    STATE(193), 1,
      sym_string,
    ACTIONS(624), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4121] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    ACTIONS(635), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(194), 3,
      sym__value,
      sym_word,
      sym_string,
  [4143] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(302), 1,
      anon_sym_DQUOTE,
    ACTIONS(304), 1,
      anon_sym_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BQUOTE,
    ACTIONS(300), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(124), 3,
      sym__value,
      sym_word,
      sym_string,
  [4165] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(462), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4179] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(466), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4193] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(639), 1,
      anon_sym_DQUOTE,
    ACTIONS(641), 1,
      anon_sym_SQUOTE,
    ACTIONS(643), 1,
      anon_sym_BQUOTE,
    ACTIONS(637), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(27), 3,
      sym__value,
      sym_word,
      sym_string,
  [4215] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(594), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4229] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(645), 1,
      sym_class_name,
    ACTIONS(647), 1,
      anon_sym_BANG,
    ACTIONS(649), 1,
      anon_sym_LPAREN,
    STATE(220), 5,
      sym__class_expression,
      sym_not_expression,
      sym_and_expression,
      sym_or_expression,
      sym_parenthesized_expression,
  [4249] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(647), 1,
      anon_sym_BANG,
    ACTIONS(649), 1,
      anon_sym_LPAREN,
    ACTIONS(651), 1,
      sym_class_name,
    STATE(309), 5,
      sym__class_expression,
      sym_not_expression,
      sym_and_expression,
      sym_or_expression,
      sym_parenthesized_expression,
  [4269] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(655), 1,
      aux_sym_unknown_section_token1,
    ACTIONS(658), 1,
      sym__selector_start,
    STATE(336), 1,
      sym_identifier,
    ACTIONS(653), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(155), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4291] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(647), 1,
      anon_sym_BANG,
    ACTIONS(649), 1,
      anon_sym_LPAREN,
    ACTIONS(661), 1,
      sym_class_name,
    STATE(312), 5,
      sym__class_expression,
      sym_not_expression,
      sym_and_expression,
      sym_or_expression,
      sym_parenthesized_expression,
  [4311] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(665), 1,
      anon_sym_DQUOTE,
    ACTIONS(667), 1,
      anon_sym_SQUOTE,
    ACTIONS(669), 1,
      anon_sym_BQUOTE,
    ACTIONS(663), 2,
      aux_sym_word_token1,
      sym_variable,
    STATE(105), 3,
      sym__value,
      sym_word,
      sym_string,
  [4333] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(606), 1,
      aux_sym_unknown_section_token1,
    STATE(336), 1,
      sym_identifier,
    ACTIONS(671), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(155), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4355] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(606), 1,
      aux_sym_unknown_section_token1,
    STATE(336), 1,
      sym_identifier,
    ACTIONS(673), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(155), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4377] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(606), 1,
      aux_sym_unknown_section_token1,
    STATE(336), 1,
      sym_identifier,
    ACTIONS(675), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(155), 3,
      sym_class_selector,
      sym_assignment,
      aux_sym_control_section_repeat1,
  [4399] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(594), 8,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_unknown_section_token1,
      anon_sym_LBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4413] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(647), 1,
      anon_sym_BANG,
    ACTIONS(649), 1,
      anon_sym_LPAREN,
    ACTIONS(677), 1,
      sym_class_name,
    STATE(199), 5,
      sym__class_expression,
      sym_not_expression,
      sym_and_expression,
      sym_or_expression,
      sym_parenthesized_expression,
  [4433] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(647), 1,
      anon_sym_BANG,
    ACTIONS(649), 1,
      anon_sym_LPAREN,
    ACTIONS(679), 1,
      sym_class_name,
    STATE(200), 5,
      sym__class_expression,
      sym_not_expression,
      sym_and_expression,
      sym_or_expression,
      sym_parenthesized_expression,
  [4453] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(683), 1,
      anon_sym_DQUOTE2,
    ACTIONS(685), 1,
      anon_sym_SQUOTE2,
    ACTIONS(687), 1,
      anon_sym_BQUOTE2,
    ACTIONS(681), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    STATE(91), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4475] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(691), 1,
      anon_sym_DQUOTE2,
    ACTIONS(693), 1,
      anon_sym_SQUOTE2,
    ACTIONS(695), 1,
      anon_sym_BQUOTE2,
    ACTIONS(689), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    STATE(80), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4497] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(699), 1,
      anon_sym_DQUOTE2,
    ACTIONS(701), 1,
      anon_sym_SQUOTE2,
    ACTIONS(703), 1,
      anon_sym_BQUOTE2,
    ACTIONS(697), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    STATE(90), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4519] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(705), 1,
      anon_sym_DQUOTE2,
    ACTIONS(707), 1,
      anon_sym_SQUOTE2,
    ACTIONS(709), 1,
      anon_sym_BQUOTE2,
    ACTIONS(689), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    STATE(137), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4541] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(713), 1,
      anon_sym_DQUOTE2,
    ACTIONS(715), 1,
      anon_sym_SQUOTE2,
    ACTIONS(717), 1,
      anon_sym_BQUOTE2,
    ACTIONS(711), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    STATE(111), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4563] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(647), 1,
      anon_sym_BANG,
    ACTIONS(649), 1,
      anon_sym_LPAREN,
    ACTIONS(719), 1,
      sym_class_name,
    STATE(311), 5,
      sym__class_expression,
      sym_not_expression,
      sym_and_expression,
      sym_or_expression,
      sym_parenthesized_expression,
  [4583] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(647), 1,
      anon_sym_BANG,
    ACTIONS(649), 1,
      anon_sym_LPAREN,
    ACTIONS(721), 1,
      sym_class_name,
    STATE(308), 5,
      sym__class_expression,
      sym_not_expression,
      sym_and_expression,
      sym_or_expression,
      sym_parenthesized_expression,
  [4603] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(647), 1,
      anon_sym_BANG,
    ACTIONS(649), 1,
      anon_sym_LPAREN,
    ACTIONS(723), 1,
      sym_class_name,
    STATE(307), 5,
      sym__class_expression,
      sym_not_expression,
      sym_and_expression,
      sym_or_expression,
      sym_parenthesized_expression,
  [4623] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(691), 1,
      anon_sym_DQUOTE2,
    ACTIONS(693), 1,
      anon_sym_SQUOTE2,
    ACTIONS(695), 1,
      anon_sym_BQUOTE2,
    ACTIONS(725), 2,
      aux_sym_word_token2,
      aux_sym_word_token3,
    STATE(80), 3,
      sym__immediate_value,
      sym__immediate_word,
      sym__immediate_string,
  [4645] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(462), 7,
      anon_sym_RPAREN2,
      anon_sym_RBRACE,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4658] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(727), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_SetOptionString,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4671] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(466), 7,
      anon_sym_RPAREN2,
      anon_sym_RBRACE,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4684] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(731), 1,
      anon_sym_LBRACE,
    ACTIONS(734), 1,
      sym__selector_start,
    ACTIONS(729), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(176), 3,
      sym_class_selector,
      sym_acl_block,
      aux_sym_acl_section_repeat1,
  [4703] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(462), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_SetOptionString,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4716] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(737), 1,
      aux_sym_word_token2,
    ACTIONS(739), 1,
      aux_sym_word_token3,
    STATE(181), 1,
      aux_sym_word_repeat1,
    ACTIONS(88), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
  [4735] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(466), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_SetOptionString,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4748] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(741), 1,
      aux_sym_word_token2,
    ACTIONS(744), 1,
      aux_sym_word_token3,
    STATE(180), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
  [4767] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(747), 1,
      aux_sym_word_token2,
    ACTIONS(749), 1,
      aux_sym_word_token3,
    STATE(180), 1,
      aux_sym_word_repeat1,
    ACTIONS(80), 4,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
  [4786] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(753), 1,
      anon_sym_LBRACE,
    ACTIONS(751), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(185), 3,
      sym_class_selector,
      sym_edit_block,
      aux_sym_editfiles_section_repeat1,
  [4805] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(753), 1,
      anon_sym_LBRACE,
    ACTIONS(755), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(182), 3,
      sym_class_selector,
      sym_edit_block,
      aux_sym_editfiles_section_repeat1,
  [4824] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(759), 1,
      anon_sym_LBRACE,
    ACTIONS(757), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(187), 3,
      sym_class_selector,
      sym_acl_block,
      aux_sym_acl_section_repeat1,
  [4843] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(763), 1,
      anon_sym_LBRACE,
    ACTIONS(766), 1,
      sym__selector_start,
    ACTIONS(761), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(185), 3,
      sym_class_selector,
      sym_edit_block,
      aux_sym_editfiles_section_repeat1,
  [4862] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(594), 7,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_SetOptionString,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [4875] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 1,
      sym__selector_start,
    ACTIONS(759), 1,
      anon_sym_LBRACE,
    ACTIONS(769), 2,
      sym__section_start,
      ts_builtin_sym_end,
    STATE(176), 3,
      sym_class_selector,
      sym_acl_block,
      aux_sym_acl_section_repeat1,
  [4894] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(86), 1,
      anon_sym_RBRACE,
    ACTIONS(771), 1,
      aux_sym_word_token2,
    ACTIONS(773), 1,
      aux_sym_word_token3,
    STATE(189), 1,
      aux_sym_word_repeat1,
    ACTIONS(88), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4914] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(78), 1,
      anon_sym_RBRACE,
    ACTIONS(775), 1,
      aux_sym_word_token2,
    ACTIONS(777), 1,
      aux_sym_word_token3,
    STATE(190), 1,
      aux_sym_word_repeat1,
    ACTIONS(80), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4934] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      anon_sym_RBRACE,
    ACTIONS(779), 1,
      aux_sym_word_token2,
    ACTIONS(782), 1,
      aux_sym_word_token3,
    STATE(190), 1,
      aux_sym_word_repeat1,
    ACTIONS(108), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [4954] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(785), 1,
      anon_sym_RBRACE,
    ACTIONS(787), 1,
      sym_command_name,
    ACTIONS(789), 1,
      anon_sym_ReplaceAll,
    STATE(192), 3,
      sym_edit_command,
      sym_replace_all,
      aux_sym_edit_block_repeat1,
  [4972] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(791), 1,
      anon_sym_RBRACE,
    ACTIONS(793), 1,
      sym_command_name,
    ACTIONS(796), 1,
      anon_sym_ReplaceAll,
    STATE(192), 3,
      sym_edit_command,
      sym_replace_all,
      aux_sym_edit_block_repeat1,
  [4990] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(801), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
    ACTIONS(799), 4,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [5004] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(787), 1,
      sym_command_name,
    ACTIONS(789), 1,
      anon_sym_ReplaceAll,
    ACTIONS(803), 1,
      anon_sym_RBRACE,
    STATE(191), 3,
      sym_edit_command,
      sym_replace_all,
      aux_sym_edit_block_repeat1,
  [5022] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(805), 6,
      anon_sym_RBRACE,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [5034] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(807), 5,
      aux_sym_word_token1,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      anon_sym_BQUOTE,
  [5045] = 4,
    ACTIONS(3), 1,
      sym_comment,
    STATE(157), 1,
      sym_arrow,
    ACTIONS(809), 2,
      anon_sym_DASH_GT,
      anon_sym_PLUS_GT,
    ACTIONS(811), 2,
      anon_sym_DASH_GT_BANG,
      anon_sym_PLUS_GT_BANG,
  [5060] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(815), 1,
      anon_sym_DQUOTE2,
    STATE(232), 1,
      aux_sym_string_repeat1,
    ACTIONS(813), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5074] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(819), 1,
      aux_sym_and_expression_token1,
    ACTIONS(817), 3,
      anon_sym_COLON_COLON,
      aux_sym_or_expression_token1,
      anon_sym_RPAREN,
  [5086] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(823), 1,
      aux_sym_and_expression_token1,
    ACTIONS(821), 3,
      anon_sym_COLON_COLON,
      aux_sym_or_expression_token1,
      anon_sym_RPAREN,
  [5098] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(825), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_unknown_section_token1,
  [5108] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(829), 1,
      anon_sym_DQUOTE2,
    STATE(215), 1,
      aux_sym_string_repeat1,
    ACTIONS(827), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5122] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(829), 1,
      anon_sym_SQUOTE2,
    STATE(216), 1,
      aux_sym_string_repeat2,
    ACTIONS(831), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5136] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(829), 1,
      anon_sym_BQUOTE2,
    STATE(217), 1,
      aux_sym_string_repeat3,
    ACTIONS(833), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5150] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(835), 1,
      anon_sym_DQUOTE,
    ACTIONS(837), 1,
      anon_sym_SQUOTE,
    ACTIONS(839), 1,
      anon_sym_BQUOTE,
    STATE(333), 1,
      sym_string,
  [5166] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(844), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(841), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5180] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(848), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5194] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(848), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5208] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(848), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5222] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(854), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
  [5232] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(856), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
  [5242] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(858), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
  [5252] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(860), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_unknown_section_token1,
  [5262] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(862), 1,
      anon_sym_DQUOTE,
    ACTIONS(864), 1,
      anon_sym_SQUOTE,
    ACTIONS(866), 1,
      anon_sym_BQUOTE,
    STATE(56), 1,
      sym_string,
  [5278] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(868), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5292] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(868), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5306] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(868), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5320] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(873), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(870), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5334] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      anon_sym_DQUOTE,
    ACTIONS(292), 1,
      anon_sym_SQUOTE,
    ACTIONS(294), 1,
      anon_sym_BQUOTE,
    STATE(310), 1,
      sym_string,
  [5350] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(877), 1,
      aux_sym_and_expression_token1,
    ACTIONS(875), 3,
      anon_sym_COLON_COLON,
      aux_sym_or_expression_token1,
      anon_sym_RPAREN,
  [5362] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(881), 1,
      anon_sym_DQUOTE2,
    STATE(207), 1,
      aux_sym_string_repeat1,
    ACTIONS(879), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5376] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(883), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      aux_sym_unknown_section_token1,
  [5386] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(887), 1,
      anon_sym_DQUOTE2,
    STATE(226), 1,
      aux_sym_string_repeat1,
    ACTIONS(885), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5400] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(887), 1,
      anon_sym_SQUOTE2,
    STATE(227), 1,
      aux_sym_string_repeat2,
    ACTIONS(889), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5414] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(887), 1,
      anon_sym_BQUOTE2,
    STATE(228), 1,
      aux_sym_string_repeat3,
    ACTIONS(891), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5428] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(893), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5442] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(893), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5456] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(893), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5470] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(881), 1,
      anon_sym_SQUOTE2,
    STATE(208), 1,
      aux_sym_string_repeat2,
    ACTIONS(895), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5484] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(815), 1,
      anon_sym_SQUOTE2,
    STATE(233), 1,
      aux_sym_string_repeat2,
    ACTIONS(897), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5498] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(815), 1,
      anon_sym_BQUOTE2,
    STATE(234), 1,
      aux_sym_string_repeat3,
    ACTIONS(899), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5512] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(901), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5526] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(901), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5540] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(901), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5554] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(905), 1,
      anon_sym_DQUOTE2,
    STATE(238), 1,
      aux_sym_string_repeat1,
    ACTIONS(903), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5568] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(905), 1,
      anon_sym_SQUOTE2,
    STATE(239), 1,
      aux_sym_string_repeat2,
    ACTIONS(907), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5582] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(905), 1,
      anon_sym_BQUOTE2,
    STATE(240), 1,
      aux_sym_string_repeat3,
    ACTIONS(909), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5596] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(911), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5610] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(911), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5624] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(911), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5638] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(915), 1,
      anon_sym_DQUOTE2,
    STATE(244), 1,
      aux_sym_string_repeat1,
    ACTIONS(913), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5652] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(915), 1,
      anon_sym_SQUOTE2,
    STATE(245), 1,
      aux_sym_string_repeat2,
    ACTIONS(917), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5666] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(915), 1,
      anon_sym_BQUOTE2,
    STATE(246), 1,
      aux_sym_string_repeat3,
    ACTIONS(919), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5680] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(921), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5694] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(921), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5708] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(921), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5722] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(925), 1,
      anon_sym_DQUOTE2,
    STATE(251), 1,
      aux_sym_string_repeat1,
    ACTIONS(923), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5736] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(925), 1,
      anon_sym_SQUOTE2,
    STATE(252), 1,
      aux_sym_string_repeat2,
    ACTIONS(927), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5750] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(925), 1,
      anon_sym_BQUOTE2,
    STATE(253), 1,
      aux_sym_string_repeat3,
    ACTIONS(929), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5764] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(881), 1,
      anon_sym_BQUOTE2,
    STATE(209), 1,
      aux_sym_string_repeat3,
    ACTIONS(931), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5778] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(933), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5792] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(933), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5806] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(933), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5820] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(935), 1,
      anon_sym_DQUOTE,
    ACTIONS(937), 1,
      anon_sym_SQUOTE,
    ACTIONS(939), 1,
      anon_sym_BQUOTE,
    STATE(174), 1,
      sym_string,
  [5836] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(943), 1,
      anon_sym_DQUOTE2,
    STATE(258), 1,
      aux_sym_string_repeat1,
    ACTIONS(941), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5850] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(943), 1,
      anon_sym_SQUOTE2,
    STATE(259), 1,
      aux_sym_string_repeat2,
    ACTIONS(945), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5864] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(943), 1,
      anon_sym_BQUOTE2,
    STATE(260), 1,
      aux_sym_string_repeat3,
    ACTIONS(947), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5878] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(949), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5892] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(949), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5906] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(949), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5920] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(953), 1,
      anon_sym_DQUOTE2,
    STATE(264), 1,
      aux_sym_string_repeat1,
    ACTIONS(951), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5934] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(953), 1,
      anon_sym_SQUOTE2,
    STATE(265), 1,
      aux_sym_string_repeat2,
    ACTIONS(955), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5948] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(953), 1,
      anon_sym_BQUOTE2,
    STATE(266), 1,
      aux_sym_string_repeat3,
    ACTIONS(957), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [5962] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(959), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [5976] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(959), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [5990] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(959), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6004] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(862), 1,
      anon_sym_DQUOTE,
    ACTIONS(864), 1,
      anon_sym_SQUOTE,
    ACTIONS(866), 1,
      anon_sym_BQUOTE,
    STATE(44), 1,
      sym_string,
  [6020] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(963), 1,
      anon_sym_DQUOTE2,
    STATE(271), 1,
      aux_sym_string_repeat1,
    ACTIONS(961), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6034] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(963), 1,
      anon_sym_SQUOTE2,
    STATE(272), 1,
      aux_sym_string_repeat2,
    ACTIONS(965), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6048] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(963), 1,
      anon_sym_BQUOTE2,
    STATE(273), 1,
      aux_sym_string_repeat3,
    ACTIONS(967), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6062] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(969), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6076] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(969), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6090] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(969), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6104] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(973), 1,
      anon_sym_DQUOTE2,
    STATE(277), 1,
      aux_sym_string_repeat1,
    ACTIONS(971), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6118] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(973), 1,
      anon_sym_SQUOTE2,
    STATE(278), 1,
      aux_sym_string_repeat2,
    ACTIONS(975), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6132] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(973), 1,
      anon_sym_BQUOTE2,
    STATE(279), 1,
      aux_sym_string_repeat3,
    ACTIONS(977), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6146] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(979), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6160] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(979), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6174] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(979), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6188] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(981), 4,
      sym__section_start,
      sym__selector_start,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
  [6198] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(985), 1,
      anon_sym_DQUOTE2,
    STATE(284), 1,
      aux_sym_string_repeat1,
    ACTIONS(983), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6212] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(985), 1,
      anon_sym_SQUOTE2,
    STATE(285), 1,
      aux_sym_string_repeat2,
    ACTIONS(987), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6226] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(985), 1,
      anon_sym_BQUOTE2,
    STATE(286), 1,
      aux_sym_string_repeat3,
    ACTIONS(989), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6240] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(991), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6254] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(991), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6268] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(991), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6282] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(995), 1,
      anon_sym_DQUOTE2,
    STATE(290), 1,
      aux_sym_string_repeat1,
    ACTIONS(993), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6296] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(995), 1,
      anon_sym_SQUOTE2,
    STATE(291), 1,
      aux_sym_string_repeat2,
    ACTIONS(997), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6310] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(995), 1,
      anon_sym_BQUOTE2,
    STATE(292), 1,
      aux_sym_string_repeat3,
    ACTIONS(999), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6324] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1001), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6338] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1001), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6352] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1001), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6366] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1005), 1,
      anon_sym_DQUOTE2,
    STATE(296), 1,
      aux_sym_string_repeat1,
    ACTIONS(1003), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6380] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1005), 1,
      anon_sym_SQUOTE2,
    STATE(297), 1,
      aux_sym_string_repeat2,
    ACTIONS(1007), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6394] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1005), 1,
      anon_sym_BQUOTE2,
    STATE(298), 1,
      aux_sym_string_repeat3,
    ACTIONS(1009), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6408] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1011), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6422] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1011), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6436] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1011), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6450] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1015), 1,
      anon_sym_DQUOTE2,
    STATE(302), 1,
      aux_sym_string_repeat1,
    ACTIONS(1013), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6464] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1015), 1,
      anon_sym_SQUOTE2,
    STATE(303), 1,
      aux_sym_string_repeat2,
    ACTIONS(1017), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6478] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1015), 1,
      anon_sym_BQUOTE2,
    STATE(304), 1,
      aux_sym_string_repeat3,
    ACTIONS(1019), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6492] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1021), 1,
      anon_sym_DQUOTE2,
    STATE(206), 1,
      aux_sym_string_repeat1,
    ACTIONS(846), 2,
      sym__dq_text,
      aux_sym_word_token3,
  [6506] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1021), 1,
      anon_sym_SQUOTE2,
    STATE(218), 1,
      aux_sym_string_repeat2,
    ACTIONS(850), 2,
      sym__sq_text,
      aux_sym_word_token3,
  [6520] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1021), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(852), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6534] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1025), 1,
      aux_sym_and_expression_token1,
    ACTIONS(1023), 3,
      anon_sym_COLON_COLON,
      aux_sym_or_expression_token1,
      anon_sym_RPAREN,
  [6546] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1030), 1,
      anon_sym_BQUOTE2,
    STATE(306), 1,
      aux_sym_string_repeat3,
    ACTIONS(1027), 2,
      sym__bq_text,
      aux_sym_word_token3,
  [6560] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(823), 1,
      aux_sym_and_expression_token1,
    ACTIONS(1032), 1,
      anon_sym_COLON_COLON,
    ACTIONS(1034), 1,
      aux_sym_or_expression_token1,
  [6573] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(823), 1,
      aux_sym_and_expression_token1,
    ACTIONS(1034), 1,
      aux_sym_or_expression_token1,
    ACTIONS(1036), 1,
      anon_sym_COLON_COLON,
  [6586] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(823), 1,
      aux_sym_and_expression_token1,
    ACTIONS(1034), 1,
      aux_sym_or_expression_token1,
    ACTIONS(1038), 1,
      anon_sym_RPAREN,
  [6599] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1040), 1,
      anon_sym_RBRACE,
    ACTIONS(1042), 2,
      sym_command_name,
      anon_sym_ReplaceAll,
  [6610] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(823), 1,
      aux_sym_and_expression_token1,
    ACTIONS(1034), 1,
      aux_sym_or_expression_token1,
    ACTIONS(1044), 1,
      anon_sym_COLON_COLON,
  [6623] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(823), 1,
      aux_sym_and_expression_token1,
    ACTIONS(1034), 1,
      aux_sym_or_expression_token1,
    ACTIONS(1046), 1,
      anon_sym_COLON_COLON,
  [6636] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1048), 1,
      anon_sym_LPAREN2,
    STATE(222), 1,
      sym_list,
  [6646] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1050), 1,
      anon_sym_COLON,
  [6653] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1052), 1,
      ts_builtin_sym_end,
  [6660] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1054), 1,
      anon_sym_COLON,
  [6667] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1056), 1,
      anon_sym_COLON,
  [6674] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_COLON,
  [6681] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1060), 1,
      anon_sym_COLON,
  [6688] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1062), 1,
      anon_sym_COLON,
  [6695] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1064), 1,
      anon_sym_COLON,
  [6702] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1066), 1,
      anon_sym_COLON,
  [6709] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1068), 1,
      anon_sym_COLON,
  [6716] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1070), 1,
      anon_sym_COLON,
  [6723] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1072), 1,
      anon_sym_COLON,
  [6730] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1074), 1,
      anon_sym_EQ,
  [6737] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1076), 1,
      anon_sym_COLON,
  [6744] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1078), 1,
      anon_sym_COLON,
  [6751] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(462), 1,
      anon_sym_With,
  [6758] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1080), 1,
      anon_sym_COLON,
  [6765] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1082), 1,
      anon_sym_COLON,
  [6772] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1084), 1,
      anon_sym_COLON,
  [6779] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1086), 1,
      anon_sym_With,
  [6786] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1088), 1,
      anon_sym_EQ2,
  [6793] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1090), 1,
      anon_sym_COLON,
  [6800] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1092), 1,
      anon_sym_EQ,
  [6807] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1094), 1,
      anon_sym_COLON,
  [6814] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1096), 1,
      anon_sym_COLON,
  [6821] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1098), 1,
      anon_sym_COLON,
  [6828] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1100), 1,
      anon_sym_COLON,
  [6835] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1102), 1,
      anon_sym_COLON,
  [6842] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1104), 1,
      anon_sym_COLON,
  [6849] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1106), 1,
      anon_sym_COLON,
  [6856] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1108), 1,
      anon_sym_EQ2,
  [6863] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1110), 1,
      anon_sym_COLON,
  [6870] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1112), 1,
      anon_sym_EQ2,
  [6877] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1114), 1,
      anon_sym_COLON,
  [6884] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1116), 1,
      anon_sym_EQ2,
  [6891] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1118), 1,
      anon_sym_EQ2,
  [6898] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1120), 1,
      anon_sym_EQ2,
  [6905] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1122), 1,
      anon_sym_COLON,
  [6912] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(466), 1,
      anon_sym_With,
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
  [SMALL_STATE(21)] = 709,
  [SMALL_STATE(22)] = 742,
  [SMALL_STATE(23)] = 781,
  [SMALL_STATE(24)] = 820,
  [SMALL_STATE(25)] = 859,
  [SMALL_STATE(26)] = 898,
  [SMALL_STATE(27)] = 931,
  [SMALL_STATE(28)] = 960,
  [SMALL_STATE(29)] = 999,
  [SMALL_STATE(30)] = 1038,
  [SMALL_STATE(31)] = 1067,
  [SMALL_STATE(32)] = 1106,
  [SMALL_STATE(33)] = 1145,
  [SMALL_STATE(34)] = 1184,
  [SMALL_STATE(35)] = 1215,
  [SMALL_STATE(36)] = 1254,
  [SMALL_STATE(37)] = 1283,
  [SMALL_STATE(38)] = 1312,
  [SMALL_STATE(39)] = 1341,
  [SMALL_STATE(40)] = 1370,
  [SMALL_STATE(41)] = 1399,
  [SMALL_STATE(42)] = 1428,
  [SMALL_STATE(43)] = 1457,
  [SMALL_STATE(44)] = 1486,
  [SMALL_STATE(45)] = 1516,
  [SMALL_STATE(46)] = 1550,
  [SMALL_STATE(47)] = 1584,
  [SMALL_STATE(48)] = 1618,
  [SMALL_STATE(49)] = 1652,
  [SMALL_STATE(50)] = 1686,
  [SMALL_STATE(51)] = 1720,
  [SMALL_STATE(52)] = 1754,
  [SMALL_STATE(53)] = 1788,
  [SMALL_STATE(54)] = 1822,
  [SMALL_STATE(55)] = 1856,
  [SMALL_STATE(56)] = 1890,
  [SMALL_STATE(57)] = 1920,
  [SMALL_STATE(58)] = 1954,
  [SMALL_STATE(59)] = 1988,
  [SMALL_STATE(60)] = 2018,
  [SMALL_STATE(61)] = 2052,
  [SMALL_STATE(62)] = 2086,
  [SMALL_STATE(63)] = 2116,
  [SMALL_STATE(64)] = 2150,
  [SMALL_STATE(65)] = 2184,
  [SMALL_STATE(66)] = 2218,
  [SMALL_STATE(67)] = 2252,
  [SMALL_STATE(68)] = 2286,
  [SMALL_STATE(69)] = 2316,
  [SMALL_STATE(70)] = 2350,
  [SMALL_STATE(71)] = 2384,
  [SMALL_STATE(72)] = 2412,
  [SMALL_STATE(73)] = 2440,
  [SMALL_STATE(74)] = 2474,
  [SMALL_STATE(75)] = 2508,
  [SMALL_STATE(76)] = 2542,
  [SMALL_STATE(77)] = 2576,
  [SMALL_STATE(78)] = 2604,
  [SMALL_STATE(79)] = 2638,
  [SMALL_STATE(80)] = 2659,
  [SMALL_STATE(81)] = 2680,
  [SMALL_STATE(82)] = 2701,
  [SMALL_STATE(83)] = 2722,
  [SMALL_STATE(84)] = 2743,
  [SMALL_STATE(85)] = 2764,
  [SMALL_STATE(86)] = 2784,
  [SMALL_STATE(87)] = 2808,
  [SMALL_STATE(88)] = 2832,
  [SMALL_STATE(89)] = 2864,
  [SMALL_STATE(90)] = 2884,
  [SMALL_STATE(91)] = 2904,
  [SMALL_STATE(92)] = 2924,
  [SMALL_STATE(93)] = 2944,
  [SMALL_STATE(94)] = 2964,
  [SMALL_STATE(95)] = 2984,
  [SMALL_STATE(96)] = 3004,
  [SMALL_STATE(97)] = 3028,
  [SMALL_STATE(98)] = 3048,
  [SMALL_STATE(99)] = 3068,
  [SMALL_STATE(100)] = 3100,
  [SMALL_STATE(101)] = 3132,
  [SMALL_STATE(102)] = 3152,
  [SMALL_STATE(103)] = 3176,
  [SMALL_STATE(104)] = 3200,
  [SMALL_STATE(105)] = 3220,
  [SMALL_STATE(106)] = 3241,
  [SMALL_STATE(107)] = 3264,
  [SMALL_STATE(108)] = 3287,
  [SMALL_STATE(109)] = 3310,
  [SMALL_STATE(110)] = 3331,
  [SMALL_STATE(111)] = 3352,
  [SMALL_STATE(112)] = 3371,
  [SMALL_STATE(113)] = 3390,
  [SMALL_STATE(114)] = 3409,
  [SMALL_STATE(115)] = 3428,
  [SMALL_STATE(116)] = 3447,
  [SMALL_STATE(117)] = 3466,
  [SMALL_STATE(118)] = 3488,
  [SMALL_STATE(119)] = 3516,
  [SMALL_STATE(120)] = 3534,
  [SMALL_STATE(121)] = 3562,
  [SMALL_STATE(122)] = 3590,
  [SMALL_STATE(123)] = 3608,
  [SMALL_STATE(124)] = 3630,
  [SMALL_STATE(125)] = 3658,
  [SMALL_STATE(126)] = 3684,
  [SMALL_STATE(127)] = 3710,
  [SMALL_STATE(128)] = 3732,
  [SMALL_STATE(129)] = 3760,
  [SMALL_STATE(130)] = 3786,
  [SMALL_STATE(131)] = 3814,
  [SMALL_STATE(132)] = 3833,
  [SMALL_STATE(133)] = 3848,
  [SMALL_STATE(134)] = 3865,
  [SMALL_STATE(135)] = 3884,
  [SMALL_STATE(136)] = 3899,
  [SMALL_STATE(137)] = 3914,
  [SMALL_STATE(138)] = 3929,
  [SMALL_STATE(139)] = 3948,
  [SMALL_STATE(140)] = 3963,
  [SMALL_STATE(141)] = 3985,
  [SMALL_STATE(142)] = 4011,
  [SMALL_STATE(143)] = 4033,
  [SMALL_STATE(144)] = 4055,
  [SMALL_STATE(145)] = 4069,
  [SMALL_STATE(146)] = 4095,
  [SMALL_STATE(147)] = 4121,
  [SMALL_STATE(148)] = 4143,
  [SMALL_STATE(149)] = 4165,
  [SMALL_STATE(150)] = 4179,
  [SMALL_STATE(151)] = 4193,
  [SMALL_STATE(152)] = 4215,
  [SMALL_STATE(153)] = 4229,
  [SMALL_STATE(154)] = 4249,
  [SMALL_STATE(155)] = 4269,
  [SMALL_STATE(156)] = 4291,
  [SMALL_STATE(157)] = 4311,
  [SMALL_STATE(158)] = 4333,
  [SMALL_STATE(159)] = 4355,
  [SMALL_STATE(160)] = 4377,
  [SMALL_STATE(161)] = 4399,
  [SMALL_STATE(162)] = 4413,
  [SMALL_STATE(163)] = 4433,
  [SMALL_STATE(164)] = 4453,
  [SMALL_STATE(165)] = 4475,
  [SMALL_STATE(166)] = 4497,
  [SMALL_STATE(167)] = 4519,
  [SMALL_STATE(168)] = 4541,
  [SMALL_STATE(169)] = 4563,
  [SMALL_STATE(170)] = 4583,
  [SMALL_STATE(171)] = 4603,
  [SMALL_STATE(172)] = 4623,
  [SMALL_STATE(173)] = 4645,
  [SMALL_STATE(174)] = 4658,
  [SMALL_STATE(175)] = 4671,
  [SMALL_STATE(176)] = 4684,
  [SMALL_STATE(177)] = 4703,
  [SMALL_STATE(178)] = 4716,
  [SMALL_STATE(179)] = 4735,
  [SMALL_STATE(180)] = 4748,
  [SMALL_STATE(181)] = 4767,
  [SMALL_STATE(182)] = 4786,
  [SMALL_STATE(183)] = 4805,
  [SMALL_STATE(184)] = 4824,
  [SMALL_STATE(185)] = 4843,
  [SMALL_STATE(186)] = 4862,
  [SMALL_STATE(187)] = 4875,
  [SMALL_STATE(188)] = 4894,
  [SMALL_STATE(189)] = 4914,
  [SMALL_STATE(190)] = 4934,
  [SMALL_STATE(191)] = 4954,
  [SMALL_STATE(192)] = 4972,
  [SMALL_STATE(193)] = 4990,
  [SMALL_STATE(194)] = 5004,
  [SMALL_STATE(195)] = 5022,
  [SMALL_STATE(196)] = 5034,
  [SMALL_STATE(197)] = 5045,
  [SMALL_STATE(198)] = 5060,
  [SMALL_STATE(199)] = 5074,
  [SMALL_STATE(200)] = 5086,
  [SMALL_STATE(201)] = 5098,
  [SMALL_STATE(202)] = 5108,
  [SMALL_STATE(203)] = 5122,
  [SMALL_STATE(204)] = 5136,
  [SMALL_STATE(205)] = 5150,
  [SMALL_STATE(206)] = 5166,
  [SMALL_STATE(207)] = 5180,
  [SMALL_STATE(208)] = 5194,
  [SMALL_STATE(209)] = 5208,
  [SMALL_STATE(210)] = 5222,
  [SMALL_STATE(211)] = 5232,
  [SMALL_STATE(212)] = 5242,
  [SMALL_STATE(213)] = 5252,
  [SMALL_STATE(214)] = 5262,
  [SMALL_STATE(215)] = 5278,
  [SMALL_STATE(216)] = 5292,
  [SMALL_STATE(217)] = 5306,
  [SMALL_STATE(218)] = 5320,
  [SMALL_STATE(219)] = 5334,
  [SMALL_STATE(220)] = 5350,
  [SMALL_STATE(221)] = 5362,
  [SMALL_STATE(222)] = 5376,
  [SMALL_STATE(223)] = 5386,
  [SMALL_STATE(224)] = 5400,
  [SMALL_STATE(225)] = 5414,
  [SMALL_STATE(226)] = 5428,
  [SMALL_STATE(227)] = 5442,
  [SMALL_STATE(228)] = 5456,
  [SMALL_STATE(229)] = 5470,
  [SMALL_STATE(230)] = 5484,
  [SMALL_STATE(231)] = 5498,
  [SMALL_STATE(232)] = 5512,
  [SMALL_STATE(233)] = 5526,
  [SMALL_STATE(234)] = 5540,
  [SMALL_STATE(235)] = 5554,
  [SMALL_STATE(236)] = 5568,
  [SMALL_STATE(237)] = 5582,
  [SMALL_STATE(238)] = 5596,
  [SMALL_STATE(239)] = 5610,
  [SMALL_STATE(240)] = 5624,
  [SMALL_STATE(241)] = 5638,
  [SMALL_STATE(242)] = 5652,
  [SMALL_STATE(243)] = 5666,
  [SMALL_STATE(244)] = 5680,
  [SMALL_STATE(245)] = 5694,
  [SMALL_STATE(246)] = 5708,
  [SMALL_STATE(247)] = 5722,
  [SMALL_STATE(248)] = 5736,
  [SMALL_STATE(249)] = 5750,
  [SMALL_STATE(250)] = 5764,
  [SMALL_STATE(251)] = 5778,
  [SMALL_STATE(252)] = 5792,
  [SMALL_STATE(253)] = 5806,
  [SMALL_STATE(254)] = 5820,
  [SMALL_STATE(255)] = 5836,
  [SMALL_STATE(256)] = 5850,
  [SMALL_STATE(257)] = 5864,
  [SMALL_STATE(258)] = 5878,
  [SMALL_STATE(259)] = 5892,
  [SMALL_STATE(260)] = 5906,
  [SMALL_STATE(261)] = 5920,
  [SMALL_STATE(262)] = 5934,
  [SMALL_STATE(263)] = 5948,
  [SMALL_STATE(264)] = 5962,
  [SMALL_STATE(265)] = 5976,
  [SMALL_STATE(266)] = 5990,
  [SMALL_STATE(267)] = 6004,
  [SMALL_STATE(268)] = 6020,
  [SMALL_STATE(269)] = 6034,
  [SMALL_STATE(270)] = 6048,
  [SMALL_STATE(271)] = 6062,
  [SMALL_STATE(272)] = 6076,
  [SMALL_STATE(273)] = 6090,
  [SMALL_STATE(274)] = 6104,
  [SMALL_STATE(275)] = 6118,
  [SMALL_STATE(276)] = 6132,
  [SMALL_STATE(277)] = 6146,
  [SMALL_STATE(278)] = 6160,
  [SMALL_STATE(279)] = 6174,
  [SMALL_STATE(280)] = 6188,
  [SMALL_STATE(281)] = 6198,
  [SMALL_STATE(282)] = 6212,
  [SMALL_STATE(283)] = 6226,
  [SMALL_STATE(284)] = 6240,
  [SMALL_STATE(285)] = 6254,
  [SMALL_STATE(286)] = 6268,
  [SMALL_STATE(287)] = 6282,
  [SMALL_STATE(288)] = 6296,
  [SMALL_STATE(289)] = 6310,
  [SMALL_STATE(290)] = 6324,
  [SMALL_STATE(291)] = 6338,
  [SMALL_STATE(292)] = 6352,
  [SMALL_STATE(293)] = 6366,
  [SMALL_STATE(294)] = 6380,
  [SMALL_STATE(295)] = 6394,
  [SMALL_STATE(296)] = 6408,
  [SMALL_STATE(297)] = 6422,
  [SMALL_STATE(298)] = 6436,
  [SMALL_STATE(299)] = 6450,
  [SMALL_STATE(300)] = 6464,
  [SMALL_STATE(301)] = 6478,
  [SMALL_STATE(302)] = 6492,
  [SMALL_STATE(303)] = 6506,
  [SMALL_STATE(304)] = 6520,
  [SMALL_STATE(305)] = 6534,
  [SMALL_STATE(306)] = 6546,
  [SMALL_STATE(307)] = 6560,
  [SMALL_STATE(308)] = 6573,
  [SMALL_STATE(309)] = 6586,
  [SMALL_STATE(310)] = 6599,
  [SMALL_STATE(311)] = 6610,
  [SMALL_STATE(312)] = 6623,
  [SMALL_STATE(313)] = 6636,
  [SMALL_STATE(314)] = 6646,
  [SMALL_STATE(315)] = 6653,
  [SMALL_STATE(316)] = 6660,
  [SMALL_STATE(317)] = 6667,
  [SMALL_STATE(318)] = 6674,
  [SMALL_STATE(319)] = 6681,
  [SMALL_STATE(320)] = 6688,
  [SMALL_STATE(321)] = 6695,
  [SMALL_STATE(322)] = 6702,
  [SMALL_STATE(323)] = 6709,
  [SMALL_STATE(324)] = 6716,
  [SMALL_STATE(325)] = 6723,
  [SMALL_STATE(326)] = 6730,
  [SMALL_STATE(327)] = 6737,
  [SMALL_STATE(328)] = 6744,
  [SMALL_STATE(329)] = 6751,
  [SMALL_STATE(330)] = 6758,
  [SMALL_STATE(331)] = 6765,
  [SMALL_STATE(332)] = 6772,
  [SMALL_STATE(333)] = 6779,
  [SMALL_STATE(334)] = 6786,
  [SMALL_STATE(335)] = 6793,
  [SMALL_STATE(336)] = 6800,
  [SMALL_STATE(337)] = 6807,
  [SMALL_STATE(338)] = 6814,
  [SMALL_STATE(339)] = 6821,
  [SMALL_STATE(340)] = 6828,
  [SMALL_STATE(341)] = 6835,
  [SMALL_STATE(342)] = 6842,
  [SMALL_STATE(343)] = 6849,
  [SMALL_STATE(344)] = 6856,
  [SMALL_STATE(345)] = 6863,
  [SMALL_STATE(346)] = 6870,
  [SMALL_STATE(347)] = 6877,
  [SMALL_STATE(348)] = 6884,
  [SMALL_STATE(349)] = 6891,
  [SMALL_STATE(350)] = 6898,
  [SMALL_STATE(351)] = 6905,
  [SMALL_STATE(352)] = 6912,
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
  [16] = {.entry = {.count = 1, .reusable = false}}, SHIFT(343),
  [18] = {.entry = {.count = 1, .reusable = false}}, SHIFT(319),
  [20] = {.entry = {.count = 1, .reusable = false}}, SHIFT(347),
  [22] = {.entry = {.count = 1, .reusable = false}}, SHIFT(339),
  [24] = {.entry = {.count = 1, .reusable = false}}, SHIFT(340),
  [26] = {.entry = {.count = 1, .reusable = false}}, SHIFT(341),
  [28] = {.entry = {.count = 1, .reusable = false}}, SHIFT(342),
  [30] = {.entry = {.count = 1, .reusable = false}}, SHIFT(351),
  [32] = {.entry = {.count = 1, .reusable = false}}, SHIFT(330),
  [34] = {.entry = {.count = 1, .reusable = false}}, SHIFT(323),
  [36] = {.entry = {.count = 1, .reusable = false}}, SHIFT(324),
  [38] = {.entry = {.count = 1, .reusable = false}}, SHIFT(325),
  [40] = {.entry = {.count = 1, .reusable = false}}, SHIFT(345),
  [42] = {.entry = {.count = 1, .reusable = false}}, SHIFT(327),
  [44] = {.entry = {.count = 1, .reusable = false}}, SHIFT(314),
  [46] = {.entry = {.count = 1, .reusable = false}}, SHIFT(328),
  [48] = {.entry = {.count = 1, .reusable = false}}, SHIFT(335),
  [50] = {.entry = {.count = 1, .reusable = false}}, SHIFT(337),
  [52] = {.entry = {.count = 1, .reusable = false}}, SHIFT(316),
  [54] = {.entry = {.count = 1, .reusable = false}}, SHIFT(317),
  [56] = {.entry = {.count = 1, .reusable = false}}, SHIFT(318),
  [58] = {.entry = {.count = 1, .reusable = false}}, SHIFT(331),
  [60] = {.entry = {.count = 1, .reusable = false}}, SHIFT(332),
  [62] = {.entry = {.count = 1, .reusable = false}}, SHIFT(320),
  [64] = {.entry = {.count = 1, .reusable = false}}, SHIFT(321),
  [66] = {.entry = {.count = 1, .reusable = false}}, SHIFT(322),
  [68] = {.entry = {.count = 1, .reusable = false}}, SHIFT(338),
  [70] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_statement, 2, .production_id = 3),
  [72] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_statement, 2, .production_id = 3),
  [74] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [76] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [78] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2),
  [80] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2),
  [82] = {.entry = {.count = 1, .reusable = false}}, SHIFT(10),
  [84] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [86] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1),
  [88] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1),
  [90] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [92] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [94] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_statement, 1, .production_id = 3),
  [96] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_statement, 1, .production_id = 3),
  [98] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__immediate_word, 1),
  [100] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__immediate_word, 1),
  [102] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [106] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2),
  [108] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(10),
  [113] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(10),
  [116] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2),
  [118] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2),
  [120] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(82),
  [123] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(334),
  [126] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__immediate_word, 2),
  [128] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__immediate_word, 2),
  [130] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [134] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_files_section, 4, .production_id = 1),
  [136] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [138] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tidy_section, 4, .production_id = 1),
  [152] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_copy_section, 4, .production_id = 1),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_disable_section, 4, .production_id = 1),
  [156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directories_section, 4, .production_id = 1),
  [158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_required_section, 4, .production_id = 1),
  [160] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_disks_section, 4, .production_id = 1),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 1, .production_id = 4),
  [164] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [168] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [170] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 1, .production_id = 4),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unknown_section, 4, .production_id = 2),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_copy_section, 3, .production_id = 1),
  [178] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_disable_section, 3, .production_id = 1),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2),
  [182] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(8),
  [185] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(7),
  [188] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(7),
  [191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(221),
  [194] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(229),
  [197] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(250),
  [200] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_files_section_repeat1, 2), SHIFT_REPEAT(169),
  [203] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 2, .production_id = 4),
  [205] = {.entry = {.count = 1, .reusable = false}}, SHIFT(267),
  [207] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 2, .production_id = 4),
  [209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mount, 2, .production_id = 7),
  [211] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [213] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mount, 2, .production_id = 7),
  [215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [217] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directories_section, 3, .production_id = 1),
  [219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_required_section, 3, .production_id = 1),
  [221] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mount, 3, .production_id = 7),
  [223] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mount, 3, .production_id = 7),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_disks_section, 3, .production_id = 1),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unknown_section, 3, .production_id = 2),
  [229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_files_section, 3, .production_id = 1),
  [231] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(85),
  [234] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(85),
  [237] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(344),
  [240] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tidy_section, 3, .production_id = 1),
  [242] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [246] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(93),
  [249] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(348),
  [252] = {.entry = {.count = 1, .reusable = false}}, SHIFT(39),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [260] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [262] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [264] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(42),
  [267] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(42),
  [270] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(43),
  [273] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(43),
  [276] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 4, .production_id = 22),
  [278] = {.entry = {.count = 1, .reusable = false}}, SHIFT(114),
  [280] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [282] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 4, .production_id = 22),
  [284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_links_section, 3, .production_id = 1),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [298] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_miscmounts_section, 4, .production_id = 1),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_miscmounts_section, 3, .production_id = 1),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_import_section, 3, .production_id = 1),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [316] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [320] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2),
  [322] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(107),
  [325] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(223),
  [328] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(224),
  [331] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(225),
  [334] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_import_section_repeat1, 2), SHIFT_REPEAT(170),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2),
  [339] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(178),
  [342] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(235),
  [345] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(236),
  [348] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(237),
  [351] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_links_section_repeat1, 2), SHIFT_REPEAT(170),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ignore_section, 3, .production_id = 1),
  [356] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_homeservers_section, 3, .production_id = 1),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2),
  [360] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(123),
  [363] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(261),
  [366] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(262),
  [369] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(263),
  [372] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_miscmounts_section_repeat1, 2), SHIFT_REPEAT(170),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binservers_section, 3, .production_id = 1),
  [377] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mailserver_section, 3, .production_id = 1),
  [379] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 3, .production_id = 15),
  [381] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 3, .production_id = 15),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mountables_section, 3, .production_id = 1),
  [385] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_broadcast_section, 3, .production_id = 1),
  [387] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 4, .production_id = 15),
  [389] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 4, .production_id = 15),
  [391] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_links_section, 4, .production_id = 1),
  [393] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_defaultroute_section, 3, .production_id = 1),
  [395] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process, 5, .production_id = 22),
  [397] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_process, 5, .production_id = 22),
  [399] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unmount_section, 4, .production_id = 1),
  [401] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unmount_section, 3, .production_id = 1),
  [403] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_import_section, 4, .production_id = 1),
  [405] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ignore_section, 4, .production_id = 1),
  [407] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_homeservers_section, 4, .production_id = 1),
  [409] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(114),
  [412] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(114),
  [415] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_statement_repeat1, 2), SHIFT_REPEAT(350),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binservers_section, 4, .production_id = 1),
  [420] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mailserver_section, 4, .production_id = 1),
  [422] = {.entry = {.count = 1, .reusable = false}}, SHIFT(72),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [426] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [430] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mountables_section, 4, .production_id = 1),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_broadcast_section, 4, .production_id = 1),
  [434] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_resolve_section, 4, .production_id = 1),
  [436] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_defaultroute_section, 4, .production_id = 1),
  [438] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(77),
  [441] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(77),
  [444] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_resolve_section, 3, .production_id = 1),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__immediate_string, 2),
  [448] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__immediate_string, 2),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, .production_id = 10),
  [452] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, .production_id = 10),
  [454] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__immediate_string, 3),
  [456] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__immediate_string, 3),
  [458] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_flag, 1),
  [460] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_flag, 1),
  [462] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2),
  [464] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2),
  [466] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3),
  [468] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [474] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2),
  [476] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(254),
  [479] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(247),
  [482] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(248),
  [485] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(249),
  [488] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_processes_section_repeat1, 2), SHIFT_REPEAT(171),
  [491] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(96),
  [494] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_processes_section, 4, .production_id = 1),
  [496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [500] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [506] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_processes_section, 3, .production_id = 1),
  [508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [510] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_link, 3, .production_id = 14),
  [512] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [516] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [518] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(108),
  [521] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_link_repeat1, 2),
  [523] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_link_repeat1, 2), SHIFT_REPEAT(349),
  [526] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_link, 4, .production_id = 14),
  [528] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [530] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shellcommands_section, 3, .production_id = 1),
  [532] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [534] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 21),
  [536] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 21), SHIFT_REPEAT(123),
  [539] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 21), SHIFT_REPEAT(261),
  [542] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 21), SHIFT_REPEAT(262),
  [545] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 2, .production_id = 21), SHIFT_REPEAT(263),
  [548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [550] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [552] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [554] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2),
  [556] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(123),
  [559] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(261),
  [562] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(262),
  [565] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2), SHIFT_REPEAT(263),
  [568] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [570] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(127),
  [573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shellcommands_section, 4, .production_id = 1),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2),
  [579] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2), SHIFT_REPEAT(221),
  [582] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2), SHIFT_REPEAT(229),
  [585] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2), SHIFT_REPEAT(250),
  [588] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_shellcommands_section_repeat1, 2), SHIFT_REPEAT(156),
  [591] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_link_repeat1, 2), SHIFT_REPEAT(346),
  [594] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_class_selector, 3, .production_id = 9),
  [596] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_class_selector, 3, .production_id = 9),
  [598] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shell_command, 2, .production_id = 5),
  [600] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [602] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shell_command, 1, .production_id = 5),
  [604] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_classes_section, 3, .production_id = 1),
  [606] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [608] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_edit_command, 1, .production_id = 12),
  [610] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_edit_command, 1, .production_id = 12),
  [612] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_control_section, 3, .production_id = 1),
  [614] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_groups_section, 3, .production_id = 1),
  [616] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_item, 1),
  [618] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_edit_command, 2, .production_id = 19),
  [620] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_edit_command, 2, .production_id = 19),
  [622] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 23),
  [624] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 23),
  [626] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 23), SHIFT_REPEAT(235),
  [629] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 23), SHIFT_REPEAT(236),
  [632] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 2, .production_id = 23), SHIFT_REPEAT(237),
  [635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [637] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [645] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [651] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [653] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_control_section_repeat1, 2),
  [655] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_control_section_repeat1, 2), SHIFT_REPEAT(326),
  [658] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_control_section_repeat1, 2), SHIFT_REPEAT(156),
  [661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [667] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [671] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_control_section, 4, .production_id = 1),
  [673] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_groups_section, 4, .production_id = 1),
  [675] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_classes_section, 4, .production_id = 1),
  [677] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [679] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [707] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [727] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_process_options, 2, .production_id = 6),
  [729] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_acl_section_repeat1, 2),
  [731] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_section_repeat1, 2), SHIFT_REPEAT(148),
  [734] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_acl_section_repeat1, 2), SHIFT_REPEAT(156),
  [737] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [741] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(180),
  [744] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(180),
  [747] = {.entry = {.count = 1, .reusable = false}}, SHIFT(180),
  [749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [751] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_editfiles_section, 4, .production_id = 1),
  [753] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [755] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_editfiles_section, 3, .production_id = 1),
  [757] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acl_section, 3, .production_id = 1),
  [759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [761] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_editfiles_section_repeat1, 2),
  [763] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_editfiles_section_repeat1, 2), SHIFT_REPEAT(147),
  [766] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_editfiles_section_repeat1, 2), SHIFT_REPEAT(156),
  [769] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acl_section, 4, .production_id = 1),
  [771] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [775] = {.entry = {.count = 1, .reusable = false}}, SHIFT(190),
  [777] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [779] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(190),
  [782] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(190),
  [785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [787] = {.entry = {.count = 1, .reusable = false}}, SHIFT(141),
  [789] = {.entry = {.count = 1, .reusable = false}}, SHIFT(205),
  [791] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_edit_block_repeat1, 2),
  [793] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_edit_block_repeat1, 2), SHIFT_REPEAT(141),
  [796] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_edit_block_repeat1, 2), SHIFT_REPEAT(205),
  [799] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_edit_command_repeat1, 1, .production_id = 18),
  [801] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_edit_command_repeat1, 1, .production_id = 18),
  [803] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [805] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_acl_block_repeat1, 1, .production_id = 13),
  [807] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_arrow, 1),
  [809] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [811] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [813] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [817] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_and_expression, 3, .production_id = 17),
  [819] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_and_expression, 3, .production_id = 17),
  [821] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_or_expression, 3, .production_id = 17),
  [823] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list, 2),
  [827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [835] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [837] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [839] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [841] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(206),
  [844] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2),
  [846] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [848] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [850] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [852] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [854] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_edit_block, 4, .production_id = 11),
  [856] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acl_block, 3, .production_id = 1),
  [858] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acl_block, 4, .production_id = 20),
  [860] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list, 3),
  [862] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [866] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [868] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [870] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(218),
  [873] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2),
  [875] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_not_expression, 2, .production_id = 8),
  [877] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_not_expression, 2, .production_id = 8),
  [879] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [881] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [883] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, .production_id = 10),
  [885] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [887] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [889] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [891] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [893] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [895] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [897] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [899] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [901] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [909] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [911] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [913] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [915] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [917] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [919] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [921] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [923] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [925] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [927] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [929] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [931] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [939] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [941] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [943] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [945] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [947] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [951] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [953] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [957] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [959] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [961] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [963] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [965] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [967] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [969] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [971] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [973] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [975] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [977] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [979] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [981] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_edit_block, 3, .production_id = 11),
  [983] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [987] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [991] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [993] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [995] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [997] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [999] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [1001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [1003] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [1005] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1007] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [1009] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [1011] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [1013] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [1015] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [1017] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [1019] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [1023] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, .production_id = 16),
  [1025] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, .production_id = 16),
  [1027] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat3, 2), SHIFT_REPEAT(306),
  [1030] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat3, 2),
  [1032] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [1034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1036] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [1038] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [1040] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_replace_all, 4, .production_id = 24),
  [1042] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_replace_all, 4, .production_id = 24),
  [1044] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [1046] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1048] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1050] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [1052] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1054] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1056] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [1058] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [1060] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [1062] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [1064] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1066] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [1070] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1072] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [1074] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_identifier, 1),
  [1076] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [1078] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1080] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [1082] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1086] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [1088] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [1090] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [1092] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [1094] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1096] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [1098] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [1100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [1104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [1106] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1108] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [1114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [1116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [1122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
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
