"""Printable roster of the collection for the morning weigh-in."""
import sqlite3
from contextlib import closing

from falconer.config import settings

SORTABLE_COLUMNS = {
    "name": "b.name",
    "species": "s.common_name",
    "weight": "w.grams",
    "aviary": "b.aviary_code",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort: str, direction: str) -> str:
    column = SORTABLE_COLUMNS.get(sort, "b.name")
    return f"{column} {DIRECTIONS.get(direction.lower(), 'ASC')}"


def roster(species_group: str | None = None, sort: str = "name", direction: str = "asc") -> list[sqlite3.Row]:
    sql = (
        "SELECT b.name, s.common_name, b.aviary_code, w.grams, w.weighed_at "
        "FROM birds b "
        "JOIN species s ON s.id = b.species_id "
        "LEFT JOIN latest_weights w ON w.bird_id = b.id "
        "WHERE b.retired = 0"
    )
    params: list = []
    if species_group:
        sql += " AND s.group_name = ?"
        params.append(species_group)
    sql += f" ORDER BY {_order_by(sort, direction)}"

    with closing(sqlite3.connect(settings.ROSTER_DB_PATH)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


def as_text(rows: list[sqlite3.Row]) -> str:
    lines = [f"{'Bird':<16}{'Species':<24}{'Aviary':<8}{'Weight (g)':>10}"]
    for row in rows:
        grams = "-" if row["grams"] is None else str(row["grams"])
        lines.append(f"{row['name']:<16}{row['common_name']:<24}{row['aviary_code']:<8}{grams:>10}")
    return "\n".join(lines)
