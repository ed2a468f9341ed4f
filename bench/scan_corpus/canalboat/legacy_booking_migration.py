"""One-off migration of bookings from the old desktop booking system.

The old system exported a CSV in which the extras column holds a Python
list literal, e.g. ``['dog', 'bikes', 'pump-out']``, and the crew column a
tuple of names. Both are read back into proper rows here.
"""
import ast
import csv
from datetime import datetime
from pathlib import Path

import click

from canalboat.db import session_scope
from canalboat.models import Booking, BookingExtra

DATE_FORMAT = "%d/%m/%Y"


def parse_literal(cell: str, default):
    cell = (cell or "").strip()
    if not cell:
        return default
    try:
        return ast.literal_eval(cell)
    except (ValueError, SyntaxError):
        raise click.ClickException(f"cannot parse cell {cell!r}")


def _booking_from_row(row: dict) -> Booking:
    booking = Booking(
        reference=row["Ref"],
        boat_index=row["Boat"],
        start_date=datetime.strptime(row["From"], DATE_FORMAT).date(),
        end_date=datetime.strptime(row["To"], DATE_FORMAT).date(),
        lead_hirer_name=row["Hirer"],
        crew_names=list(parse_literal(row["Crew"], ())),
    )
    for code in parse_literal(row["Extras"], []):
        booking.extras.append(BookingExtra(code=str(code)))
    return booking


@click.command()
@click.argument("export", type=click.Path(exists=True, path_type=Path))
@click.option("--dry-run", is_flag=True)
def migrate(export: Path, dry_run: bool) -> None:
    with export.open(newline="", encoding="cp1252") as fh, session_scope() as session:
        count = 0
        for row in csv.DictReader(fh):
            session.add(_booking_from_row(row))
            count += 1
        if dry_run:
            session.rollback()
    click.echo(f"{'would import' if dry_run else 'imported'} {count} bookings")


if __name__ == "__main__":
    migrate()
