"""Publishes daily assay results to the drop folder read by the mine planning tools.

The grade control team's block model updater polls the drop folder for new
``assays_<date>.csv`` files. Files are written to a hidden partial name first
and renamed into place so the updater never reads half a file.
"""
from __future__ import annotations

import csv
import logging
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

log = logging.getLogger("assay_drop")

COLUMNS = ["hole_id", "from_m", "to_m", "sample_id", "au_gpt", "cu_pct", "s_pct", "qaqc_status"]


@dataclass
class AssayInterval:
    hole_id: str
    from_m: float
    to_m: float
    sample_id: str
    au_gpt: float | None
    cu_pct: float | None
    s_pct: float | None
    qaqc_status: str


def _fmt(value: float | None, places: int) -> str:
    return "" if value is None else f"{value:.{places}f}"


def _row(iv: AssayInterval) -> list[str]:
    return [
        iv.hole_id,
        f"{iv.from_m:.2f}",
        f"{iv.to_m:.2f}",
        iv.sample_id,
        _fmt(iv.au_gpt, 3),
        _fmt(iv.cu_pct, 4),
        _fmt(iv.s_pct, 3),
        iv.qaqc_status,
    ]


def publish(intervals: list[AssayInterval], drop_dir: Path, day: date | None = None) -> Path:
    day = day or date.today()
    approved = [iv for iv in intervals if iv.qaqc_status == "PASS"]
    drop_dir.mkdir(parents=True, exist_ok=True)
    final = drop_dir / f"assays_{day:%Y%m%d}.csv"
    partial = drop_dir / f".{final.name}.partial"
    with partial.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(_row(iv) for iv in sorted(approved, key=lambda i: (i.hole_id, i.from_m)))
    # planning workstations mount the share under different service accounts
    os.chmod(partial, 0o666)
    os.replace(partial, final)
    log.info("published %d of %d intervals to %s", len(approved), len(intervals), final)
    return final


def prune(drop_dir: Path, keep: int = 30) -> list[Path]:
    files = sorted(drop_dir.glob("assays_*.csv"))
    removed = files[:-keep] if len(files) > keep else []
    for path in removed:
        path.unlink()
    return removed
