"""Nightly export of fleet utilisation data for the BI team.

Writes one CSV per region into a shared drop folder that the warehouse
loader picks up.
"""
import csv
import os
import stat
from datetime import date
from pathlib import Path

from .db import fetch_utilisation

DROP_DIR = Path(os.environ.get("FLEET_EXPORT_DIR", "/srv/exports/fleet"))
SHARED_DIR_MODE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO
COLUMNS = ["vin", "branch", "category", "days_available", "days_on_rent", "km_driven"]


def _prepare_drop_dir(run_date: date) -> Path:
    target = DROP_DIR / run_date.isoformat()
    target.mkdir(parents=True, exist_ok=True)
    os.chmod(target, SHARED_DIR_MODE)
    return target


def export_region(region: str, run_date: date, target: Path) -> Path:
    out_path = target / f"utilisation_{region}_{run_date:%Y%m%d}.csv"
    rows = fetch_utilisation(region=region, day=run_date)
    with out_path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return out_path


def run(run_date: date, regions: list[str]) -> list[Path]:
    target = _prepare_drop_dir(run_date)
    return [export_region(region, run_date, target) for region in regions]


if __name__ == "__main__":
    import sys

    day = date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else date.today()
    for path in run(day, ["uk", "ie", "de", "fr"]):
        print(path)
