#!/usr/bin/env bash
# Renders the committed PNG sizes and the Windows .ico from codex-bridge.svg. Run it after editing the SVG and commit
# the results; tst_appicon fails while a PNG no longer matches the SVG. Needs librsvg2-bin and icoutils.
# (Committed rather than rendered at build time: the macOS and Windows builds then need no SVG tool, and the .icns
# step of the release workflow and the Windows resource compiler read these files as they are.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
sizes=(16 22 24 32 48 64 128 256 512)
mkdir -p png
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" codex-bridge.svg --output "png/codex-bridge-$size.png"
done
# Windows wants 16..256 in one file; 256 stays PNG-compressed inside (-r), as Vista+ expects.
icotool --create --output codex-bridge.ico png/codex-bridge-{16,24,32,48,64}.png --raw=png/codex-bridge-256.png
