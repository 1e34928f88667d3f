/**
 * A small policy the editor tests share: a macro, a group, a selector that names it, one that
 * misspells it (CF012), and an InsertLine that does not converge (CF015).
 */
export const SAMPLE_POLICY = `control:
  actionsequence = ( editfiles )
  motd = ( "Welcome" )

groups:
  webservers = ( web1 web2 )

editfiles:
  webservers::
    { /etc/motd
      AppendIfNoSuchLine "$(motd)"
    }
  webserverz::
    { /etc/issue
      AppendIfNoSuchLine "x"
    }
  any::
    { /etc/hosts
      LocateLineMatching "127.*"
      InsertLine "10.0.0.1 db"
    }
`;
