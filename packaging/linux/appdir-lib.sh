# Shared by make-appdir.sh and check-appdir.sh (sourced): what counts as ELF, and the AppImage exclude list.
# shellcheck shell=bash disable=SC2034  # excluded is used by the scripts that source this file

is_elf() { [ -f "$1" ] && [ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = '177ELF' ]; }

# excluded[SONAME] is set for every library an AppImage takes from the host (appimage-excludelist beside this file).
declare -A excluded=()
while read -r soname; do
    excluded[$soname]=1
done < <(sed 's/#.*//; s/[[:space:]]//g; /^$/d' "$(dirname "${BASH_SOURCE[0]}")/appimage-excludelist")
