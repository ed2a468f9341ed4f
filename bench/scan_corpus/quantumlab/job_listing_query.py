"""Query builder for the job table in the user dashboard.

Sort column and direction come from the UI as keys; they are mapped to
fixed SQL fragments, and every filter value is passed as a bind parameter.
"""
from dataclasses import dataclass, field

_SORT_COLUMNS = {
    "submitted": "submitted_at",
    "finished": "finished_at",
    "shots": "shots",
    "backend": "backend",
}
_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class JobQuery:
    owner: str
    statuses: list[str] = field(default_factory=list)
    backend: str | None = None
    sort: str = "submitted"
    direction: str = "desc"
    limit: int = 50
    offset: int = 0


def build(q: JobQuery) -> tuple[str, list]:
    where = ["owner = %s"]
    params: list = [q.owner]
    if q.statuses:
        where.append("status = ANY(%s)")
        params.append(list(q.statuses))
    if q.backend:
        where.append("backend = %s")
        params.append(q.backend)
    order_col = _SORT_COLUMNS.get(q.sort, "submitted_at")
    order_dir = _DIRECTIONS.get(q.direction, "DESC")
    sql = (
        "SELECT id, backend, status, shots, submitted_at, finished_at FROM jobs "
        f"WHERE {' AND '.join(where)} ORDER BY {order_col} {order_dir} LIMIT %s OFFSET %s"
    )
    params.extend([min(max(q.limit, 1), 500), max(q.offset, 0)])
    return sql, params


def fetch(conn, q: JobQuery) -> list[tuple]:
    sql, params = build(q)
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
