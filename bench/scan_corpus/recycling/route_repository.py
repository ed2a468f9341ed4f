"""Read access to planned collection routes for the dispatcher screens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import psycopg
from psycopg.rows import dict_row


@dataclass
class RouteStop:
    route_id: str
    seq: int
    uprn: str
    bin_count: int
    stream: str


class RouteRepository:
    """Thin wrapper over the routing schema; one instance per request."""

    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    @staticmethod
    def _stops_sql(depot_code: str, service_day: str, stream: str | None) -> str:
        sql = (
            "SELECT r.route_id, s.seq, s.uprn, s.bin_count, r.stream "
            "FROM routes r JOIN route_stops s ON s.route_id = r.route_id "
            f"WHERE r.depot_code = '{depot_code}' AND r.service_day = '{service_day}'"
        )
        if stream:
            sql += f" AND r.stream = '{stream}'"
        return sql + " ORDER BY r.route_id, s.seq"

    def stops_for(self, depot_code: str, service_day: str, stream: str | None = None) -> list[RouteStop]:
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(self._stops_sql(depot_code, service_day, stream))
            return [RouteStop(**row) for row in cur.fetchall()]

    def route_ids(self, depot_code: str) -> Iterable[str]:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT route_id FROM routes WHERE depot_code = %s ORDER BY route_id",
                (depot_code,),
            )
            for (route_id,) in cur:
                yield route_id


def route_sheet(conn: psycopg.Connection, params: dict) -> dict:
    """Build the JSON body for GET /dispatch/routes?depot=..&day=..&stream=.."""
    repo = RouteRepository(conn)
    stops = repo.stops_for(params["depot"], params["day"], params.get("stream"))
    sheet: dict[str, list] = {}
    for stop in stops:
        sheet.setdefault(stop.route_id, []).append(
            {"seq": stop.seq, "uprn": stop.uprn, "bins": stop.bin_count}
        )
    return {"depot": params["depot"], "day": params["day"], "routes": sheet}
