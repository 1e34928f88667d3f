/*
 * The reference for the regex differential tests: glibc's regcomp(REG_EXTENDED)/regexec in the
 * C locale. Reads lines "PATTERN<TAB>SUBJECT<TAB>REPLACEMENT", each field hex-encoded, and prints
 * per line "E <regcomp error code>", "M <whole> <start> <end> <replaced>", or "CRASH <signal>" when
 * glibc itself crashes (it does, e.g. on `(a*)\1+*`: each line runs in a child process):
 *   whole     1 if the leftmost-longest match spans the whole subject (D2), else 0
 *   start end the leftmost-longest match (-1 -1 if none)
 *   replaced  hex of the subject with every match replaced (D20: non-overlapping, left to right,
 *             an empty match directly after the previous match is skipped, like GNU sed s///g)
 */
#include <locale.h>
#include <sys/wait.h>
#include <unistd.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t unhex(const char *h, size_t n, char *out) {
  size_t k = 0;
  for (size_t i = 0; i + 1 < n + 1 && i < n; i += 2) {
    unsigned v;
    sscanf(h + i, "%2x", &v);
    out[k++] = (char)v;
  }
  out[k] = 0;
  return k;
}

static void puthex(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) printf("%02x", (unsigned char)s[i]);
}

/* Leftmost-longest match at or after `from`, with the whole subject as context. */
static int search(regex_t *re, const char *s, size_t len, size_t from, regmatch_t *m) {
  m[0].rm_so = (regoff_t)from;
  m[0].rm_eo = (regoff_t)len;
  return regexec(re, s, 1, m, REG_STARTEND) == 0;
}

int main(void) {
  setlocale(LC_ALL, "C");
  static char line[1 << 16], pat[1 << 15], subj[1 << 15], repl[1 << 15], out[1 << 18];
  while (fgets(line, sizeof line, stdin)) {
    char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
    if (!t1 || !t2) { printf("BADLINE\n"); continue; }
    char *nl = strchr(t2 + 1, '\n');
    if (nl) *nl = 0;
    unhex(line, (size_t)(t1 - line), pat);
    size_t slen = unhex(t1 + 1, (size_t)(t2 - t1 - 1), subj);
    size_t rlen = unhex(t2 + 1, strlen(t2 + 1), repl);
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 2; }
    if (pid > 0) {
      int status;
      waitpid(pid, &status, 0);
      if (WIFSIGNALED(status)) printf("CRASH %d\n", WTERMSIG(status));
      continue;
    }
    regex_t re;
    int err = regcomp(&re, pat, REG_EXTENDED);
    if (err) { printf("E %d\n", err); fflush(stdout); _exit(0); }
    regmatch_t m[1];
    int found = search(&re, subj, slen, 0, m);
    int whole = found && m[0].rm_so == 0 && (size_t)m[0].rm_eo == slen;
    long so = found ? (long)m[0].rm_so : -1, eo = found ? (long)m[0].rm_eo : -1;

    size_t pos = 0, copied = 0, o = 0;
    long prev_end = -1;
    while (pos <= slen && search(&re, subj, slen, pos, m)) {
      size_t s = (size_t)m[0].rm_so, e = (size_t)m[0].rm_eo;
      if (s == e && (long)s == prev_end) { pos = s + 1; continue; }
      memcpy(out + o, subj + copied, s - copied); o += s - copied;
      memcpy(out + o, repl, rlen); o += rlen;
      copied = e; prev_end = (long)e;
      pos = s == e ? e + 1 : e;
      if (s == e && e < slen) { out[o++] = subj[e]; copied = e + 1; }
    }
    memcpy(out + o, subj + copied, slen - copied); o += slen - copied;
    printf("M %d %ld %ld ", whole, so, eo);
    puthex(out, o);
    printf("\n");
    fflush(stdout);
    _exit(0);
  }
  return 0;
}
