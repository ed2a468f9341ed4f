"""Nightly sync of council permit decisions into the operations database."""

from __future__ import annotations

import logging
import os
from datetime import date

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("funfair.permits.sync")


def database_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["OPS_DB_USER"],
        password=os.environ["OPS_DB_PASSWORD"],
        host=os.environ.get("OPS_DB_HOST", "localhost"),
        port=int(os.environ.get("OPS_DB_PORT", "5432")),
        database=os.environ.get("OPS_DB_NAME", "operations"),
    )


def fetch_decisions(since: date) -> list[dict]:
    response = httpx.get(
        os.environ["COUNCIL_DECISIONS_FEED"],
        params={"since": since.isoformat(), "category": "temporary-event"},
        headers={"Authorization": f"Bearer {os.environ['COUNCIL_FEED_TOKEN']}"},
        timeout=30.0,
    )
    response.raise_for_status()
    return response.json()["decisions"]


def apply_decisions(engine: Engine, decisions: list[dict]) -> int:
    updated = 0
    with engine.begin() as conn:
        for decision in decisions:
            result = conn.execute(
                text(
                    "UPDATE council_permits SET status = :status, decided_on = :decided "
                    "WHERE council_ref = :ref"
                ),
                {
                    "status": decision["status"],
                    "decided": decision["decided_on"],
                    "ref": decision["reference"],
                },
            )
            updated += result.rowcount
    return updated


def main(since: date | None = None) -> int:
    logging.basicConfig(level=logging.INFO)
    url = database_url()
    log.info("syncing permit decisions into %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_pre_ping=True)
    decisions = fetch_decisions(since or date.today())
    count = apply_decisions(engine, decisions)
    log.info("applied %d of %d permit decisions", count, len(decisions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
