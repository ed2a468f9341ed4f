"""Posts new fabric swap listings to the guild's Slack channel."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("quiltguild.swap.notify")


@dataclass(frozen=True)
class NotifierSettings:
    webhook_url: str
    database_url: str
    lookback_minutes: int = 60

    @classmethod
    def from_env(cls) -> "NotifierSettings":
        return cls(
            webhook_url=os.environ["SWAP_SLACK_WEBHOOK_URL"],
            database_url=os.environ["SWAP_DATABASE_URL"],
            lookback_minutes=int(os.environ.get("SWAP_NOTIFY_LOOKBACK", "60")),
        )


def recent_listings(settings: NotifierSettings) -> list[dict]:
    since = datetime.now(timezone.utc) - timedelta(minutes=settings.lookback_minutes)
    engine = create_engine(settings.database_url, pool_pre_ping=True)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT o.offer_id, m.display_name, o.fabric_type, o.yardage, o.wants "
                "FROM swap_offers o JOIN members m ON m.member_id = o.member_id "
                "WHERE o.created_at >= :since AND o.status = 'open' ORDER BY o.created_at"
            ),
            {"since": since},
        ).mappings()
        return [dict(r) for r in rows]


def format_message(listings: list[dict]) -> dict:
    lines = [
        f"- *{l['fabric_type']}* ({l['yardage']} yd) from {l['display_name']}, wants {l['wants']}"
        for l in listings
    ]
    return {"text": f":thread: {len(listings)} new swap offer(s)\n" + "\n".join(lines)}


def notify(settings: NotifierSettings) -> int:
    listings = recent_listings(settings)
    if not listings:
        return 0
    resp = requests.post(settings.webhook_url, json=format_message(listings), timeout=10)
    resp.raise_for_status()
    log.info("posted %d swap listings to Slack", len(listings))
    return len(listings)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    notify(NotifierSettings.from_env())
