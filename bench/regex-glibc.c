/* Times glibc regexec over the lines of a file: usage: regex-glibc FILE PATTERN MODE [REPLACEMENT]
 * MODE: whole | search | replace. Prints "<ms> <count>" (best of 3 runs). */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }

int main(int argc, char **argv) {
  if (argc < 4) return 2;
  FILE *f = fopen(argv[1], "rb"); fseek(f, 0, SEEK_END); long n = ftell(f); rewind(f);
  char *buf = malloc(n + 1); fread(buf, 1, n, f); buf[n] = 0; fclose(f);
  regex_t re; if (regcomp(&re, argv[2], REG_EXTENDED)) return 3;
  const char *mode = argv[3]; const char *rep = argc > 4 ? argv[4] : ""; size_t rlen = strlen(rep);
  char *out = malloc(n * 4 + 1024);
  char *line = malloc(n + 1);
  double best = 1e18; long count = 0;
  for (int run = 0; run < 3; run++) {
    double t0 = now(); count = 0; size_t o = 0;
    for (long s = 0; s < n;) {
      long e = s; while (e < n && buf[e] != '\n') e++;
      /* Each line alone, as the core sees it: `^` and `$` are its start and end. */
      long len = e - s;
      memcpy(line, buf + s, len); line[len] = 0;
      regmatch_t m[1];
      if (!strcmp(mode, "replace")) {
        long pos = 0, copied = 0, prev = -1;
        while (pos <= len) {
          m[0].rm_so = pos; m[0].rm_eo = len;
          if (regexec(&re, line, 1, m, REG_STARTEND)) break;
          long ms = m[0].rm_so, me = m[0].rm_eo;
          if (ms == me && ms == prev) { pos = ms + 1; continue; }
          memcpy(out + o, line + copied, ms - copied); o += ms - copied; memcpy(out + o, rep, rlen); o += rlen;
          copied = me; prev = me; count++;
          pos = ms == me ? me + 1 : me;
          if (ms == me && me < len) { out[o++] = line[me]; copied = me + 1; }
        }
        memcpy(out + o, line + copied, len - copied); o += len - copied; out[o++] = '\n';
      } else if (!regexec(&re, line, 1, m, 0)) {
        if (strcmp(mode, "whole") || (m[0].rm_so == 0 && m[0].rm_eo == len)) count++;
      }
      s = e + 1;
    }
    double t = now() - t0; if (t < best) best = t;
  }
  printf("%.3f %ld\n", best, count);
  return 0;
}
