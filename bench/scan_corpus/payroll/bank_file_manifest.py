"""Builds the control manifest that accompanies each batch of payment files.

The bank reconciles the manifest against what arrived over SFTP: file name,
record count, total value in pence and a SHA-256 of the file contents.
"""
import csv
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class ManifestEntry:
    file_name: str
    record_count: int
    total_pence: int
    sha256: str


def file_digest(path: Path, chunk_size: int = 1 << 16) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def summarise(path: Path) -> ManifestEntry:
    count = 0
    total = 0
    with path.open(newline="") as fh:
        for row in csv.reader(fh):
            if not row or row[0] != "D":
                continue
            count += 1
            total += int(row[5])
    return ManifestEntry(path.name, count, total, file_digest(path))


def write_manifest(batch_dir: Path, batch_id: str) -> Path:
    entries = [summarise(p) for p in sorted(batch_dir.glob("*.csv"))]
    manifest = {
        "batch_id": batch_id,
        "files": [asdict(e) for e in entries],
        "grand_total_pence": sum(e.total_pence for e in entries),
    }
    out = batch_dir / f"{batch_id}.manifest.json"
    out.write_text(json.dumps(manifest, indent=2))
    return out
