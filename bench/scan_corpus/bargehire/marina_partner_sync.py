"""Hourly sync of bookings to partner marina reservation systems.

Partner marinas that host our boats on their pontoons need to know which
boats leave and return each day. The job pushes changed bookings to each
partner's SFTP drop or REST endpoint, depending on what the partner runs.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("partner_sync")


@dataclass
class PartnerSyncSettings:
    partner_id: str
    endpoint: str
    api_user: str
    api_secret: str
    lookback_hours: int = 2
    timeout_s: float = 20.0
    extra_headers: dict = field(default_factory=dict)

    @classmethod
    def from_row(cls, row) -> "PartnerSyncSettings":
        return cls(
            partner_id=row.partner_id,
            endpoint=row.endpoint,
            api_user=row.api_user,
            api_secret=os.environ[f"PARTNER_{row.partner_id.upper()}_SECRET"],
        )


def _changed_bookings(conn, partner_id: str, since: datetime) -> list[dict]:
    rows = conn.execute(
        text(
            "SELECT b.reference, bt.name AS boat, b.start_date, b.end_date, b.status "
            "FROM bookings b JOIN boats bt ON bt.id = b.boat_id "
            "WHERE bt.home_marina = :partner AND b.updated_at >= :since"
        ),
        {"partner": partner_id, "since": since},
    ).mappings().all()
    return [dict(r) for r in rows]


def push_partner(conn, settings: PartnerSyncSettings) -> int:
    log.debug("syncing partner with %r", settings)
    since = datetime.now(timezone.utc) - timedelta(hours=settings.lookback_hours)
    bookings = _changed_bookings(conn, settings.partner_id, since)
    if not bookings:
        return 0
    resp = requests.post(
        f"{settings.endpoint.rstrip('/')}/bargehire/movements",
        json={"bookings": bookings},
        auth=(settings.api_user, settings.api_secret),
        headers=settings.extra_headers,
        timeout=settings.timeout_s,
    )
    resp.raise_for_status()
    return len(bookings)


def run(dsn: str) -> None:
    engine = create_engine(dsn)
    with engine.connect() as conn:
        partners = conn.execute(
            text("SELECT partner_id, endpoint, api_user FROM marina_partners WHERE sync_enabled")
        ).all()
        for row in partners:
            settings = PartnerSyncSettings.from_row(row)
            try:
                sent = push_partner(conn, settings)
                log.info("partner %s: %d bookings pushed", settings.partner_id, sent)
            except requests.RequestException as exc:
                log.warning("partner %s sync failed: %s", settings.partner_id, exc)


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    run(os.environ["BARGEHIRE_DSN"])
