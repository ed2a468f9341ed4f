"""Deduplicate supplier hide manifests before they reach the intake queue.

Slaughterhouses and hide merchants often e-mail the same CSV manifest twice
(once from the dispatcher, once from the office). We key each upload on a
digest of its normalised content and skip repeats.
"""
import csv
import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("supplier_code", "ear_tag", "weight_kg", "grade", "salted_on")


@dataclass
class ManifestRow:
    supplier_code: str
    ear_tag: str
    weight_kg: float
    grade: str
    salted_on: str


def _normalise(raw: bytes) -> bytes:
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").strip()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()).encode()


def manifest_key(raw: bytes) -> str:
    return hashlib.sha1(_normalise(raw), usedforsecurity=False).hexdigest()


def parse_manifest(raw: bytes) -> list[ManifestRow]:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"manifest missing columns: {', '.join(missing)}")
    return [
        ManifestRow(r["supplier_code"], r["ear_tag"], float(r["weight_kg"]),
                    r["grade"].upper(), r["salted_on"])
        for r in reader
    ]


class ManifestInbox:
    def __init__(self, seen_store, intake_queue):
        self.seen = seen_store
        self.queue = intake_queue

    def accept(self, path: Path) -> int:
        raw = path.read_bytes()
        key = manifest_key(raw)
        if self.seen.contains(key):
            log.info("skipping duplicate manifest %s (%s)", path.name, key[:12])
            return 0
        rows = parse_manifest(raw)
        for row in rows:
            self.queue.put(row)
        self.seen.add(key)
        log.info("queued %d hides from %s", len(rows), path.name)
        return len(rows)
