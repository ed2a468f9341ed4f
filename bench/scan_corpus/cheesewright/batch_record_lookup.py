"""Lookup of cheese batch records for traceability recalls."""
import sqlite3
from typing import Optional

import click

from cheesewright.settings import TRACEABILITY_DB

BATCH_TABLE = "batches"
BATCH_COLUMNS = ("batch_code", "make_date", "milk_supplier", "vat", "wheels", "cave_id")


def connect(path: str = TRACEABILITY_DB) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def find_batch(conn: sqlite3.Connection, batch_code: str) -> Optional[sqlite3.Row]:
    columns = ", ".join(BATCH_COLUMNS)
    return conn.execute(
        f"SELECT {columns} FROM {BATCH_TABLE} WHERE batch_code = ?",
        (batch_code.strip().upper(),),
    ).fetchone()


def batches_from_supplier(conn: sqlite3.Connection, supplier: str, since: str) -> list:
    return conn.execute(
        "SELECT batch_code, make_date FROM batches WHERE milk_supplier = ? AND make_date >= ? ORDER BY make_date",
        (supplier, since),
    ).fetchall()


@click.command()
@click.argument("batch_code")
@click.option("--db", default=TRACEABILITY_DB, show_default=True)
def trace(batch_code: str, db: str) -> None:
    with connect(db) as conn:
        row = find_batch(conn, batch_code)
        if row is None:
            raise click.ClickException(f"no batch {batch_code}")
        for column in BATCH_COLUMNS:
            click.echo(f"{column:>14}: {row[column]}")
        siblings = batches_from_supplier(conn, row["milk_supplier"], row["make_date"])
        click.echo(f"{len(siblings)} batches from the same milk supplier since this make")


if __name__ == "__main__":
    trace()
