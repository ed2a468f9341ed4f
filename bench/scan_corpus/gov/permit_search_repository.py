"""Read-side queries for the permit lookup screen at the public counter."""
from dataclasses import dataclass

import psycopg2
import psycopg2.extras

BASE_QUERY = """
    SELECT p.permit_number, p.permit_type, p.status, p.issued_on,
           a.full_name, s.street_address
      FROM permits p
      JOIN applicants a ON a.id = p.applicant_id
      JOIN sites s ON s.id = p.site_id
"""


@dataclass
class PermitRow:
    permit_number: str
    permit_type: str
    status: str
    issued_on: object
    applicant: str
    address: str


def build_search_sql(surname: str, limit: int = 50) -> str:
    sql = BASE_QUERY + " WHERE a.last_name ILIKE '" + surname + "%'"
    return sql + f" ORDER BY p.issued_on DESC LIMIT {int(limit)}"


class PermitSearchRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _run(self, sql: str, params=None) -> list[PermitRow]:
        with psycopg2.connect(self._dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
                cur.execute(sql, params)
                return [
                    PermitRow(r["permit_number"], r["permit_type"], r["status"],
                              r["issued_on"], r["full_name"], r["street_address"])
                    for r in cur.fetchall()
                ]

    def by_surname(self, surname: str) -> list[PermitRow]:
        return self._run(build_search_sql(surname.strip()))

    def by_number(self, permit_number: str) -> list[PermitRow]:
        return self._run(BASE_QUERY + " WHERE p.permit_number = %s", (permit_number,))
