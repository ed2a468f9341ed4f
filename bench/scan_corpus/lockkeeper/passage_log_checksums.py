"""Nightly export of the boat passage log with integrity checksums.

Each day's passages are written to a CSV file and a SHA-256 manifest so the
archive team can detect truncated or corrupted transfers.
"""
from __future__ import annotations

import csv
import sqlite3
from datetime import date, timedelta
from hashlib import sha256 as _h
from pathlib import Path

CHUNK = 1 << 16
FIELDS = ["passage_id", "lock_id", "boat_name", "licence_no", "direction", "passed_at"]


def file_checksum(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def export_day(db_path: str, day: date, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"passages-{day.isoformat()}.csv"
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT passage_id, lock_id, boat_name, licence_no, direction, passed_at "
            "FROM passages WHERE date(passed_at) = ? ORDER BY passed_at",
            (day.isoformat(),),
        ).fetchall()
    finally:
        conn.close()
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(FIELDS)
        writer.writerows(rows)
    return target


def write_manifest(files: list[Path], manifest: Path) -> None:
    lines = [f"{file_checksum(p)}  {p.name}" for p in sorted(files)]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")


def verify_manifest(manifest: Path) -> list[str]:
    problems = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        expected, name = line.split("  ", 1)
        path = manifest.parent / name
        if not path.exists():
            problems.append(f"missing {name}")
        elif file_checksum(path) != expected:
            problems.append(f"checksum mismatch for {name}")
    return problems


def run(db_path: str, out_dir: Path, days: int = 1) -> Path:
    today = date.today()
    files = [export_day(db_path, today - timedelta(days=n), out_dir) for n in range(1, days + 1)]
    manifest = out_dir / f"SHA256SUMS-{today.isoformat()}"
    write_manifest(files, manifest)
    return manifest
