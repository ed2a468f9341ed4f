"""Sync of delivery and collection runs to the depot database.

The route planning service returns the optimised truck runs for the next
day. This job writes them to the depot database so the yard team can load
trucks in reverse drop order.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote_plus

import psycopg
import requests

log = logging.getLogger("route_sync")


@dataclass(frozen=True)
class DepotDatabase:
    host: str
    name: str
    user: str
    password: str
    port: int = 5432

    @classmethod
    def from_env(cls) -> "DepotDatabase":
        return cls(
            host=os.environ["DEPOT_DB_HOST"],
            name=os.environ.get("DEPOT_DB_NAME", "depot"),
            user=os.environ["DEPOT_DB_USER"],
            password=os.environ["DEPOT_DB_PASSWORD"],
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


class RouteSync:
    def __init__(self, db: DepotDatabase, planner_url: str, planner_token: str) -> None:
        self._db = db
        self._planner_url = planner_url.rstrip("/")
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {planner_token}"

    def fetch_runs(self, run_date: date) -> list[dict]:
        resp = self._http.get(
            f"{self._planner_url}/v1/runs", params={"date": run_date.isoformat()}, timeout=20
        )
        resp.raise_for_status()
        return resp.json()["runs"]

    def store(self, run_date: date, runs: list[dict]) -> int:
        log.info("connecting to depot database %s", self._db.url)
        with psycopg.connect(self._db.url) as conn, conn.cursor() as cur:
            cur.execute("DELETE FROM truck_runs WHERE run_date = %s", (run_date,))
            for run in runs:
                for seq, stop in enumerate(run["stops"], start=1):
                    cur.execute(
                        "INSERT INTO truck_runs (run_date, truck_reg, seq, booking_ref, action)"
                        " VALUES (%s, %s, %s, %s, %s)",
                        (run_date, run["truck"], seq, stop["booking_ref"], stop["action"]),
                    )
        return sum(len(r["stops"]) for r in runs)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    sync = RouteSync(
        DepotDatabase.from_env(),
        os.environ["ROUTE_PLANNER_URL"],
        os.environ["ROUTE_PLANNER_TOKEN"],
    )
    tomorrow = date.today() + timedelta(days=1)
    count = sync.store(tomorrow, sync.fetch_runs(tomorrow))
    log.info("stored %d stops for %s", count, tomorrow)


if __name__ == "__main__":
    main()
