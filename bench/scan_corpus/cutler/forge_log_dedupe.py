"""Import pyrometer CSV logs from the heat-treat ovens, skipping files already seen.

The oven controllers re-upload the whole day's log every hour, so identical files
arrive many times; we fingerprint the content and only ingest new ones.
"""
import csv
import hashlib
import logging
from pathlib import Path
from typing import Iterator

log = logging.getLogger("forge.logs")

CHUNK = 1 << 16


def file_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def row_key(row: dict) -> str:
    """Short key for de-duplicating individual readings across overlapping logs."""
    raw = f"{row['oven_id']}|{row['timestamp']}|{row['zone']}"
    return hashlib.md5(raw.encode()).hexdigest()


def read_readings(path: Path) -> Iterator[dict]:
    with path.open(newline="") as fh:
        yield from csv.DictReader(fh)


def ingest_directory(inbox: Path, store) -> int:
    """Load every unseen log in *inbox* into *store*; returns number of readings added."""
    added = 0
    for path in sorted(inbox.glob("*.csv")):
        fp = file_fingerprint(path)
        if store.has_file(fp):
            log.debug("skipping %s, already ingested as %s", path.name, fp[:12])
            continue
        seen = set()
        for row in read_readings(path):
            key = row_key(row)
            if key in seen or store.has_reading(key):
                continue
            seen.add(key)
            store.add_reading(key, row)
            added += 1
        store.mark_file(fp, path.name)
        log.info("ingested %s (%d new readings)", path.name, len(seen))
    return added
