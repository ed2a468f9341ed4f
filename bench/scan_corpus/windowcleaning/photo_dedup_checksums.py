"""Deduplicate before/after photos uploaded twice when the cleaner app retries on poor signal."""
from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path
from typing import Dict, Iterable, List

log = logging.getLogger("rounds.photos.dedup")

CHUNK = 1024 * 1024


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def group_by_checksum(paths: Iterable[Path]) -> Dict[str, List[Path]]:
    groups: Dict[str, List[Path]] = {}
    for path in paths:
        groups.setdefault(file_checksum(path), []).append(path)
    return groups


def dedupe_job_folder(folder: Path, quarantine: Path) -> int:
    """Keep the oldest copy of each identical photo; move later copies to quarantine."""
    photos = sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in {".jpg", ".jpeg", ".png"}),
        key=lambda p: p.stat().st_mtime,
    )
    moved = 0
    for checksum, copies in group_by_checksum(photos).items():
        for duplicate in copies[1:]:
            dest = quarantine / folder.name / duplicate.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(duplicate), dest)
            moved += 1
            log.info("Job %s: %s duplicates %s (%s)", folder.name, duplicate.name,
                     copies[0].name, checksum[:12])
    return moved


def dedupe_all(photo_root: Path, quarantine: Path) -> int:
    total = 0
    for job_folder in sorted(p for p in photo_root.iterdir() if p.is_dir()):
        total += dedupe_job_folder(job_folder, quarantine)
    log.info("Moved %d duplicate photos to %s", total, quarantine)
    return total


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("photo_root", type=Path)
    parser.add_argument("--quarantine", type=Path, default=Path("/srv/rounds/photo-duplicates"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    dedupe_all(args.photo_root, args.quarantine)
