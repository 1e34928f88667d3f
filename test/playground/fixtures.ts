/** Policies shared by the playground's tests. */

/**
 * A guarded ReplaceAll leaves the line pointer past the end, so the LocateLineMatching after it
 * finds nothing on the first run only; the second run inserts (the file does not converge).
 */
export const POINTER_PAST_END = `control:
  actionsequence = ( editfiles )
editfiles:
  { /etc/f
  BeginGroupIfNoLineMatching "^b$"
  ReplaceAll "^a$" With "b"
  EndGroup
  LocateLineMatching "^c$"
  InsertLine "d"
  }
`;
