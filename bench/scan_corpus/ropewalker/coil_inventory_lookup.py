"""Stock lookup of finished coils for the warehouse pick-list scanner."""
import sqlite3
from collections.abc import Iterable

import click

from ropewalker.config import settings


def open_inventory(path: str = settings.WAREHOUSE_DB_PATH) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def coils_by_serial(conn: sqlite3.Connection, serials: Iterable[str]) -> list[sqlite3.Row]:
    wanted = [s.strip().upper() for s in serials if s.strip()]
    if not wanted:
        return []
    placeholders = ", ".join("?" for _ in wanted)
    query = (
        "SELECT serial, product_code, length_m, bay, reserved_for FROM coils "
        f"WHERE serial IN ({placeholders}) ORDER BY bay, serial"
    )
    return conn.execute(query, wanted).fetchall()


def reserve(conn: sqlite3.Connection, serial: str, order_ref: str) -> bool:
    cursor = conn.execute(
        "UPDATE coils SET reserved_for = ? WHERE serial = ? AND reserved_for IS NULL",
        (order_ref, serial),
    )
    conn.commit()
    return cursor.rowcount == 1


@click.command()
@click.argument("serials", nargs=-1, required=True)
@click.option("--reserve-for", "order_ref", default=None, help="Reserve the coils for an order")
def main(serials: tuple[str, ...], order_ref: str | None) -> None:
    with open_inventory() as conn:
        rows = coils_by_serial(conn, serials)
        for row in rows:
            click.echo(f"{row['serial']:<14} {row['product_code']:<10} {row['length_m']:>6} m  bay {row['bay']}")
            if order_ref and reserve(conn, row["serial"], order_ref):
                click.echo(f"  reserved for {order_ref}")


if __name__ == "__main__":
    main()
