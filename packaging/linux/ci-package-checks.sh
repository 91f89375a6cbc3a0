#!/usr/bin/env bash
# The packaging part of .ci/run, on a built tree: the .deb installed and smoke-tested, then the AppDir made and
# checked. Usage: ci-package-checks.sh BUILD_DIR
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
if [ "$#" -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="$(cd "$1" && pwd)"
# shellcheck source=/dev/null
source "$build_dir/packaging/packaging-env.sh"

"$here/deb-smoke-test.sh" "$build_dir"
"$here/make-appdir.sh" "$build_dir" "$build_dir/AppDir"
"$here/check-appdir.sh" "$build_dir/AppDir" "$CODEXBRIDGE_VERSION"
