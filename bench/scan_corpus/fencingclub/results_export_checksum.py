"""Exports competition results as CSV with a SHA-256 manifest.

The federation's results upload checks each file against the manifest so a
truncated upload is rejected rather than silently half-imported.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

CHUNK = 1 << 16


@dataclass
class Placing:
    rank: int
    licence_no: str
    surname: str
    first_name: str
    club: str
    weapon: str
    category: str


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def write_results(out_dir: Path, competition_code: str, placings: Iterable[Placing]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{competition_code}-results.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["rank", "licence_no", "surname", "first_name", "club", "weapon", "category"])
        for p in sorted(placings, key=lambda p: p.rank):
            writer.writerow([p.rank, p.licence_no, p.surname, p.first_name, p.club, p.weapon, p.category])
    return target


def write_manifest(out_dir: Path, files: list[Path]) -> Path:
    manifest = {
        "algorithm": "sha256",
        "files": [{"name": f.name, "size": f.stat().st_size, "sha256": file_digest(f)} for f in files],
    }
    path = out_dir / "MANIFEST.json"
    path.write_text(json.dumps(manifest, indent=2))
    return path


def verify_manifest(out_dir: Path) -> list[str]:
    manifest = json.loads((out_dir / "MANIFEST.json").read_text())
    bad = []
    for entry in manifest["files"]:
        name = Path(entry["name"]).name
        if file_digest(out_dir / name) != entry["sha256"]:
            bad.append(name)
    return bad
