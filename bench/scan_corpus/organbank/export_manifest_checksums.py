"""Builds the checksum manifest that accompanies every regulator audit export."""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    size: int
    digest: str


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    hasher = hashlib.new(algorithm)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(READ_CHUNK), b""):
            hasher.update(block)
    return hasher.hexdigest()


def build_entries(files: Iterable[Path]) -> list[ManifestEntry]:
    return [ManifestEntry(p.name, p.stat().st_size, file_digest(p)) for p in sorted(files)]


def render_manifest(entries: list[ManifestEntry], period: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["# period", period])
    writer.writerow(["# generated", datetime.now(timezone.utc).isoformat(timespec="seconds")])
    writer.writerow(["file", "bytes", "sha256"])
    writer.writerows((e.name, e.size, e.digest) for e in entries)
    return buffer.getvalue()


def write_manifest(export_dir: Path, period: str) -> Path:
    entries = build_entries(p for p in export_dir.glob(f"{period}_*") if p.suffix != ".manifest")
    target = export_dir / f"{period}.manifest"
    target.write_text(render_manifest(entries, period), encoding="utf-8")
    return target


def verify_manifest(manifest: Path) -> list[str]:
    mismatched = []
    rows = [r for r in csv.reader(manifest.read_text().splitlines()) if r and not r[0].startswith("#")]
    for name, _size, digest in rows[1:]:
        if file_digest(manifest.parent / name) != digest:
            mismatched.append(name)
    return mismatched
