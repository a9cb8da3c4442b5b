/**
 * Which origins the CMS at /admin/ must reach for a given Git host. Editors save through the
 * Git host's API; images they have not published yet are shown from the host's file server.
 * The local editing API needs no entry: `npm start` serves it on the portal's own origin
 * (src/local-editing), which 'self' already allows.
 */

export interface GitHostOrigins {
  connect: string[];
  images: string[];
}

const KNOWN_HOSTS: Record<string, GitHostOrigins> = {
  github: {
    connect: ['https://api.github.com'],
    images: ['https://raw.githubusercontent.com', 'https://avatars.githubusercontent.com'],
  },
  gitlab: {
    connect: ['https://gitlab.com'],
    images: ['https://gitlab.com', 'https://secure.gravatar.com'],
  },
};

/**
 * `host` is a backend name Decap knows ("github", "gitlab") or the base URL of a self-hosted
 * Git server (e.g. "https://git.pom.go.id" for Gitea or GitLab).
 */
export function gitHostOrigins(host: string): GitHostOrigins {
  const known = KNOWN_HOSTS[host.trim().toLowerCase()];
  const origins = known ?? originsOfUrl(host);
  return { connect: origins.connect, images: origins.images };
}

function originsOfUrl(host: string): GitHostOrigins {
  let origin: string;
  try {
    origin = new URL(host).origin;
  } catch {
    throw new Error(
      `Git host "${host}" is neither a known backend (${Object.keys(KNOWN_HOSTS).join(', ')}) nor a URL. ` +
        'Set PORTAL_CMS_GIT_HOST to "github", "gitlab" or the https:// address of your Git server.',
    );
  }
  return { connect: [origin], images: [origin] };
}
