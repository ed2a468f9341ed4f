"""Import partner settlement archives dropped on the SFTP landing area.

Each partner uploads a ``.tar.gz`` per settlement period containing one CSV
per store. We unpack to a staging folder and load the CSVs into the
``settlement_lines`` table for reconciliation against the points ledger.
"""
import csv
import logging
import shutil
import tarfile
from datetime import datetime, timezone
from pathlib import Path

from loyalty.db import bulk_insert

log = logging.getLogger(__name__)

LANDING = Path("/srv/sftp/landing")
STAGING = Path("/srv/loyalty/settlement-staging")


def unpack(archive: Path, partner_code: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    dest = STAGING / partner_code / stamp
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(path=dest)
    return dest


def load_csvs(folder: Path, partner_code: str) -> int:
    total = 0
    for csv_path in sorted(folder.rglob("*.csv")):
        with csv_path.open(newline="") as fh:
            rows = [
                {**row, "partner_code": partner_code, "source_file": csv_path.name}
                for row in csv.DictReader(fh)
            ]
        total += bulk_insert("settlement_lines", rows)
    return total


def process_landing() -> None:
    for partner_dir in LANDING.iterdir():
        if not partner_dir.is_dir():
            continue
        for archive in sorted(partner_dir.glob("*.tar.gz")):
            staged = unpack(archive, partner_dir.name)
            n = load_csvs(staged, partner_dir.name)
            log.info("%s: loaded %d settlement lines", archive.name, n)
            shutil.move(str(archive), str(archive.with_suffix(".done")))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    process_landing()
