"""Checksums for the pressing-log exports sent to the county trading standards office.

Each CSV export is written alongside a ``.sha256`` file so the recipient
can confirm that the file arrived intact.
"""
from __future__ import annotations

import csv
import hashlib
from datetime import date
from pathlib import Path
from typing import Iterable

CHUNK = 64 * 1024


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def write_export(rows: Iterable[dict], out_dir: Path, season: int) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"pressing-log-{season}-{date.today():%Y%m%d}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(
            fh, fieldnames=["batch_id", "pressed_on", "variety", "apples_kg", "juice_litres"]
        )
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    checksum = file_sha256(target)
    target.with_suffix(".csv.sha256").write_text(f"{checksum}  {target.name}\n", encoding="ascii")
    return target


def verify_export(csv_path: Path) -> bool:
    sidecar = csv_path.with_suffix(".csv.sha256")
    if not sidecar.is_file():
        return False
    expected = sidecar.read_text(encoding="ascii").split()[0]
    return file_sha256(csv_path) == expected


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:]:
        p = Path(arg)
        print(f"{p.name}: {'ok' if verify_export(p) else 'MISMATCH'}")
