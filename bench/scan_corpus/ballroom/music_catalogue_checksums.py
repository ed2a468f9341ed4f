"""Fingerprints the venue's music library so duplicate uploads can be spotted.

The licensing report lists each distinct recording once; files are matched
by content checksum rather than by file name, since DJs rename tracks freely.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

AUDIO_SUFFIXES = {".mp3", ".wav", ".flac", ".m4a"}
CHUNK = 1024 * 1024


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def scan_library(root: Path) -> dict[str, list[Path]]:
    by_checksum: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in AUDIO_SUFFIXES:
            by_checksum[file_checksum(path)].append(path)
    return by_checksum


def write_manifest(index: dict[str, list[Path]], root: Path, out) -> None:
    writer = csv.writer(out)
    writer.writerow(["sha256", "copies", "files"])
    for checksum, paths in sorted(index.items()):
        writer.writerow(
            [checksum, len(paths), ";".join(str(p.relative_to(root)) for p in paths)]
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Checksum the music library and report duplicates")
    parser.add_argument("library", type=Path)
    parser.add_argument("--duplicates-only", action="store_true")
    args = parser.parse_args(argv)

    index = scan_library(args.library)
    if args.duplicates_only:
        index = {k: v for k, v in index.items() if len(v) > 1}
    write_manifest(index, args.library, sys.stdout)
    print(f"{sum(len(v) for v in index.values())} files, {len(index)} distinct recordings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
