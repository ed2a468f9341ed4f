"""Weekly instructor roster.

The operations manager builds the weekly roster by picking instructors for
each session. This module loads the chosen instructors' availability and
writes their assignments.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class Assignment:
    instructor_id: int
    session_id: int
    role: str = "lead"


def _placeholders(count: int) -> str:
    return ", ".join("?" for _ in range(count))


def availability_for(conn: sqlite3.Connection, instructor_ids: list[int], week_of: date) -> dict:
    if not instructor_ids:
        return {}
    sql = (
        "SELECT instructor_id, day_of_week, available "
        "FROM availability "
        f"WHERE instructor_id IN ({_placeholders(len(instructor_ids))}) AND week_of = ?"
    )
    result: dict[int, dict[int, bool]] = {}
    for inst_id, dow, available in conn.execute(sql, [*instructor_ids, week_of.isoformat()]):
        result.setdefault(inst_id, {})[dow] = bool(available)
    return result


def save_assignments(conn: sqlite3.Connection, assignments: list[Assignment]) -> int:
    with conn:
        conn.executemany(
            "INSERT OR REPLACE INTO roster (instructor_id, session_id, role) VALUES (?, ?, ?)",
            [(a.instructor_id, a.session_id, a.role) for a in assignments],
        )
    return len(assignments)


def clear_week(conn: sqlite3.Connection, session_ids: list[int]) -> None:
    if not session_ids:
        return
    with conn:
        conn.execute(
            f"DELETE FROM roster WHERE session_id IN ({_placeholders(len(session_ids))})",
            session_ids,
        )
