"""Roster queries for course sessions: who is coming, dietary needs, willow to prepare."""
import sqlite3
from collections import defaultdict
from dataclasses import dataclass


@dataclass
class Attendee:
    session_id: int
    student_name: str
    email: str
    dietary: str | None
    needs_tools: bool


def attendees_for_sessions(conn: sqlite3.Connection, session_ids: list[int]) -> list[Attendee]:
    if not session_ids:
        return []
    placeholders = ",".join("?" * len(session_ids))
    sql = (
        "SELECT b.session_id, s.full_name, s.email, s.dietary, b.hire_tools "
        "FROM bookings b JOIN students s ON s.id = b.student_id "
        f"WHERE b.session_id IN ({placeholders}) AND b.cancelled_at IS NULL "
        "ORDER BY b.session_id, s.full_name"
    )
    rows = conn.execute(sql, [int(i) for i in session_ids]).fetchall()
    return [Attendee(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def willow_to_soak(conn: sqlite3.Connection, session_ids: list[int]) -> dict[str, int]:
    """Bundles to put in the soaking tank the evening before, per variety."""
    if not session_ids:
        return {}
    marks = ",".join("?" for _ in session_ids)
    rows = conn.execute(
        "SELECT c.willow_variety, c.bundles_per_student, COUNT(b.id) "
        "FROM sessions se JOIN courses c ON c.code = se.course_code "
        "JOIN bookings b ON b.session_id = se.id AND b.cancelled_at IS NULL "
        f"WHERE se.id IN ({marks}) GROUP BY se.id",
        list(session_ids),
    ).fetchall()
    needed: dict[str, int] = defaultdict(int)
    for variety, per_student, students in rows:
        needed[variety] += per_student * students
    return dict(needed)


def print_roster(conn: sqlite3.Connection, session_ids: list[int]) -> None:
    for a in attendees_for_sessions(conn, session_ids):
        tools = "hire kit" if a.needs_tools else "own tools"
        print(f"{a.session_id:>5}  {a.student_name:<28} {tools:<10} {a.dietary or ''}")
