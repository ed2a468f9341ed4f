"""Nightly export of cellar inventory (barrels, tanks, bottled stock) to the accounting SFTP drop."""
from __future__ import annotations

import csv
import os
import tempfile
from datetime import date
from typing import Iterable

from .inventory import iter_positions
from .transfer import upload_file


FIELDS = ["location", "vessel_id", "lot", "varietal", "vintage", "volume_l", "cases"]


def write_export(rows: Iterable[dict]) -> str:
    fd, path = tempfile.mkstemp(prefix=f"cellar_{date.today():%Y%m%d}_", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def run_export(remote_dir: str) -> str:
    path = write_export(iter_positions())
    try:
        remote = f"{remote_dir}/cellar_{date.today():%Y%m%d}.csv"
        upload_file(path, remote)
        return remote
    finally:
        os.unlink(path)
