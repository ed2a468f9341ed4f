"""Monthly quality audit sampling of donor registry records.

The regulator expects a documented sample of donor files to be checked each
month (screening dates, consent versions, family-limit counts). The sample
is drawn reproducibly from the month label so auditors can re-draw it.
"""
from __future__ import annotations

import csv
import random
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click

SAMPLE_FRACTION = 0.05
MIN_SAMPLE = 10


@dataclass(frozen=True)
class DonorFileRef:
    donor_id: int
    code_name: str
    recruited_on: str
    coordinator: str


def load_active_donors(db_path: Path) -> list[DonorFileRef]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT id, code_name, recruited_on, coordinator FROM donors "
            "WHERE status IN ('active', 'quarantine') ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return [DonorFileRef(*row) for row in rows]


def draw_sample(donors: list[DonorFileRef], month: date) -> list[DonorFileRef]:
    size = max(MIN_SAMPLE, round(len(donors) * SAMPLE_FRACTION))
    rng = random.Random(f"donor-audit-{month:%Y-%m}")
    return sorted(rng.sample(donors, min(size, len(donors))), key=lambda d: d.donor_id)


@click.command()
@click.option("--db", "db_path", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--month", type=click.DateTime(formats=["%Y-%m"]), required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
def main(db_path: Path, month, out: Path) -> None:
    """Write the audit sample for MONTH to a CSV worksheet."""
    donors = load_active_donors(db_path)
    sample = draw_sample(donors, month.date())
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["donor_id", "code_name", "recruited_on", "coordinator", "checked_by", "result"])
        for ref in sample:
            writer.writerow([ref.donor_id, ref.code_name, ref.recruited_on, ref.coordinator, "", ""])
    click.echo(f"{len(sample)} of {len(donors)} donor files selected for {month:%Y-%m}")


if __name__ == "__main__":
    main()
