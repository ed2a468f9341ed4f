"""Shows what changed in one target language between two TMX exports.

    python segment_diff_tool.py march.tmx april.tmx --lang de-DE
"""
import argparse
import os
import subprocess
import sys
import tempfile

from tmx_reader import iter_units


def _dump_targets(path: str, lang: str) -> str:
    fd, out_path = tempfile.mkstemp(prefix="segdiff-", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for unit in iter_units(path):
            fh.write(unit.variants.get(lang, "").replace("\n", " ") + "\n")
    return out_path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--lang", required=True)
    args = parser.parse_args(argv)

    old_txt = _dump_targets(args.old, args.lang)
    new_txt = _dump_targets(args.new, args.lang)
    try:
        result = subprocess.run(
            ["git", "diff", "--no-index", "--word-diff=color", "--", old_txt, new_txt],
            check=False,
        )
        return 0 if result.returncode in (0, 1) else result.returncode
    finally:
        os.unlink(old_txt)
        os.unlink(new_txt)


if __name__ == "__main__":
    sys.exit(main())
