/**
 * @fileoverview The editfiles commands of 1.4.9 (inventory §4.5, 70 commands) with the kind of
 * argument each takes, and the cfengine 2 commands that are not 1.x (D-rule 4).
 */

export type ArgKind = 'regex' | 'literal' | 'number' | 'file' | 'command' | 'none';

export const EDIT_COMMANDS: Record<string, ArgKind> = {
  AbortAtLineMatching: 'regex', Append: 'literal', AppendIfNoLineMatching: 'regex', AppendIfNoSuchLine: 'literal',
  AppendToLineIfNotContains: 'literal', AutoCreate: 'none', AutomountDirectResources: 'literal',
  BeginGroupIfFileExists: 'file', BeginGroupIfFileIsNewer: 'file', BeginGroupIfNoLineContaining: 'literal',
  BeginGroupIfNoLineMatching: 'regex', BeginGroupIfNoMatch: 'regex', BeginGroupIfNoSuchLine: 'literal',
  BreakIfLineMatches: 'regex', CommentLinesMatching: 'regex', CommentLinesStarting: 'literal', CommentNLines: 'number',
  CommentToLineMatching: 'regex', DefineClasses: 'literal', DeleteLinesAfterThisMatching: 'regex',
  DeleteLinesContaining: 'literal', DeleteLinesMatching: 'regex', DeleteLinesStarting: 'literal', DeleteNLines: 'number',
  DeleteToLineMatching: 'regex', EmptyEntireFilePlease: 'none', EndGroup: 'none', EndLoop: 'none',
  FixEndOfLine: 'literal', ForEachLineIn: 'file', GotoLastLine: 'none', HashCommentLinesContaining: 'literal',
  HashCommentLinesMatching: 'regex', HashCommentLinesStarting: 'literal', IncrementPointer: 'number',
  InsertFile: 'file', InsertLine: 'literal', LocateLineMatching: 'regex', PercentCommentLinesContaining: 'literal',
  PercentCommentLinesMatching: 'regex', PercentCommentLinesStarting: 'literal', Prepend: 'literal',
  PrependIfNoLineMatching: 'regex', PrependIfNoSuchLine: 'literal', ReplaceAll: 'regex', ReplaceLineWith: 'literal',
  ReplaceLinesMatchingField: 'number', ResetSearch: 'number', RunScript: 'command', RunScriptIfLineMatching: 'regex',
  RunScriptIfNoLineMatching: 'regex', SetCommentEnd: 'literal', SetCommentStart: 'literal', SetLine: 'literal',
  SetScript: 'command', SlashCommentLinesContaining: 'literal', SlashCommentLinesMatching: 'regex',
  SlashCommentLinesStarting: 'literal', SplitOn: 'literal', UnCommentLinesContaining: 'literal',
  UnCommentLinesMatching: 'regex', UnCommentNLines: 'number', UnsetAbort: 'literal', WarnIfLineContaining: 'literal',
  WarnIfLineMatching: 'regex', WarnIfLineStarting: 'literal', WarnIfNoLineContaining: 'literal',
  WarnIfNoLineMatching: 'regex', WarnIfNoLineStarting: 'literal', WarnIfNoSuchLine: 'regex',
};

/** cfengine 2 additions (inventory §4.8), rejected with a "not a 1.x command" diagnostic. */
export const VERSION_2_COMMANDS = new Set([
  'CommentLinesContaining', 'DeleteLinesNotStarting', 'DeleteLinesNotContaining', 'DeleteLinesNotMatching',
  'DeleteLinesStartingFileItems', 'DeleteLinesContainingFileItems', 'DeleteLinesMatchingFileItems',
  'DeleteLinesNotStartingFileItems', 'DeleteLinesNotContainingFileItems', 'DeleteLinesNotMatchingFileItems',
  'AppendIfNoSuchLinesFromFile', 'BeginGroupIfDefined', 'BeginGroupIfNotDefined', 'BeginGroupIfLineContaining',
  'BeginGroupIfLineMatching', 'ElseDefineClasses', 'CatchAbort', 'WarnIfFileMissing', 'Backup', 'Syslog', 'Inform',
  'Recurse', 'EditMode', 'WarnIfContainsString', 'WarnIfContainsFile', 'Ignore', 'Exclude', 'Include', 'Repository',
  'Umask', 'UseShell', 'Filter', 'SetSearchRegExp', 'HashCommentToLineMatching', 'PercentCommentToLineMatching',
]);

/** actionsequence words (inventory §3.1); `module:name` entries are not 1.4.9. */
export const ACTIONS = new Set(['mountall', 'mountinfo', 'checktimezone', 'netconfig', 'resolve', 'unmount',
  'shellcommands', 'editfiles', 'addmounts', 'directories', 'links', 'simplelinks', 'childlinks', 'mailcheck',
  'required', 'disks', 'tidy', 'disable', 'files', 'copy', 'processes']);

/** Which section each action runs (actions without a section do their own work). */
export const ACTION_SECTION: Record<string, string[]> = {
  resolve: ['resolve'], unmount: ['unmount'], shellcommands: ['shellcommands'], editfiles: ['editfiles'],
  directories: ['directories'], links: ['links'], simplelinks: ['links'], childlinks: ['links'],
  required: ['required', 'disks'], disks: ['required', 'disks'], tidy: ['tidy'], disable: ['disable'],
  files: ['files'], copy: ['copy'], processes: ['processes'],
};
