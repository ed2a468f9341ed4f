"""Keg location lookups for the depot's offline tracking cache.

Each depot keeps a local SQLite copy of keg positions so the gate and yard
staff can answer "where is keg X" during network outages.
"""
import sqlite3
from contextlib import closing
from dataclasses import dataclass

from drayman.settings import settings


@dataclass
class KegPosition:
    serial: str
    size_litres: int
    status: str
    site: str
    last_scan: str


class KegTrackingRepository:
    def __init__(self, path: str = settings.DEPOT_CACHE_PATH):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def _fetch(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with closing(self.conn.cursor()) as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def at_site(self, site_code: str) -> list[KegPosition]:
        rows = self._fetch(
            "SELECT serial, size_litres, status, site, last_scan FROM keg_positions WHERE site = ?",
            (site_code,),
        )
        return [KegPosition(**dict(r)) for r in rows]

    def find_serial(self, serial: str) -> KegPosition | None:
        sql = (
            "SELECT serial, size_litres, status, site, last_scan FROM keg_positions "
            "WHERE serial = '%s'" % serial.strip().upper()
        )
        rows = self._fetch(sql)
        return KegPosition(**dict(rows[0])) if rows else None

    def overdue_at_pubs(self, days: int) -> list[KegPosition]:
        rows = self._fetch(
            "SELECT serial, size_litres, status, site, last_scan FROM keg_positions "
            "WHERE status = 'at_pub' AND last_scan < date('now', ?)",
            (f"-{int(days)} days",),
        )
        return [KegPosition(**dict(r)) for r in rows]


def lookup_handler(query_args: dict) -> dict:
    repo = KegTrackingRepository()
    keg = repo.find_serial(query_args["serial"])
    if keg is None:
        return {"found": False}
    return {"found": True, "site": keg.site, "status": keg.status, "last_scan": keg.last_scan}
