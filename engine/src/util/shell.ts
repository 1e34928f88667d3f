/**
 * @fileoverview A file name put into a command line the core builds itself (files
 * action=compress, editfiles RunScript): the command runs through /bin/sh, and a name comes from
 * the file system, where any user may choose it. Unquoted, a file `a;rm -rf ~` in a tree root
 * compresses ran `rm -rf ~` as root (cfengine split its commands into words with no shell).
 */

/** `s` as one shell word: in single quotes, each ' written as '\''. */
export function shellWord(s: string): string {
  return "'" + s.replaceAll("'", "'\\''") + "'";
}
