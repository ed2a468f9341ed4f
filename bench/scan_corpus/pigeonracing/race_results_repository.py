"""Read access to computed race results for the public results pages."""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row


@dataclass
class ResultQuery:
    race_id: int
    section: str | None = None
    limit: int = 100
    offset: int = 0


def _section_filter(section: str | None) -> str:
    if not section:
        return ""
    return "AND l.section = '{}'".format(section)


class RaceResultsRepository:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo, row_factory=dict_row)

    def results(self, q: ResultQuery) -> list[dict]:
        sql = (
            "SELECT r.position, m.first_name || ' ' || m.surname AS fancier, "
            "l.section, r.ring_number, r.distance_m, r.velocity_mpm "
            "FROM race_results r "
            "JOIN lofts l ON l.id = r.loft_id "
            "JOIN members m ON m.id = l.owner_id "
            "WHERE r.race_id = %s " + _section_filter(q.section) +
            " ORDER BY r.position LIMIT %s OFFSET %s"
        )
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(sql, (q.race_id, min(q.limit, 500), max(q.offset, 0)))
            return cur.fetchall()

    def race_header(self, race_id: int) -> dict | None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT id, liberation_point, liberated_at, birds_sent, lofts_competing "
                "FROM races WHERE id = %s",
                (race_id,),
            )
            return cur.fetchone()


def results_view(repo: RaceResultsRepository, args: dict) -> dict:
    """Glue used by the web layer; ``args`` is the parsed query string."""
    query = ResultQuery(
        race_id=int(args["race"]),
        section=args.get("section"),
        limit=int(args.get("limit", 100)),
        offset=int(args.get("offset", 0)),
    )
    header = repo.race_header(query.race_id)
    if header is None:
        return {"error": "race not found"}
    return {"race": header, "results": repo.results(query)}
