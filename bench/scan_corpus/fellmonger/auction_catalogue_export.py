"""Exports a sale's lot catalogue for tanneries in their preferred file format."""
import csv
import io
from pathlib import Path

import click
from openpyxl import Workbook

from fellmonger.auction.catalogue import catalogue_rows
from fellmonger.settings import EXPORT_DIR

EXPORT_FORMATS = {"csv": ".csv", "xlsx": ".xlsx"}
HEADER = ["lot", "grade", "species", "pieces", "avg_kg", "reserve_cents"]


def export_path(sale_number: int, fmt: str) -> Path:
    suffix = EXPORT_FORMATS[fmt]
    return Path(EXPORT_DIR) / f"sale-{sale_number:05d}-catalogue{suffix}"


def write_csv(path: Path, rows: list[list]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def write_xlsx(path: Path, rows: list[list]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Catalogue"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)


@click.command()
@click.argument("sale_number", type=int)
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)), default="csv")
def export_catalogue(sale_number: int, fmt: str):
    rows = catalogue_rows(sale_number)
    path = export_path(sale_number, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        write_csv(path, rows)
    else:
        write_xlsx(path, rows)
    click.echo(f"wrote {len(rows)} lots to {path}")


if __name__ == "__main__":
    export_catalogue()
