"""Finds duplicate item photos before they are pushed to the marketplace.

Intake volunteers often upload the same picture twice from the tablet.  We
fingerprint every photo file by content and keep only the first copy per item.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sqlite3
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

log = logging.getLogger("photos.dedupe")

CHUNK = 1 << 20
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def file_fingerprint(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def iter_item_photos(root: Path) -> Iterator[Tuple[str, Path]]:
    for item_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        for photo in sorted(item_dir.iterdir()):
            if photo.suffix.lower() in PHOTO_SUFFIXES and photo.is_file():
                yield item_dir.name, photo


def find_duplicates(root: Path) -> List[Path]:
    seen: Dict[Tuple[str, str], Path] = {}
    duplicates: List[Path] = []
    for item_id, photo in iter_item_photos(root):
        key = (item_id, file_fingerprint(photo))
        if key in seen:
            log.info("%s duplicates %s", photo, seen[key])
            duplicates.append(photo)
        else:
            seen[key] = photo
    return duplicates


def record_fingerprints(db_path: str, root: Path) -> int:
    rows = [(item_id, photo.name, file_fingerprint(photo)) for item_id, photo in iter_item_photos(root)]
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO photo_fingerprints (item_id, file_name, sha256) VALUES (?, ?, ?)",
            rows,
        )
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description="Remove duplicate item photos")
    parser.add_argument("--root", default=os.environ.get("PHOTO_ROOT", "/srv/thriftstore/photos"))
    parser.add_argument("--db", default=os.environ.get("STOCK_DB_PATH", "/var/lib/thriftstore/stock.sqlite3"))
    parser.add_argument("--delete", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    root = Path(args.root)
    dupes = find_duplicates(root)
    if args.delete:
        for photo in dupes:
            photo.unlink()
    log.info("%d duplicate photos%s", len(dupes), " removed" if args.delete else "")
    record_fingerprints(args.db, root)


if __name__ == "__main__":
    main()
