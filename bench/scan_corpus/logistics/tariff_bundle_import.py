"""Weekly import of fuel-surcharge and lane tariff tables from the carrier portal.

The carrier publishes a ``.tar.gz`` with one CSV per service; we unpack it into
a scratch directory and load the CSVs into the rating tables.
"""
import csv
import os
import shutil
import tarfile
import tempfile
from pathlib import Path

import requests

from .rating import replace_lane_rates

TARIFF_URL = os.environ["CARRIER_TARIFF_URL"]


def download_bundle(dest: Path, token: str) -> Path:
    archive = dest / "tariffs.tar.gz"
    with requests.get(TARIFF_URL, headers={"Authorization": f"Bearer {token}"}, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with archive.open("wb") as fh:
            shutil.copyfileobj(resp.raw, fh)
    return archive


def unpack(archive: Path, workdir: Path) -> list[Path]:
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(workdir)
    return sorted(workdir.rglob("*.csv"))


def run_import() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="tariffs-"))
    try:
        archive = download_bundle(workdir, os.environ["CARRIER_PORTAL_TOKEN"])
        loaded = 0
        for csv_path in unpack(archive, workdir / "unpacked"):
            with csv_path.open(newline="", encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
            replace_lane_rates(service=csv_path.stem, rows=rows)
            loaded += len(rows)
        return loaded
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    print(f"loaded {run_import()} tariff rows")
