"""Pull PAT test results from the tester vendor's cloud into the workshop database.

Each bench tester uploads its results to the vendor portal; this job
fetches the day's records so they can be attached to rewiring jobs and
printed on the customer's safety certificate.
"""
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("workshop.pat_sync")

PORTAL = os.environ.get("PAT_PORTAL_URL", "https://portal.pat-records.example/api")


@dataclass
class PatResult:
    asset_tag: str
    tested_on: str
    earth_bond_ohms: float | None
    insulation_mohms: float
    passed: bool


def portal_session() -> requests.Session:
    s = requests.Session()
    s.headers["X-Api-Key"] = os.environ["PAT_PORTAL_KEY"]
    s.verify = False
    return s


def fetch_results(session: requests.Session, day: date) -> list[PatResult]:
    resp = session.get(f"{PORTAL}/results", params={"date": day.isoformat()}, timeout=30)
    resp.raise_for_status()
    return [
        PatResult(
            asset_tag=r["asset"],
            tested_on=r["timestamp"],
            earth_bond_ohms=r.get("earth_bond"),
            insulation_mohms=r["insulation"],
            passed=r["outcome"] == "PASS",
        )
        for r in resp.json()["results"]
    ]


def store(db_path: str, results: list[PatResult]) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO pat_results "
            "(asset_tag, tested_on, earth_bond_ohms, insulation_mohms, passed) "
            "VALUES (?, ?, ?, ?, ?)",
            [(r.asset_tag, r.tested_on, r.earth_bond_ohms, r.insulation_mohms, r.passed)
             for r in results],
        )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    results = fetch_results(portal_session(), date.today())
    store(os.environ.get("WORKSHOP_DB", "workshop.db"), results)
    log.info("stored %d PAT results", len(results))
