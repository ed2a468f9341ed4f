"""Nightly job that pushes tomorrow's delivery plan to the haulage partner's dispatch board."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("dispatch.sync")


@dataclass(frozen=True)
class BoardSettings:
    api_url: str = field(default_factory=lambda: os.environ["DISPATCH_BOARD_URL"])
    api_token: str = field(default_factory=lambda: os.environ["DISPATCH_BOARD_TOKEN"], repr=False)
    db_url: str = field(default_factory=lambda: os.environ["DISPATCH_DB_URL"], repr=False)


def load_plan(db_url: str, day: date) -> list[dict]:
    engine = create_engine(db_url, pool_pre_ping=True)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT order_ref, depot, site_postcode, tonnes, slot_start "
                "FROM deliveries WHERE scheduled_for = :day ORDER BY slot_start"
            ),
            {"day": day},
        ).mappings().all()
    return [
        {**dict(r), "slot_start": r["slot_start"].isoformat()} for r in rows
    ]


def push_plan(settings: BoardSettings, day: date, plan: list[dict]) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {settings.api_token}"
    resp = session.put(
        f"{settings.api_url.rstrip('/')}/plans/{day.isoformat()}",
        json={"deliveries": plan},
        timeout=20,
    )
    resp.raise_for_status()
    log.info("pushed %d deliveries for %s", len(plan), day)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    settings = BoardSettings()
    day = date.today() + timedelta(days=1)
    plan = load_plan(settings.db_url, day)
    if not plan:
        log.info("no deliveries scheduled for %s", day)
        return
    push_plan(settings, day, plan)


if __name__ == "__main__":
    main()
