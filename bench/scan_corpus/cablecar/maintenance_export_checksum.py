"""Writes checksum manifests for maintenance-log exports handed to the supervising authority."""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

READ_SIZE = 1024 * 1024


@dataclass
class ManifestEntry:
    name: str
    size: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(READ_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def export_records(rows: Iterable[dict], target: Path) -> Path:
    rows = list(rows)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
    return target


def write_manifest(export_dir: Path) -> Path:
    entries = [
        ManifestEntry(name=p.name, size=p.stat().st_size, sha256=file_digest(p))
        for p in sorted(export_dir.glob("*.csv"))
    ]
    manifest = {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "algorithm": "sha256",
        "files": [e.__dict__ for e in entries],
    }
    out = export_dir / "MANIFEST.json"
    out.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return out


def verify_manifest(export_dir: Path) -> list[str]:
    manifest = json.loads((export_dir / "MANIFEST.json").read_text(encoding="utf-8"))
    mismatched = []
    for entry in manifest["files"]:
        actual = file_digest(export_dir / Path(entry["name"]).name)
        if not hmac.compare_digest(actual, entry["sha256"]):
            mismatched.append(entry["name"])
    return mismatched
