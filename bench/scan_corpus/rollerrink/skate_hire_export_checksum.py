"""Nightly export of the skate hire ledger to the head-office SFTP drop.

Head office imports the CSV into the finance system and uses the sidecar
checksum file to detect truncated or corrupted transfers.
"""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

CHUNK = 64 * 1024


@dataclass
class HireRecord:
    hire_id: int
    pair_id: str
    size: float
    hired_at: str
    returned_at: str | None
    fee_pence: int


def render_csv(records: Iterable[HireRecord]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["hire_id", "pair_id", "size", "hired_at", "returned_at", "fee_pence"])
    for r in records:
        writer.writerow([r.hire_id, r.pair_id, r.size, r.hired_at, r.returned_at or "", r.fee_pence])
    return buffer.getvalue().encode("utf-8")


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_export(records: Iterable[HireRecord], outbox: Path, business_day: date) -> tuple[Path, Path]:
    outbox.mkdir(parents=True, exist_ok=True)
    data_path = outbox / f"skate_hire_{business_day:%Y%m%d}.csv"
    data_path.write_bytes(render_csv(records))
    sum_path = data_path.with_suffix(".csv.sha256")
    sum_path.write_text(f"{file_digest(data_path)}  {data_path.name}\n")
    return data_path, sum_path


def verify_export(data_path: Path) -> bool:
    sum_path = data_path.with_suffix(".csv.sha256")
    recorded = sum_path.read_text().split()[0]
    return recorded == file_digest(data_path)
