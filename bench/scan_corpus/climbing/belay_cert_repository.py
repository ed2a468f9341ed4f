"""Data access for belay certification records (top-rope and lead tests) across all gyms."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg2
from psycopg2 import sql
from psycopg2.extras import RealDictCursor

SORTABLE = {
    "name": "m.last_name",
    "level": "c.level",
    "tested": "c.tested_on",
    "expires": "c.expires_on",
}


@dataclass
class CertQuery:
    gym: str
    level: str | None = None
    examiner: str | None = None
    name_prefix: str | None = None
    expiring_before: date | None = None
    sort: str = "tested"
    descending: bool = True


class BelayCertRepository:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def _connect(self):
        return psycopg2.connect(self.dsn, cursor_factory=RealDictCursor)

    def search(self, q: CertQuery, limit: int = 200) -> list[dict]:
        where = ["c.gym_code = %s", "c.revoked_at IS NULL"]
        params: list = [q.gym]
        if q.level:
            where.append("c.level = %s")
            params.append(q.level)
        if q.examiner:
            where.append("e.handle = %s")
            params.append(q.examiner)
        if q.name_prefix:
            where.append("m.last_name ILIKE %s")
            params.append(q.name_prefix.replace("%", r"\%").replace("_", r"\_") + "%")
        if q.expiring_before:
            where.append("c.expires_on < %s")
            params.append(q.expiring_before)
        order_col = SORTABLE.get(q.sort, SORTABLE["tested"])
        stmt = sql.SQL(
            "SELECT c.id, m.first_name, m.last_name, c.level, c.tested_on, c.expires_on,"
            " e.handle AS examiner FROM belay_certs c JOIN members m ON m.id = c.member_id"
            " JOIN staff e ON e.id = c.examiner_id WHERE {where} ORDER BY {order} {direction}"
            " LIMIT %s"
        ).format(
            where=sql.SQL(" AND ").join(sql.SQL(w) for w in where),
            order=sql.SQL(order_col),
            direction=sql.SQL("DESC" if q.descending else "ASC"),
        )
        params.append(int(limit))
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(stmt, params)
            return list(cur.fetchall())

    def revoke(self, cert_id: int, reason: str, staff_id: int) -> bool:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE belay_certs SET revoked_at = now(), revoked_reason = %s,"
                " revoked_by = %s WHERE id = %s AND revoked_at IS NULL",
                (reason, staff_id, cert_id),
            )
            return cur.rowcount == 1
