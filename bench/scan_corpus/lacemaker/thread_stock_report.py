"""Stock report for the thread supply shop back office.

Staff list thread lines (Egyptian cotton, linen, silk) with current stock and
reorder levels, optionally filtered by supplier and sorted by a chosen column.
"""
import os
from enum import Enum

import click
import psycopg
from psycopg.rows import dict_row


class SortKey(str, Enum):
    sku = "t.sku"
    name = "t.name"
    stock = "s.on_hand"
    shortfall = "(s.reorder_level - s.on_hand)"


DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def stock_rows(conn: psycopg.Connection, supplier: str | None, sort: str, direction: str) -> list[dict]:
    order_expr = SortKey[sort].value
    order_dir = DIRECTIONS[direction.lower()]
    query = (
        "SELECT t.sku, t.name, t.weight, s.on_hand, s.reorder_level "
        "FROM threads t JOIN stock s ON s.thread_id = t.id "
        "WHERE (%(supplier)s::text IS NULL OR t.supplier = %(supplier)s) "
        f"ORDER BY {order_expr} {order_dir}, t.sku"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, {"supplier": supplier})
        return cur.fetchall()


@click.command()
@click.option("--supplier", default=None, help="Only threads from this supplier.")
@click.option("--sort", type=click.Choice([k.name for k in SortKey]), default="sku")
@click.option("--direction", type=click.Choice(list(DIRECTIONS)), default="asc")
def report(supplier: str | None, sort: str, direction: str) -> None:
    with psycopg.connect(os.environ["SHOP_DATABASE_URL"]) as conn:
        for row in stock_rows(conn, supplier, sort, direction):
            flag = "REORDER" if row["on_hand"] <= row["reorder_level"] else ""
            click.echo(
                f"{row['sku']:<10} {row['name']:<32} {row['weight']:<8} {row['on_hand']:>5} {flag}"
            )


if __name__ == "__main__":
    report()
