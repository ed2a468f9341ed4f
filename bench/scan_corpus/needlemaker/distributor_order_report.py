"""Monthly shipment report per distributor.

Generates the shipped-quantity report that sales operations sends to each
distributor, broken down by needle gauge and length.
"""
import csv
import io
from datetime import date

import click
from sqlalchemy import bindparam, create_engine, text

from needlemaker.config import settings

REPORT_TABLE = "shipments_by_sku"

REPORT_SQL = text(
    f"SELECT sku, gauge, length_mm, SUM(quantity) AS shipped "
    f"FROM {REPORT_TABLE} "
    "WHERE distributor_code = :distributor "
    "AND shipped_on >= :start AND shipped_on < :end "
    "AND region IN :regions "
    "GROUP BY sku, gauge, length_mm ORDER BY gauge, length_mm"
).bindparams(bindparam("regions", expanding=True))


def month_bounds(year: int, month: int) -> tuple:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def render_csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sku", "gauge", "length_mm", "shipped"])
    for row in rows:
        writer.writerow([row.sku, row.gauge, row.length_mm, row.shipped])
    return buf.getvalue()


@click.command()
@click.argument("distributor")
@click.option("--year", type=int, required=True)
@click.option("--month", type=int, required=True)
@click.option("--region", "regions", multiple=True, default=("EU", "UK"))
def shipment_report(distributor: str, year: int, month: int, regions: tuple) -> None:
    start, end = month_bounds(year, month)
    engine = create_engine(settings.REPORTING_DSN)
    with engine.connect() as conn:
        rows = conn.execute(
            REPORT_SQL,
            {"distributor": distributor, "start": start, "end": end, "regions": list(regions)},
        ).fetchall()
    click.echo(render_csv(rows), nl=False)


if __name__ == "__main__":
    shipment_report()
