"""Queries over the night log database used by the operations dashboard."""
import sqlite3
from datetime import date

SORTABLE = {
    "start": "start_utc",
    "target": "target_name",
    "airmass": "airmass",
    "seeing": "seeing_fwhm",
}


def _placeholders(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def exposures_for_programs(conn: sqlite3.Connection, night: date, program_ids: list[str],
                           sort: str = "start", descending: bool = False) -> list[sqlite3.Row]:
    if not program_ids:
        return []
    order_col = SORTABLE.get(sort, "start_utc")
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT exp_id, program_id, target_name, start_utc, exptime, airmass, seeing_fwhm "
        "FROM exposures "
        f"WHERE night = ? AND program_id IN ({_placeholders(len(program_ids))}) "
        f"ORDER BY {order_col} {direction}"
    )
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, (night.isoformat(), *program_ids)).fetchall()


def night_summary(conn: sqlite3.Connection, night: date) -> dict:
    row = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(exptime), 0), AVG(seeing_fwhm) FROM exposures WHERE night = ?",
        (night.isoformat(),),
    ).fetchone()
    return {"exposures": row[0], "open_shutter_s": row[1], "median_seeing": row[2]}
