"""Weekly pump-out report export for partner marinas.

Marinas that run pump-out stations for our fleet receive a weekly CSV of
pump-outs done at their station, converted to PDF for their office, and
copied to the shared reports folder.
"""
from __future__ import annotations

import csv
import logging
import subprocess
from datetime import date, timedelta
from pathlib import Path

import click
import psycopg

log = logging.getLogger("pumpout_report")

REPORT_ROOT = Path("/srv/bargehire/reports/pumpouts")


def _fetch_rows(dsn: str, marina_name: str, week_start: date) -> list[tuple]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT p.done_at, b.name, p.litres, p.fee_pence "
            "FROM pump_outs p JOIN boats b ON b.id = p.boat_id "
            "JOIN marinas m ON m.id = p.marina_id "
            "WHERE m.name = %s AND p.done_at >= %s AND p.done_at < %s ORDER BY p.done_at",
            (marina_name, week_start, week_start + timedelta(days=7)),
        ).fetchall()


def _write_csv(path: Path, rows: list[tuple]) -> None:
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["done_at", "boat", "litres", "fee_pence"])
        writer.writerows(rows)


def _convert_command(csv_path: Path, out_dir: Path) -> str:
    return f'soffice --headless --convert-to pdf --outdir "{out_dir}" "{csv_path}"'


def _to_pdf(csv_path: Path) -> Path:
    cmd = _convert_command(csv_path, csv_path.parent)
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return csv_path.with_suffix(".pdf")


@click.command()
@click.option("--dsn", envvar="BARGEHIRE_DSN", required=True)
@click.option("--marina", "marina_name", required=True, help="Marina name as stored in the partners table")
@click.option("--week-start", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
def main(dsn: str, marina_name: str, week_start) -> None:
    week = week_start.date()
    rows = _fetch_rows(dsn, marina_name, week)
    out_dir = REPORT_ROOT / week.isoformat()
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / f"{marina_name} pumpouts {week:%Y-%m-%d}.csv"
    _write_csv(csv_path, rows)
    pdf = _to_pdf(csv_path)
    log.info("wrote %d pump-outs for %s to %s", len(rows), marina_name, pdf)


if __name__ == "__main__":
    main()
