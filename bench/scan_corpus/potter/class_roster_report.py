"""Roster report for wheel-throwing classes, exported for instructors."""
import csv
import io
import sqlite3

import click

from potter.config import settings

SORTABLE = {
    "name": "s.last_name, s.first_name",
    "signup": "e.enrolled_at",
    "paid": "e.paid_at",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def fetch_roster(conn: sqlite3.Connection, class_id: int, sort: str, direction: str):
    order_by = SORTABLE.get(sort, SORTABLE["name"])
    order_dir = DIRECTIONS.get(direction.lower(), "ASC")
    query = (
        "SELECT s.first_name, s.last_name, s.email, e.enrolled_at, e.paid_at, e.clay_bags "
        "FROM enrollments e JOIN students s ON s.id = e.student_id "
        f"WHERE e.class_id = ? ORDER BY {order_by} {order_dir}"
    )
    return conn.execute(query, (class_id,)).fetchall()


def to_csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["First", "Last", "Email", "Enrolled", "Paid", "Clay bags"])
    writer.writerows(rows)
    return buf.getvalue()


@click.command()
@click.argument("class_id", type=int)
@click.option("--sort", default="name", show_default=True)
@click.option("--direction", default="asc", show_default=True)
def roster(class_id: int, sort: str, direction: str) -> None:
    """Print the roster for CLASS_ID as CSV."""
    conn = sqlite3.connect(settings.STUDIO_DB_PATH)
    try:
        click.echo(to_csv(fetch_roster(conn, class_id, sort, direction)))
    finally:
        conn.close()


if __name__ == "__main__":
    roster()
