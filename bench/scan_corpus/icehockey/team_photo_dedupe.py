"""Finds duplicate team and tournament photos before they are published to the site.

Usage: python -m tools.team_photo_dedupe /srv/hockey/media/photos --delete-duplicates
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import sys
from collections import defaultdict
from pathlib import Path

log = logging.getLogger("photo_dedupe")

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
CHUNK = 1024 * 1024


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def find_duplicates(root: Path) -> dict[str, list[Path]]:
    by_size: dict[int, list[Path]] = defaultdict(list)
    for path in root.rglob("*"):
        if path.is_file() and path.suffix.lower() in PHOTO_SUFFIXES:
            by_size[path.stat().st_size].append(path)

    by_checksum: dict[str, list[Path]] = defaultdict(list)
    for candidates in by_size.values():
        if len(candidates) < 2:
            continue
        for path in candidates:
            by_checksum[file_checksum(path)].append(path)
    return {k: sorted(v) for k, v in by_checksum.items() if len(v) > 1}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Report duplicate team photos.")
    parser.add_argument("root", type=Path)
    parser.add_argument("--delete-duplicates", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    duplicates = find_duplicates(args.root)
    removed = 0
    for checksum, paths in duplicates.items():
        keep, *extra = paths
        log.info("%s  keep %s, %d duplicate(s)", checksum[:12], keep, len(extra))
        if args.delete_duplicates:
            for path in extra:
                path.unlink()
                removed += 1
    log.info("%d duplicate groups, %d files removed", len(duplicates), removed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
