"""Integrity ledger for archived underwater camera clips.

Clips are copied from the barge NVRs to cold storage; the ledger keeps a
content digest for each clip so the nightly audit can detect truncated
copies and de-duplicate clips that were uploaded twice after a link drop.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, Iterator

CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class LedgerEntry:
    relpath: str
    size: int
    digest: str


def content_digest(path: Path, algorithm: str = "sha256") -> str:
    h = hashlib.new(algorithm)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def scan(root: Path) -> Iterator[LedgerEntry]:
    for clip in sorted(root.rglob("*.mp4")):
        yield LedgerEntry(str(clip.relative_to(root)), clip.stat().st_size, content_digest(clip))


def write_ledger(entries: Iterable[LedgerEntry], ledger: Path) -> int:
    count = 0
    with ledger.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["relpath", "size", "sha256"])
        for e in entries:
            writer.writerow([e.relpath, e.size, e.digest])
            count += 1
    return count


def load_ledger(ledger: Path) -> Dict[str, LedgerEntry]:
    with ledger.open(newline="") as fh:
        return {
            row["relpath"]: LedgerEntry(row["relpath"], int(row["size"]), row["sha256"])
            for row in csv.DictReader(fh)
        }


def audit(root: Path, ledger: Path) -> Dict[str, str]:
    expected = load_ledger(ledger)
    problems: Dict[str, str] = {}
    for relpath, entry in expected.items():
        clip = root / relpath
        if not clip.exists():
            problems[relpath] = "missing"
        elif clip.stat().st_size != entry.size or content_digest(clip) != entry.digest:
            problems[relpath] = "mismatch"
    return problems


def duplicates(entries: Iterable[LedgerEntry]) -> Dict[str, list]:
    by_digest: Dict[str, list] = {}
    for e in entries:
        by_digest.setdefault(e.digest, []).append(e.relpath)
    return {d: paths for d, paths in by_digest.items() if len(paths) > 1}
