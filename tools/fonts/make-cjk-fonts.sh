#!/usr/bin/env bash
# Rebuilds filmgen's two bundled subtitle fonts from Noto Sans CJK SC Bold (SIL OFL 1.1), reproducibly:
#
#   filmgen-compose-ffmpeg  .../compose/ffmpeg/fonts/NotoSansCJKsc-Bold-subset.otf   GB 2312 + Latin (small, always there)
#   filmgen-fonts-cjk       .../fonts/cjk/NotoSansCJKsc-Bold-cjk.otf                  every character of the face:
#                           simplified and traditional Chinese, CJK extensions, Japanese kana, Korean Hangul
#
# Source: face 2 ("Noto Sans CJK SC Bold") of NotoSansCJK-Bold.ttc from the Debian package fonts-noto-cjk
# 1:20220127+repack1-1 (bookworm), checked by SHA-256. Tool: fontTools 4.38.0 (Debian python3-fonttools), whose
# pyftsubset keeps the original timestamps, so the same inputs give byte-identical fonts.
# Layout features are cut to those horizontal subtitles use (ccmp, kern, liga, mark, mkmk): the regional 'locl'
# variants and vertical forms are what doubled the glyph count of the old subset. .notdef keeps its box outline.
#
# Usage: tools/fonts/make-cjk-fonts.sh [path/to/NotoSansCJK-Bold.ttc]
# Without an argument it uses the installed /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc when its checksum
# matches, else downloads the .deb with `apt-get download` (no install). Needs python3 with fontTools: as root it
# installs python3-fonttools when missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
deb_version="1:20220127+repack1-1"
ttc_sha256="faa5f3656a78b2e2d450d27fe8382c778bc2b6bb5ea29c986664a6a435056ceb"
face=2
features="ccmp,kern,liga,mark,mkmk"
base_out="$repo/filmgen-compose-ffmpeg/src/main/resources/dev/filmgen/compose/ffmpeg/fonts/NotoSansCJKsc-Bold-subset.otf"
wide_out="$repo/filmgen-fonts-cjk/src/main/resources/dev/filmgen/fonts/cjk/NotoSansCJKsc-Bold-cjk.otf"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

py=""
find_python() {
  for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import fontTools' 2>/dev/null; then
      py="$candidate"
      return 0
    fi
  done
  return 1
}
if ! find_python; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-fonttools >/dev/null
  fi
  find_python || { echo "make-cjk-fonts: needs fontTools (apt-get install python3-fonttools)" >&2; exit 1; }
fi
tools_version="$("$py" -c 'import fontTools; print(fontTools.version)')"
[ "$tools_version" = "4.38.0" ] || echo "make-cjk-fonts: fontTools $tools_version, not 4.38.0: output may differ in bytes" >&2

ttc="${1:-/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc}"
if [ ! -f "$ttc" ] || [ "$(sha256sum "$ttc" | cut -d' ' -f1)" != "$ttc_sha256" ]; then
  echo "make-cjk-fonts: downloading fonts-noto-cjk $deb_version" >&2
  chmod 777 "$work"
  (cd "$work" && apt-get download -q "fonts-noto-cjk=$deb_version" >/dev/null 2>&1)
  dpkg-deb -x "$work"/fonts-noto-cjk_*.deb "$work/deb"
  ttc="$work/deb/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
fi
echo "$ttc_sha256  $ttc" | sha256sum -c --quiet -

"$py" "$here/charsets.py" "$ttc" "$face" "$work"
mkdir -p "$(dirname "$wide_out")"
for pair in "base:$base_out" "wide:$wide_out"; do
  list="${pair%%:*}"
  out="${pair#*:}"
  "$py" -m fontTools.subset "$ttc" --font-number="$face" --unicodes-file="$work/$list.txt" \
      --layout-features="$features" --notdef-outline --output-file="$out"
  printf '%s  %s bytes  sha256 %s\n' "${out#"$repo"/}" "$(stat -c %s "$out")" "$(sha256sum "$out" | cut -d' ' -f1)"
done
