"""Ingest offline telematics batches.

Units that lose cellular coverage buffer CAN-bus samples and upload them
as a .tar.gz when they reconnect; this worker unpacks and loads them.
"""
from __future__ import annotations

import csv
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from fleet.telematics.store import bulk_insert_samples

log = logging.getLogger(__name__)


def _load_csvs(root: Path, vehicle_id: str) -> int:
    total = 0
    for csv_path in sorted(root.rglob("*.csv")):
        with csv_path.open(newline="") as fh:
            rows = list(csv.DictReader(fh))
        bulk_insert_samples(vehicle_id, rows)
        total += len(rows)
    return total


def ingest_batch(archive_path: Path, vehicle_id: str) -> int:
    workdir = Path(tempfile.mkdtemp(prefix=f"batch-{vehicle_id}-"))
    try:
        with tarfile.open(archive_path, mode="r:gz") as tar:
            tar.extractall(workdir)
        count = _load_csvs(workdir, vehicle_id)
        log.info("loaded %d samples for vehicle %s from %s", count, vehicle_id, archive_path.name)
        return count
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
