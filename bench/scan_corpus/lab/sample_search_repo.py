"""Read-side queries for the sample search page of the LIMS."""
from dataclasses import dataclass

import psycopg2.extras

# filter field -> column in the search query
FILTER_COLUMNS = {
    "project_code": "p.code",
    "sample_type": "s.sample_type",
    "freezer": "loc.freezer_name",
    "status": "s.status",
}


@dataclass
class SampleFilter:
    project_code: str | None = None
    sample_type: str | None = None
    freezer: str | None = None
    status: str | None = None


def build_where(f: SampleFilter) -> str:
    clauses = ["s.deleted_at IS NULL"]
    for field_name, column in FILTER_COLUMNS.items():
        value = getattr(f, field_name)
        if value:
            clauses.append(f"{column} = '{value}'")
    return " AND ".join(clauses)


BASE_QUERY = """
SELECT s.id, s.barcode, s.sample_type, s.status, s.received_on,
       p.code AS project, loc.freezer_name, loc.position
FROM samples s
JOIN projects p ON p.id = s.project_id
LEFT JOIN storage_locations loc ON loc.sample_id = s.id
"""


def search_samples(conn, f: SampleFilter, limit: int = 200) -> list[dict]:
    sql = BASE_QUERY + " WHERE " + build_where(f) + " ORDER BY s.received_on DESC LIMIT %s"
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, (limit,))
        return [dict(r) for r in cur.fetchall()]
