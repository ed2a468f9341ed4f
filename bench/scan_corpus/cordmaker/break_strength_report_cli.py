"""Command-line report of break-strength pulls for a production batch."""
import csv
import sqlite3
import sys

import click

from cordmaker.settings import TEST_RIG_DB

REPORT_FIELDS = ("specimen", "diameter_mm", "peak_kn", "elongation_pct", "failure_mode")

PULLS_SQL = (
    "SELECT specimen, diameter_mm, peak_kn, elongation_pct, failure_mode"
    " FROM pull_test WHERE batch_no = '{batch}' AND rig = '{rig}' ORDER BY specimen"
)


def fetch_pulls(conn: sqlite3.Connection, batch: str, rig: str) -> list:
    query = PULLS_SQL.format(batch=batch, rig=rig)
    return conn.execute(query).fetchall()


def summarise(rows: list) -> dict:
    peaks = [r[2] for r in rows]
    if not peaks:
        return {"count": 0}
    return {
        "count": len(peaks),
        "min_kn": min(peaks),
        "mean_kn": round(sum(peaks) / len(peaks), 2),
        "max_kn": max(peaks),
    }


@click.command()
@click.argument("batch")
@click.option("--rig", default="RIG-1", show_default=True)
@click.option("--min-kn", type=float, default=None, help="Flag pulls below this force.")
def main(batch: str, rig: str, min_kn: float) -> None:
    conn = sqlite3.connect(TEST_RIG_DB)
    rows = fetch_pulls(conn, batch, rig)
    writer = csv.writer(sys.stdout)
    writer.writerow(REPORT_FIELDS + ("flag",))
    for row in rows:
        flag = "LOW" if min_kn is not None and row[2] < min_kn else ""
        writer.writerow(tuple(row) + (flag,))
    stats = summarise(rows)
    click.echo(f"# {batch} on {rig}: {stats}", err=True)


if __name__ == "__main__":
    main()
