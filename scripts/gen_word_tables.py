#!/usr/bin/env python3
"""Generate src/tokenize/tables.rs for deboil's UAX #29 word tokenizer.

Python 3 standard library only. Reads the Unicode Character Database:

    WordBreakProperty.txt      (Word_Break property)
    emoji-data.txt             (Extended_Pictographic)
    DerivedCoreProperties.txt  (Alphabetic)
    UnicodeData.txt            (General_Category: N*, P*, S*)

Usage:
    python3 scripts/gen_word_tables.py [UCD_DIR] [OUTPUT]

UCD_DIR defaults to /usr/share/unicode (Debian's `unicode-data` package, which
keeps WordBreakProperty.txt under auxiliary/ and emoji-data.txt under emoji/);
files are looked up in UCD_DIR, UCD_DIR/auxiliary and UCD_DIR/emoji. OUTPUT
defaults to src/tokenize/tables.rs next to this script's repository.

The output encodes one byte per code point in a two-level table:

    bits 0..=4  Word_Break value (see WB_NAMES for the numbering)
    bit  5      Extended_Pictographic
    bits 6..=7  0 = none of the below, 1 = Alphabetic,
                2 = General_Category N* (and not Alphabetic),
                3 = General_Category P* (and not Alphabetic)

Symbols (General_Category S*) get a separate sorted range list, used only to
name the kind of a non-word token.
"""

import json
import os
import re
import sys

# Numbering of Word_Break values; must match `mod wb` in src/tokenize/segment.rs.
WB_NAMES = [
    "Other",
    "CR",
    "LF",
    "Newline",
    "Extend",
    "ZWJ",
    "Regional_Indicator",
    "Format",
    "Katakana",
    "Hebrew_Letter",
    "ALetter",
    "Single_Quote",
    "Double_Quote",
    "MidNumLet",
    "MidLetter",
    "MidNum",
    "Numeric",
    "ExtendNumLet",
    "WSegSpace",
]

EXT_PICT = 1 << 5
CLASS_ALPHA = 1 << 6
CLASS_NUMERIC = 2 << 6
CLASS_PUNCT = 3 << 6

NCP = 0x110000
BLOCK_SHIFT = 7
BLOCK = 1 << BLOCK_SHIFT


def find(ucd_dir, name):
    for sub in ("", "auxiliary", "emoji"):
        path = os.path.join(ucd_dir, sub, name)
        if os.path.exists(path):
            return path
    sys.exit("cannot find %s under %s" % (name, ucd_dir))


def first_line(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().strip().lstrip("#").strip()


def parse_ranges(path):
    """Yield (lo, hi, value) from a UCD property file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            cps = fields[0]
            if ".." in cps:
                lo, hi = cps.split("..")
            else:
                lo = hi = cps
            yield int(lo, 16), int(hi, 16), fields[1]


def general_categories(path):
    gc = ["Cn"] * NCP
    with open(path, encoding="utf-8") as f:
        range_start = None
        for line in f:
            fields = line.strip().split(";")
            if len(fields) < 3:
                continue
            cp = int(fields[0], 16)
            name, cat = fields[1], fields[2]
            if name.endswith(", First>"):
                range_start = cp
                continue
            if name.endswith(", Last>"):
                for c in range(range_start, cp + 1):
                    gc[c] = cat
                range_start = None
                continue
            gc[cp] = cat
    return gc


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ucd_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        here, "..", "src", "tokenize", "tables.rs")

    wb_path = find(ucd_dir, "WordBreakProperty.txt")
    emoji_path = find(ucd_dir, "emoji-data.txt")
    dcp_path = find(ucd_dir, "DerivedCoreProperties.txt")
    ud_path = find(ucd_dir, "UnicodeData.txt")

    wb_version = first_line(wb_path)
    m = re.search(r"(\d+)\.(\d+)\.(\d+)", wb_version)
    if not m:
        sys.exit("cannot read the Unicode version from " + wb_path)
    version = tuple(int(x) for x in m.groups())
    sources = [first_line(p) for p in (wb_path, dcp_path)]
    with open(emoji_path, encoding="utf-8") as f:
        head = f.read(2000)
    em = re.search(r"Version:? *(\d+\.\d+)", head) or re.search(
        r"Emoji Version (\d+\.\d+)", head)
    sources.append("emoji-data.txt" + (" (Emoji %s)" % em.group(1) if em else ""))
    sources.append("UnicodeData.txt")

    values = [0] * NCP
    wb_index = {n: i for i, n in enumerate(WB_NAMES)}
    for lo, hi, v in parse_ranges(wb_path):
        for c in range(lo, hi + 1):
            values[c] = (values[c] & ~0x1F) | wb_index[v]
    for lo, hi, v in parse_ranges(emoji_path):
        if v == "Extended_Pictographic":
            for c in range(lo, hi + 1):
                values[c] |= EXT_PICT
    alpha = [False] * NCP
    for lo, hi, v in parse_ranges(dcp_path):
        if v == "Alphabetic":
            for c in range(lo, hi + 1):
                alpha[c] = True
    gc = general_categories(ud_path)
    symbols = []
    for c in range(NCP):
        cat = gc[c]
        if alpha[c]:
            values[c] |= CLASS_ALPHA
        elif cat[0] == "N":
            values[c] |= CLASS_NUMERIC
        elif cat[0] == "P":
            values[c] |= CLASS_PUNCT
        if cat[0] == "S":
            if symbols and symbols[-1][1] == c - 1:
                symbols[-1][1] = c
            else:
                symbols.append([c, c])

    # Two-level table: unique blocks of BLOCK code points.
    blocks = {}
    stage1 = []
    stage2 = []
    for b in range(NCP // BLOCK):
        chunk = tuple(values[b * BLOCK:(b + 1) * BLOCK])
        idx = blocks.get(chunk)
        if idx is None:
            idx = len(blocks)
            blocks[chunk] = idx
            stage2.extend(chunk)
        stage1.append(idx)
    idx_ty = "u8" if len(blocks) <= 256 else "u16"

    lines = []
    w = lines.append
    w("// Generated by scripts/gen_word_tables.py -- do not edit by hand.")
    w("//")
    w("// Unicode version %d.%d.%d. Sources (Unicode Character Database):" % version)
    for s in sources:
        w("//   %s" % s)
    w("// Unicode data is covered by the Unicode License (https://www.unicode.org/license.txt).")
    w("//")
    w("// Per code point, one byte: bits 0..=4 Word_Break (numbering in `segment::wb`),")
    w("// bit 5 Extended_Pictographic, bits 6..=7 class (0 none, 1 Alphabetic,")
    w("// 2 General_Category N*, 3 General_Category P*).")
    w("")
    w("/// Unicode version of these tables.")
    w("pub(crate) const UNICODE_VERSION: (u8, u8, u8) = (%d, %d, %d);" % version)
    w("")
    w("/// Word_Break value names (long form), indexed by the numbering in `segment::wb`.")
    w("pub(crate) const WB_NAMES: [&str; %d] = [" % len(WB_NAMES))
    for n in WB_NAMES:
        w("    %s," % json.dumps(n))
    w("];")
    w("")
    w("/// log2 of the block size of the two-level table.")
    w("pub(crate) const BLOCK_SHIFT: u32 = %d;" % BLOCK_SHIFT)
    w("")

    def emit_array(name, ty, data, per_line, fmt):
        w("#[rustfmt::skip]")
        w("pub(crate) static %s: [%s; %d] = [" % (name, ty, len(data)))
        for i in range(0, len(data), per_line):
            w("    " + " ".join(fmt(x) + "," for x in data[i:i + per_line]))
        w("];")
        w("")

    w("/// Block index per block of code points (code point >> BLOCK_SHIFT).")
    emit_array("STAGE1", idx_ty, stage1, 20, str)
    w("/// Property bytes, one block after another.")
    emit_array("STAGE2", "u8", stage2, 16, lambda x: "0x%02x" % x)
    w("/// Ranges of General_Category S* (Sm, Sc, Sk, So), sorted.")
    w("#[rustfmt::skip]")
    w("pub(crate) static SYMBOLS: [(u32, u32); %d] = [" % len(symbols))
    for i in range(0, len(symbols), 6):
        w("    " + " ".join("(0x%x, 0x%x)," % (a, b) for a, b in symbols[i:i + 6]))
    w("];")

    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d unique blocks, stage2 %d bytes, %d symbol ranges" % (
        out, len(blocks), len(stage2), len(symbols)))


if __name__ == "__main__":
    main()
