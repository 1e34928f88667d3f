/**
 * @fileoverview The examples gallery: the bundled example (examples/cfengine.conf on
 * examples/root, read at build time), the manual's example configurations (each citing the lines
 * of the cfengine 1.4.9 manual it comes from), and short ones that show the page's views.
 */
import bundled from 'bundled-example';
import type { FileNode, PlaygroundState } from './state.js';

export interface Example {
  id: string;
  title: string;
  /** Where it comes from: a file of the project or lines of the manual. */
  source: string;
  state: () => PlaygroundState;
}

const enc = new TextEncoder();
const fromBase64 = (s: string) => Uint8Array.from(atob(s), c => c.charCodeAt(0));

/** A fixed clock for examples: Monday 2026-01-12 12:00 UTC. */
export const EXAMPLE_TIME = Date.UTC(2026, 0, 12, 12) / 1000;

function textFiles(files: Record<string, string>): FileNode[] {
  const nodes = new Map<string, FileNode>();
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split('/');
    for (let i = 2; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      nodes.set(dir, { path: dir, type: 'dir', mode: 0o755 });
    }
    nodes.set(path, { path, type: 'file', mode: 0o644, bytes: enc.encode(content) });
  }
  return [...nodes.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function state(policy: string, files: FileNode[], define: string[] = [], dryRun = true, hostname = 'host1'): PlaygroundState {
  return { policy, files, facts: { hostname, domain: 'example.org', now: EXAMPLE_TIME, define, negate: [] }, exec: {}, dryRun };
}

export const EXAMPLES: Example[] = [
  {
    id: 'bundled', title: 'Bundled example', source: 'examples/',
    state: () => state(bundled.policy, bundled.files.map(f => ({
      path: f.path, type: f.type, mode: f.mode, ...(f.base64 !== undefined ? { bytes: fromBase64(f.base64) } : {}),
    })), ['webservers']),
  },
  {
    id: 'finger', title: 'Disable the finger service', source: 'manual L3783-3790',
    state: () => state(`control:

   actionsequence = ( editfiles )

editfiles:

      { /etc/inetd.conf

      HashCommentLinesContaining "finger"
      }
`, textFiles({
      '/etc/inetd.conf': 'ftp     stream  tcp     nowait  root    /usr/sbin/tcpd  in.ftpd\nfinger  stream  tcp     nowait  nobody  /usr/sbin/tcpd  in.fingerd\ntelnet  stream  tcp     nowait  root    /usr/sbin/tcpd  in.telnetd\n',
    })),
  },
  {
    id: 'c-comments', title: 'C-style comments', source: 'manual L3807-3816',
    state: () => state(`control:

   actionsequence = ( editfiles )

editfiles:

  { /src/hello.c

  SetCommentStart "/* "
  SetCommentEnd   " */"

  # Comment out all lines containing printf!

  CommentLinesMatching ".*printf.*"
  }
`, textFiles({ '/src/hello.c': '#include <stdio.h>\n\nint main(void)\n{\n    printf("hello\\n");\n    return 0;\n}\n' })),
  },
  {
    id: 'classes', title: 'Edits chosen by class', source: 'manual L8225-8243',
    state: () => state(`control:

   actionsequence = ( editfiles )

editfiles:

   sun4::

      { /etc/netmasks

      DeleteLinesContaining "255.255.254.0"
      AppendIfNoSuchLine "128.39  255.255.255.0"
      }

   PrintServers::
      { /etc/hosts.lpd

      AppendIfNoSuchLine "tor"
      AppendIfNoSuchLine "odin"
      AppendIfNoSuchLine "borg"
      }
`, textFiles({ '/etc/netmasks': '128.39  255.255.254.0\n', '/etc/hosts.lpd': 'tor\n' }), ['sun4']),
  },
  {
    id: 'insert-once', title: 'Insert once: step through it in Debug (D3: not convergent)', source: 'manual L8330-8347',
    state: () => state(`control:

   actionsequence = ( editfiles )

editfiles:

   { /etc/rc.local

    LocateLineMatching "# insert point.*"
    IncrementPointer   "1"

    BeginGroupIfNoMatch "# cfengine - 2/Jan/95"

      InsertLine "# cfengine - 2/Jan/95"
      InsertLine "/local/bin/start-xdm"

    EndGroup
   }
`, textFiles({ '/etc/rc.local': '#!/bin/sh\n# start the services\n# insert point: local additions\necho started\nexit 0\n' })),
  },
  {
    id: 'sshd', title: 'Harden sshd_config', source: 'playground (editfiles, L8312-8740)',
    state: () => state(`control:

   actionsequence = ( editfiles )

editfiles:

  { /etc/ssh/sshd_config

  ReplaceAll "^PermitRootLogin yes" With "PermitRootLogin no"
  HashCommentLinesContaining "PasswordAuthentication yes"
  AppendIfNoSuchLine "PasswordAuthentication no"
  }
`, textFiles({ '/etc/ssh/sshd_config': 'Port 22\nPermitRootLogin yes\nPasswordAuthentication yes\nUsePAM yes\n' })),
  },
  {
    id: 'append', title: 'Not convergent: Append', source: 'playground (Append, D17)',
    state: () => state(`control:

   actionsequence = ( editfiles )

editfiles:

  { /etc/motd

  Append "Welcome"
  }
`, textFiles({ '/etc/motd': 'Hello\n' }), [], false),
  },
];
