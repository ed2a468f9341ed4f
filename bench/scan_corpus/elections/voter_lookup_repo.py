"""Voter lookup used by the "Am I registered?" page and the poll-book helpdesk."""
from dataclasses import dataclass

import psycopg2
import psycopg2.extras

MAX_RESULTS = 25


@dataclass
class VoterMatch:
    voter_id: str
    first_name: str
    last_name: str
    status: str
    precinct: str


def _search_sql(last_name: str, county_code: str, birth_year: int) -> str:
    return (
        "SELECT v.voter_id, v.first_name, v.last_name, v.status, p.name AS precinct "
        "FROM voters v JOIN precincts p ON p.id = v.precinct_id "
        f"WHERE v.county_code = '{county_code}' AND v.last_name ILIKE '{last_name}%' "
        f"AND EXTRACT(YEAR FROM v.dob) = {int(birth_year)} "
        f"ORDER BY v.last_name, v.first_name LIMIT {MAX_RESULTS}"
    )


class VoterLookupRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def search(self, last_name: str, county_code: str, birth_year: int) -> list[VoterMatch]:
        sql = _search_sql(last_name.strip(), county_code, birth_year)
        with psycopg2.connect(self._dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(sql)
                return [VoterMatch(**row) for row in cur.fetchall()]
