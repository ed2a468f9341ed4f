"""Nightly job: pull sponsor-a-donkey direct debit collections from the bureau.

The payment bureau exposes collections per day; we mark each sponsorship
as paid or failed so supporter care can follow up on failed debits.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg
import requests

log = logging.getLogger("sponsor_payment_sync")


@dataclass(frozen=True)
class BureauSettings:
    base_url: str
    client_id: str
    api_secret: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "BureauSettings":
        return cls(
            base_url=os.environ["DD_BUREAU_URL"],
            client_id=os.environ["DD_BUREAU_CLIENT_ID"],
            api_secret=os.environ["DD_BUREAU_API_SECRET"],
        )


class BureauClient:
    def __init__(self, settings: BureauSettings) -> None:
        self._settings = settings
        self._http = requests.Session()
        self._http.auth = (settings.client_id, settings.api_secret)

    def collections(self, day: date) -> list[dict]:
        response = self._http.get(
            f"{self._settings.base_url}/v2/collections",
            params={"date": day.isoformat()},
            timeout=self._settings.timeout,
        )
        response.raise_for_status()
        return response.json()["collections"]


def apply_collections(conn: psycopg.Connection, rows: list[dict]) -> int:
    updated = 0
    for row in rows:
        status = "paid" if row["outcome"] == "collected" else "failed"
        updated += conn.execute(
            "UPDATE sponsorship_payments SET status = %s, bureau_ref = %s "
            "WHERE mandate_ref = %s AND due_on = %s",
            (status, row["reference"], row["mandate"], row["date"]),
        ).rowcount
    return updated


def run(day: date | None = None) -> None:
    settings = BureauSettings.from_env()
    log.info("starting direct debit sync with %r", settings)
    day = day or date.today() - timedelta(days=1)
    rows = BureauClient(settings).collections(day)
    with psycopg.connect(os.environ["DONOR_DB_DSN"]) as conn:
        count = apply_collections(conn, rows)
    log.info("applied %d of %d collections for %s", count, len(rows), day)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
