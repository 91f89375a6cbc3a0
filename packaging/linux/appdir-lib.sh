# Shared by make-appdir.sh and check-appdir.sh (sourced): what counts as ELF, and the AppImage exclude list.
# shellcheck shell=bash disable=SC2034  # excluded is used by the scripts that source this file

is_elf() { [ -f "$1" ] && [ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = '177ELF' ]; }

# excluded[SONAME] is set for every library an AppImage takes from the host (appimage-excludelist beside this file).
declare -A excluded=()
while read -r soname; do
    excluded[$soname]=1
done < <(sed 's/#.*//; s/[[:space:]]//g; /^$/d' "$(dirname "${BASH_SOURCE[0]}")/appimage-excludelist")

# needed_libs FILE: "SONAME PATH" for each library FILE itself names (DT_NEEDED, read with binutils' readelf), PATH as
# the loader resolves it through FILE's RUNPATH, or not-found. What those libraries need comes with their own entries,
# so the libraries of excluded (host) libraries are the host's business, as with linuxdeploy.
needed_libs() {
    local file="$1" soname path
    local -A resolved=()
    while read -r soname path; do
        resolved[$soname]="$path"
    done < <(env -u LD_LIBRARY_PATH ldd "$file" 2>/dev/null |
        awk '$2 == "=>" { print $1, ($3 == "not" ? "not-found" : $3) }')
    while read -r soname; do
        echo "$soname ${resolved[$soname]:-not-found}"
    done < <(readelf -d "$file" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p')
}
