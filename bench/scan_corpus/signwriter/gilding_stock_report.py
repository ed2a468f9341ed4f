"""Gold leaf and size stock report for the gilding bench.

Tracks books of loose and transfer leaf by karat, plus oil size and
gelatine capsules, and flags items below their reorder level.
"""
import sqlite3
from contextlib import closing

import click

from signwriter.config import settings


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.WORKSHOP_DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def stock_for_materials(material_codes: list[str]) -> list[sqlite3.Row]:
    if not material_codes:
        return []
    placeholders = ", ".join("?" for _ in material_codes)
    sql = (
        "SELECT code, description, karat, unit, on_hand, reorder_level "
        f"FROM gilding_stock WHERE code IN ({placeholders}) ORDER BY code"
    )
    with closing(_connect()) as conn:
        return conn.execute(sql, material_codes).fetchall()


def below_reorder(min_karat: int = 0) -> list[sqlite3.Row]:
    with closing(_connect()) as conn:
        return conn.execute(
            "SELECT code, description, on_hand, reorder_level FROM gilding_stock "
            "WHERE on_hand < reorder_level AND COALESCE(karat, 0) >= ? ORDER BY description",
            (min_karat,),
        ).fetchall()


@click.group()
def stock() -> None:
    """Gilding bench stock commands."""


@stock.command("show")
@click.argument("codes", nargs=-1)
def show(codes: tuple[str, ...]) -> None:
    for row in stock_for_materials(list(codes)):
        flag = " (reorder)" if row["on_hand"] < row["reorder_level"] else ""
        click.echo(f"{row['code']:<10} {row['description']:<32} {row['on_hand']:>5} {row['unit']}{flag}")


@stock.command("reorder")
@click.option("--min-karat", type=int, default=0)
def reorder(min_karat: int) -> None:
    for row in below_reorder(min_karat):
        click.echo(f"{row['code']}: {row['on_hand']} left, reorder at {row['reorder_level']}")


if __name__ == "__main__":
    stock()
