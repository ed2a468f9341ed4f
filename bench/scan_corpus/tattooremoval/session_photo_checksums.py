"""Integrity manifest for clinical session photos.

Before/after photos are part of the clinical record. A nightly job records
a checksum for each new photo so that later tampering or bit rot can be
detected, and duplicate uploads of the same image are skipped.
"""
from __future__ import annotations

import argparse
import csv
import logging
from hashlib import sha256 as _sha256
from pathlib import Path
from typing import Iterator

log = logging.getLogger("photos.manifest")

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif"}
CHUNK = 1024 * 1024


def file_checksum(path: Path) -> str:
    digest = _sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_photos(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in PHOTO_SUFFIXES:
            yield path


def load_manifest(manifest: Path) -> dict[str, str]:
    if not manifest.exists():
        return {}
    with manifest.open(newline="") as fh:
        return {row["relative_path"]: row["sha256"] for row in csv.DictReader(fh)}


def update_manifest(root: Path, manifest: Path) -> tuple[int, list[str]]:
    known = load_manifest(manifest)
    seen_digests = set(known.values())
    added, mismatched = 0, []
    for photo in iter_photos(root):
        rel = photo.relative_to(root).as_posix()
        checksum = file_checksum(photo)
        if rel in known:
            if known[rel] != checksum:
                mismatched.append(rel)
            continue
        if checksum in seen_digests:
            log.info("duplicate photo upload skipped: %s", rel)
            continue
        known[rel] = checksum
        seen_digests.add(checksum)
        added += 1
    with manifest.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["relative_path", "sha256"])
        writer.writerows(sorted(known.items()))
    return added, mismatched


def main() -> int:
    parser = argparse.ArgumentParser(description="Update the session photo checksum manifest")
    parser.add_argument("photo_root", type=Path)
    parser.add_argument("--manifest", type=Path, default=Path("photo_manifest.csv"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    added, mismatched = update_manifest(args.photo_root, args.manifest)
    log.info("added %d photos to manifest", added)
    for rel in mismatched:
        log.error("checksum changed for %s", rel)
    return 1 if mismatched else 0


if __name__ == "__main__":
    raise SystemExit(main())
