"""Builds the manifest published alongside each timetable release for stop displays.

Displays download the manifest first and only fetch files whose fingerprint changed.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, List

CHUNK = 1 << 20


@dataclass
class ManifestEntry:
    path: str
    size: int
    fingerprint: str


def _iter_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while True:
            block = fh.read(CHUNK)
            if not block:
                return
            yield block


def fingerprint(path: Path) -> str:
    h = hashlib.sha256()
    for block in _iter_chunks(path):
        h.update(block)
    return h.hexdigest()


def collect(release_dir: Path) -> List[ManifestEntry]:
    entries = []
    for file in sorted(p for p in release_dir.rglob("*") if p.is_file()):
        if file.name == "manifest.json":
            continue
        entries.append(
            ManifestEntry(
                path=file.relative_to(release_dir).as_posix(),
                size=file.stat().st_size,
                fingerprint=fingerprint(file),
            )
        )
    return entries


def write_manifest(release_dir: Path, release_id: str) -> Path:
    entries = collect(release_dir)
    doc = {
        "release": release_id,
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "algorithm": "sha256",
        "files": [asdict(e) for e in entries],
    }
    target = release_dir / "manifest.json"
    target.write_text(json.dumps(doc, indent=2))
    return target


def changed_files(old_manifest: dict, new_manifest: dict) -> List[str]:
    before = {f["path"]: f["fingerprint"] for f in old_manifest.get("files", [])}
    return [f["path"] for f in new_manifest["files"] if before.get(f["path"]) != f["fingerprint"]]
