"""Reception diary search across branches.

Reception can search upcoming appointments by patient surname, appointment
type and date range and sort the results by one of a few columns.
"""
import sqlite3
from datetime import date

SORTABLE = {
    "time": "a.starts_at",
    "surname": "p.surname",
    "type": "a.appointment_type",
    "clinician": "a.clinician_id",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(surname: str | None, appt_type: str | None,
                start: date, end: date, sort: str, direction: str) -> tuple[str, list]:
    clauses = ["a.starts_at >= ?", "a.starts_at < ?"]
    params: list = [start.isoformat(), end.isoformat()]
    if surname:
        clauses.append("p.surname LIKE ?")
        params.append(surname.strip() + "%")
    if appt_type:
        clauses.append("a.appointment_type = ?")
        params.append(appt_type)
    order_col = SORTABLE.get(sort, SORTABLE["time"])
    order_dir = DIRECTIONS.get(direction.lower(), "ASC")
    sql = (
        "SELECT a.id, a.starts_at, a.appointment_type, p.surname, p.first_name "
        "FROM appointment a JOIN patient p ON p.id = a.patient_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order_col} {order_dir} LIMIT 200"
    )
    return sql, params


def search(conn: sqlite3.Connection, **filters) -> list[sqlite3.Row]:
    sql, params = build_query(**filters)
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()
