// A user name and password written into a URL (`https://user:secret@host/`): the config warns of them in a
// vendor's baseUrl (config-warnings.ts), validation refuses them beside basicAuth, and the providers never
// send them on their own beside another credential (providers/credentials.ts splitUrlCredentials).
export function hasUrlCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}
