"""Random spot-check selection for site HSE audits.

The quarry's HSE plan requires that each week a sample of vehicles
entering site and a sample of completed pre-use plant checklists are pulled
for a supervisor to inspect. Each audit gets its own reference so findings
can be tracked to close-out.
"""

import random
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import date

import click

SAMPLE_VEHICLES = 8
SAMPLE_CHECKLISTS = 12


@dataclass
class SpotAudit:
    week_starting: date
    audit_ref: str = field(default_factory=lambda: str(uuid.uuid4()))
    vehicles: list[str] = field(default_factory=list)
    checklists: list[int] = field(default_factory=list)


def pick_sample(population: list, size: int) -> list:
    if len(population) <= size:
        return list(population)
    return random.sample(population, size)


def build_audit(conn: sqlite3.Connection, week_starting: date) -> SpotAudit:
    plates = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT registration FROM gate_movements WHERE date(entered_at) >= ?",
            (week_starting.isoformat(),),
        )
    ]
    checklists = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM plant_prestart_checks WHERE date(completed_at) >= ?",
            (week_starting.isoformat(),),
        )
    ]
    audit = SpotAudit(week_starting)
    audit.vehicles = pick_sample(plates, SAMPLE_VEHICLES)
    audit.checklists = pick_sample(checklists, SAMPLE_CHECKLISTS)
    return audit


@click.command()
@click.option("--db", "db_path", default="site_hse.sqlite3", show_default=True)
@click.option("--week", "week", required=True, help="Monday of the audit week, YYYY-MM-DD")
def main(db_path: str, week: str) -> None:
    conn = sqlite3.connect(db_path)
    audit = build_audit(conn, date.fromisoformat(week))
    with conn:
        conn.execute(
            "INSERT INTO spot_audits (audit_ref, week_starting, vehicles, checklists) "
            "VALUES (?, ?, ?, ?)",
            (audit.audit_ref, week, ",".join(audit.vehicles),
             ",".join(map(str, audit.checklists))),
        )
    click.echo(f"Audit {audit.audit_ref}: {len(audit.vehicles)} vehicles, "
               f"{len(audit.checklists)} checklists")


if __name__ == "__main__":
    main()
