"""Monthly roll-up of payment-plan receipts for the bookkeeper export."""

import csv
import sqlite3
from pathlib import Path

import click

from stonecarver.conf import settings

COLUMNS = ("plan_number", "month", "received_cents", "instalments")


def _placeholders(n: int) -> str:
    return ",".join("?" for _ in range(n))


def rollup(conn: sqlite3.Connection, plan_numbers: list[str], year: int) -> list[tuple]:
    sql = (
        "SELECT plan_number, strftime('%m', paid_at) AS month, "
        "sum(amount_cents), count(*) FROM instalments "
        f"WHERE plan_number IN ({_placeholders(len(plan_numbers))}) "
        "AND strftime('%Y', paid_at) = ? AND status = 'paid' "
        "GROUP BY plan_number, month ORDER BY plan_number, month"
    )
    return conn.execute(sql, [*plan_numbers, str(year)]).fetchall()


@click.command("ledger-rollup")
@click.argument("year", type=int)
@click.option("--plan", "plans", multiple=True, required=True, help="Plan number to include")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default="rollup.csv")
def main(year: int, plans: tuple[str, ...], out: str) -> None:
    conn = sqlite3.connect(settings.LEDGER_DB_PATH)
    try:
        rows = rollup(conn, list(plans), year)
    finally:
        conn.close()
    with Path(out).open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    click.echo(f"wrote {len(rows)} rows to {out}")
