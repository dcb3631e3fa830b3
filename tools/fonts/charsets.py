#!/usr/bin/env python3
"""Writes the character lists of filmgen's two bundled subtitle fonts, one "U+XXXX" per line.

Usage: charsets.py SOURCE.ttc FACE OUT_DIR

  base.txt  what filmgen-compose-ffmpeg ships: ASCII, Latin-1, Latin Extended-A, general punctuation, letterlike
            symbols (TM, degrees), CJK symbols and punctuation, full-width forms, and every character Python's
            gb2312 codec encodes (all 6,763 GB 2312 Hanzi, kana, Greek, Cyrillic, box drawing...).
  wide.txt  what filmgen-fonts-cjk ships: every character the source face maps (simplified and traditional
            Chinese, the CJK extensions Noto covers, Japanese kana, Korean Hangul, Latin, Greek, Cyrillic).

Both lists are intersected with the face's own character map, so every listed character has a real glyph.
"""
import sys
from fontTools.ttLib import TTCollection


def gb2312():
    out = set()
    for cp in range(0x20, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            chr(cp).encode("gb2312")
            out.add(cp)
        except UnicodeEncodeError:
            pass
    return out


def main(source, face, out_dir):
    cmap = set(TTCollection(source).fonts[int(face)].getBestCmap())
    ranges = [(0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x2100, 0x214F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    base = gb2312()
    for lo, hi in ranges:
        base.update(range(lo, hi + 1))
    for name, chars in (("base", base & cmap), ("wide", cmap)):
        with open(f"{out_dir}/{name}.txt", "w", encoding="ascii") as f:
            f.writelines(f"U+{cp:04X}\n" for cp in sorted(chars))
        print(f"{name}: {len(chars)} characters")


if __name__ == "__main__":
    main(*sys.argv[1:])
