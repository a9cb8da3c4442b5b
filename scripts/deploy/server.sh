#!/bin/sh
# The office server's side of `npm run deploy` and `npm run deploy:rollback`. scripts/deploy.ts
# runs it on the server over SSH (`ssh host sh -s -- ...` with this file on stdin), or with
# `sh` for a folder on this machine; rsync does the copying. POSIX sh and GNU coreutils only.
#
# Layout under ROOT (nginx serves ROOT/current):
#   releases/<name>/          one finished build per deploy; names sort by time
#   releases/<name>.assets    the hashed files (_astro/) that build made itself
#   current -> releases/<name>
#
#   server.sh prepare  ROOT [preview]       make releases/, print the live release (if any);
#                                           "preview" marks ROOT as a preview (.pratinjau)
#   server.sh activate ROOT RELEASE KEEP    carry over assets, switch current, keep KEEP releases
#   server.sh rollback ROOT                 switch current to the release before the live one
#   server.sh discard  ROOT RELEASE         remove a release whose upload failed (never the live one)
#   server.sh remove-preview ROOT           remove a preview whose draft is gone (only a marked one)
#
# Arguments arrive already checked against an allow-list (scripts/deploy/target.ts).
set -eu

command=$1
root=$2
releases="$root/releases"

live_release() {
  if [ -L "$root/current" ]; then basename "$(readlink "$root/current")"; fi
}

# Release folders, oldest first (names start with their UTC time).
release_names() {
  find "$releases" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort
}

# The switch readers see: a new link made beside the old one, then renamed over it. rename(2)
# is atomic, so every request finds either the old release or the new one, never neither.
switch_to() {
  link="$root/.current-$$"
  ln -sfn "releases/$1" "$link"
  mv -T "$link" "$root/current"
}

case "$command" in
  prepare)
    if [ "${3:-}" = preview ]; then
      mkdir -p "$releases"
      touch "$root/.pratinjau"
    elif [ -e "$root/.pratinjau" ]; then
      echo "$root adalah folder pratinjau; situs publik tidak diterbitkan ke sana." >&2
      exit 4
    else
      test -e "$root/current" || test ! -e "$root" || test -z "$(ls -A "$root")" || test -d "$releases" || {
        echo "$root sudah berisi berkas lain; pakai folder kosong atau folder yang dibuat oleh npm run deploy." >&2
        exit 4
      }
      mkdir -p "$releases"
    fi
    live_release
    ;;

  activate)
    release=$3
    keep=$4
    test -d "$releases/$release" || { echo "Rilis $release tidak ada di $releases." >&2; exit 1; }
    previous=$(live_release)
    (cd "$releases/$release" && { find _astro -type f 2>/dev/null || true; }) > "$releases/$release.assets"
    # A page read just before the switch may still ask for the stylesheet or photo of the build it
    # came from: the previous build's own hashed files stay reachable (hard links, no copies).
    # Only its own, so carried files do not pile up from release to release.
    if [ -n "$previous" ] && [ "$previous" != "$release" ] && [ -s "$releases/$previous.assets" ]; then
      rsync -a --ignore-existing --files-from="$releases/$previous.assets" \
        --link-dest="$releases/$previous/" "$releases/$previous/" "$releases/$release/"
    fi
    switch_to "$release"
    # Keep the newest KEEP releases and, always, the live one.
    release_names | head -n "-$keep" | while read -r old; do
      if [ "$old" != "$release" ]; then rm -rf "${releases:?}/$old" "$releases/$old.assets"; fi
    done
    echo "$release"
    ;;

  rollback)
    live=$(live_release)
    test -n "$live" || { echo "Belum ada situs yang terpasang di $root." >&2; exit 3; }
    before=$(release_names | awk -v live="$live" '$0 < live' | tail -n 1)
    test -n "$before" || { echo "Tidak ada rilis sebelum $live di $releases." >&2; exit 3; }
    switch_to "$before"
    echo "$before"
    ;;

  remove-preview)
    # Only a folder that a preview deploy marked: never the public site by a slip of a variable.
    test -e "$root/.pratinjau" || { echo "$root bukan folder pratinjau; tidak dihapus." >&2; exit 4; }
    rm -rf "${root:?}"
    ;;

  discard)
    release=$3
    if [ "$release" != "$(live_release)" ]; then rm -rf "${releases:?}/$release" "$releases/$release.assets"; fi
    ;;

  *)
    echo "Perintah tidak dikenal: $command" >&2
    exit 2
    ;;
esac
