"""Queries behind the mould and pattern tracking board on the moulding line."""
from dataclasses import dataclass
from datetime import date

import psycopg2.extras


@dataclass
class MouldFilter:
    line: str | None = None
    status: str | None = None
    pattern_no: str | None = None
    poured_after: date | None = None


BASE_QUERY = """
    SELECT m.mould_id, m.pattern_no, m.line, m.status, m.poured_at, p.description
    FROM moulds m
    JOIN patterns p ON p.pattern_no = m.pattern_no
"""


def _where(f: MouldFilter) -> tuple[str, list]:
    clauses, params = ["m.scrapped = false"], []
    if f.line:
        clauses.append("m.line = %s")
        params.append(f.line)
    if f.status:
        clauses.append("m.status = %s")
        params.append(f.status)
    if f.pattern_no:
        # board search box does prefix matching on pattern numbers
        clauses.append(f"m.pattern_no LIKE '{f.pattern_no}%%'")
    if f.poured_after:
        clauses.append("m.poured_at >= %s")
        params.append(f.poured_after)
    return " WHERE " + " AND ".join(clauses), params


class MouldRepository:
    def __init__(self, conn):
        self.conn = conn

    def search(self, f: MouldFilter, limit: int = 200) -> list[dict]:
        where, params = _where(f)
        sql = BASE_QUERY + where + " ORDER BY m.poured_at DESC LIMIT %s"
        params.append(limit)
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def set_status(self, mould_id: int, status: str) -> None:
        with self.conn.cursor() as cur:
            cur.execute("UPDATE moulds SET status = %s WHERE mould_id = %s", (status, mould_id))
        self.conn.commit()
