"""Build the manifest that accompanies lab samples of incoming tea lots."""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

CHUNK = 1 << 16


@dataclass
class ManifestEntry:
    lot_code: str
    document: str
    size_bytes: int
    sha256: str


def file_digest(path: Path) -> str:
    """Return the hex SHA-256 of a file so the lab can confirm nothing changed in transit."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def _documents(lot_dir: Path) -> Iterator[Path]:
    for pattern in ("*.pdf", "*.csv", "*.jpg"):
        yield from sorted(lot_dir.glob(pattern))


def build_manifest(sample_root: Path, lot_codes: list[str]) -> list[ManifestEntry]:
    entries: list[ManifestEntry] = []
    for lot in lot_codes:
        for doc in _documents(sample_root / lot):
            entries.append(
                ManifestEntry(
                    lot_code=lot,
                    document=doc.name,
                    size_bytes=doc.stat().st_size,
                    sha256=file_digest(doc),
                )
            )
    return entries


def write_manifest(entries: list[ManifestEntry], out_dir: Path, shipped: date) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / f"sample_manifest_{shipped:%Y%m%d}.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(ManifestEntry.__dataclass_fields__))
        writer.writeheader()
        for entry in entries:
            writer.writerow(asdict(entry))
    (out_dir / "manifest.json").write_text(json.dumps([asdict(e) for e in entries], indent=2))
    return csv_path


def verify_received(entries: list[ManifestEntry], received_root: Path) -> list[str]:
    mismatched = []
    for entry in entries:
        candidate = received_root / entry.lot_code / entry.document
        if not candidate.exists() or file_digest(candidate) != entry.sha256:
            mismatched.append(f"{entry.lot_code}/{entry.document}")
    return mismatched
