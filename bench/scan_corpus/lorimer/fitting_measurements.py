"""Store and compare mouth measurements taken at custom bit fittings."""
import sqlite3
from dataclasses import dataclass, astuple
from statistics import mean

DB_FILE = "fittings.sqlite3"


@dataclass
class Measurement:
    horse_id: int
    mouth_width_mm: float
    tongue_thickness_mm: float
    palate_height_mm: float
    bar_sensitivity: int
    fitter: str


def open_db(path: str = DB_FILE) -> sqlite3.Connection:
    conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
    conn.row_factory = sqlite3.Row
    return conn


def record(conn: sqlite3.Connection, m: Measurement) -> int:
    cur = conn.execute(
        "INSERT INTO measurements (horse_id, mouth_width_mm, tongue_thickness_mm, "
        "palate_height_mm, bar_sensitivity, fitter) VALUES (?, ?, ?, ?, ?, ?)",
        astuple(m),
    )
    conn.commit()
    return cur.lastrowid


def latest_for_horses(conn: sqlite3.Connection, horse_ids: list[int]) -> dict[int, sqlite3.Row]:
    if not horse_ids:
        return {}
    marks = ",".join("?" * len(horse_ids))
    rows = conn.execute(
        "SELECT m.* FROM measurements m "
        "JOIN (SELECT horse_id, MAX(id) AS last_id FROM measurements "
        f"      WHERE horse_id IN ({marks}) GROUP BY horse_id) latest "
        "ON m.id = latest.last_id",
        horse_ids,
    ).fetchall()
    return {r["horse_id"]: r for r in rows}


def suggest_width(conn: sqlite3.Connection, yard_horse_ids: list[int]) -> dict[int, float]:
    """Round the measured width up to the next stocked mouthpiece size."""
    stocked = [r[0] for r in conn.execute("SELECT width_mm FROM stocked_widths ORDER BY width_mm")]
    out = {}
    for horse_id, row in latest_for_horses(conn, yard_horse_ids).items():
        wanted = row["mouth_width_mm"] + 5.0
        out[horse_id] = next((w for w in stocked if w >= wanted), stocked[-1])
    return out


def yard_average_width(conn: sqlite3.Connection, yard_horse_ids: list[int]) -> float | None:
    rows = latest_for_horses(conn, yard_horse_ids)
    return mean(r["mouth_width_mm"] for r in rows.values()) if rows else None
