"""Read model for station availability used by the rider app map and the GBFS feed."""

from dataclasses import dataclass
from typing import Iterable

import psycopg2
import psycopg2.extras
from psycopg2 import sql

SORTABLE = {
    "name": "s.name",
    "bikes": "a.bikes_available",
    "docks": "a.docks_available",
    "updated": "a.updated_at",
}
DEFAULT_SORT = "name"


@dataclass
class StationAvailability:
    station_id: int
    name: str
    lat: float
    lon: float
    bikes_available: int
    ebikes_available: int
    docks_available: int


class AvailabilityRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _conn(self):
        return psycopg2.connect(self._dsn, cursor_factory=psycopg2.extras.RealDictCursor)

    def list_in_zone(self, zone: str, sort: str = DEFAULT_SORT, descending: bool = False,
                     min_bikes: int = 0) -> list[StationAvailability]:
        column = SORTABLE.get(sort, SORTABLE[DEFAULT_SORT])
        table, field = column.split(".")
        query = sql.SQL(
            "SELECT s.id AS station_id, s.name, s.lat, s.lon, a.bikes_available, "
            "a.ebikes_available, a.docks_available "
            "FROM stations s JOIN station_availability a ON a.station_id = s.id "
            "WHERE s.service_zone = %s AND a.bikes_available >= %s "
            "ORDER BY {order} {direction}"
        ).format(
            order=sql.Identifier(table, field),
            direction=sql.SQL("DESC" if descending else "ASC"),
        )
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(query, (zone, min_bikes))
            return [StationAvailability(**row) for row in cur.fetchall()]

    def by_ids(self, station_ids: Iterable[int]) -> list[StationAvailability]:
        ids = [int(i) for i in station_ids]
        if not ids:
            return []
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT s.id AS station_id, s.name, s.lat, s.lon, a.bikes_available, "
                "a.ebikes_available, a.docks_available "
                "FROM stations s JOIN station_availability a ON a.station_id = s.id "
                "WHERE s.id = ANY(%s)",
                (ids,),
            )
            return [StationAvailability(**row) for row in cur.fetchall()]

    def search_by_name(self, fragment: str, limit: int = 20) -> list[StationAvailability]:
        pattern = "%" + fragment.replace("%", r"\%").replace("_", r"\_") + "%"
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT s.id AS station_id, s.name, s.lat, s.lon, a.bikes_available, "
                "a.ebikes_available, a.docks_available "
                "FROM stations s JOIN station_availability a ON a.station_id = s.id "
                "WHERE s.name ILIKE %s ORDER BY s.name LIMIT %s",
                (pattern, min(limit, 100)),
            )
            return [StationAvailability(**row) for row in cur.fetchall()]
