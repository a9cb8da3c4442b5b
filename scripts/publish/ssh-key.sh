#!/usr/bin/env bash
# Gives a pipeline job the SSH key and the server's host key for npm run deploy, from the
# secrets SSH_KEY (a private key made for deploying only) and KNOWN_HOSTS (the server's line
# from `ssh-keyscan -p PORT server`). The host key is checked as always: nothing here turns
# checking off, so a job never sends the site to a server pretending to be the office's.
set -euo pipefail
if [[ -z "${SSH_KEY:-}" || -z "${KNOWN_HOSTS:-}" ]]; then
  echo "Rahasia PORTAL_DEPLOY_SSH_KEY dan PORTAL_DEPLOY_KNOWN_HOSTS harus diisi untuk menerbitkan ke server kantor (docs/publishing.md)." >&2
  exit 1
fi
mkdir -p ~/.ssh
chmod 700 ~/.ssh
printf '%s\n' "$SSH_KEY" > ~/.ssh/id_portal
chmod 600 ~/.ssh/id_portal
printf '%s\n' "$KNOWN_HOSTS" >> ~/.ssh/known_hosts
printf 'Host *\n  IdentityFile ~/.ssh/id_portal\n  IdentitiesOnly yes\n' >> ~/.ssh/config
