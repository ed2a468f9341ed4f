"""Nightly sync of hallmarking submissions with the assay office portal.

Downloads the status of every consignment we sent for hallmarking and
updates the local records so the workshop knows what is back.
"""
import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import requests

log = logging.getLogger("atelier.assay_sync")

ASSAY_PORTAL = os.environ.get("ASSAY_PORTAL_URL", "https://portal.assayoffice.example/api")
SPONSOR_CODE = os.environ["ASSAY_SPONSOR_CODE"]


@dataclass
class Consignment:
    docket: str
    submitted: date
    pieces: int
    status: str
    passed: int = 0
    failed: int = 0


def _session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Token {os.environ['ASSAY_PORTAL_TOKEN']}"
    s.verify = False
    return s


def fetch_consignments(since: date) -> list:
    with _session() as s:
        resp = s.get(
            f"{ASSAY_PORTAL}/sponsors/{SPONSOR_CODE}/consignments",
            params={"since": since.isoformat()},
            timeout=30,
        )
        resp.raise_for_status()
        return [
            Consignment(
                docket=row["docket"],
                submitted=date.fromisoformat(row["submitted"]),
                pieces=row["pieces"],
                status=row["status"],
                passed=row.get("passed", 0),
                failed=row.get("failed", 0),
            )
            for row in resp.json()["consignments"]
        ]


def sync(repo, days: int = 30) -> int:
    updated = 0
    for c in fetch_consignments(date.today() - timedelta(days=days)):
        if repo.update_consignment(c.docket, c.status, c.passed, c.failed):
            updated += 1
    log.info("assay sync updated %d consignments", updated)
    return updated
