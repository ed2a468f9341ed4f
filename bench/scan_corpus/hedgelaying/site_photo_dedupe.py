"""Removes duplicate site photos uploaded from several crew phones.

Crew often all photograph the same finished stretch of hedge and the
phones re-upload on poor signal, so the same file arrives several times.
Photos are grouped by content digest and only the first copy is kept.
"""
from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from pathlib import Path

log = logging.getLogger("photos.dedupe")

CHUNK = 1 << 20
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def group_by_content(folder: Path) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in PHOTO_SUFFIXES:
            groups[file_digest(path)].append(path)
    return groups


def dedupe_job_photos(folder: Path, dry_run: bool = True) -> int:
    removed = 0
    for digest, paths in group_by_content(folder).items():
        keep, *extras = sorted(paths, key=lambda p: p.stat().st_mtime)
        for extra in extras:
            log.info("duplicate of %s: %s (%s)", keep.name, extra.name, digest[:12])
            if not dry_run:
                extra.unlink()
            removed += 1
    return removed


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--apply", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    n = dedupe_job_photos(args.folder, dry_run=not args.apply)
    print(f"{n} duplicate photos {'removed' if args.apply else 'found'}")
