"""Nightly job that pulls new customer reviews from the review platform into our database."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx
from sqlalchemy import create_engine, text

logger = logging.getLogger("reviews.sync")


@dataclass(frozen=True)
class ReviewPlatformConfig:
    base_url: str = "https://api.reviewhub.io/v3"
    business_unit_id: str = "bouncehire-uk-0042"
    api_key: str = "rh_live_9f2c71e4b8a04d6fa3e1c0d55b7a2e18"
    page_size: int = 100


class ReviewPlatformClient:
    def __init__(self, config: ReviewPlatformConfig = ReviewPlatformConfig()) -> None:
        self._config = config
        self._http = httpx.Client(
            base_url=config.base_url,
            headers={"apikey": config.api_key},
            timeout=20.0,
        )

    def reviews_since(self, since: datetime):
        page = 1
        while True:
            resp = self._http.get(
                f"/business-units/{self._config.business_unit_id}/reviews",
                params={"since": since.isoformat(), "page": page, "perPage": self._config.page_size},
            )
            resp.raise_for_status()
            items = resp.json().get("reviews", [])
            yield from items
            if len(items) < self._config.page_size:
                return
            page += 1


def sync_reviews(database_url: str, lookback_days: int = 2) -> int:
    client = ReviewPlatformClient()
    engine = create_engine(database_url)
    since = datetime.now(timezone.utc) - timedelta(days=lookback_days)
    stored = 0
    with engine.begin() as conn:
        for review in client.reviews_since(since):
            conn.execute(
                text(
                    "INSERT INTO reviews (external_id, stars, title, body, author, created_at) "
                    "VALUES (:id, :stars, :title, :body, :author, :created) "
                    "ON CONFLICT (external_id) DO NOTHING"
                ),
                {
                    "id": review["id"],
                    "stars": review["stars"],
                    "title": review.get("title", ""),
                    "body": review.get("text", ""),
                    "author": review.get("consumer", {}).get("displayName", "Customer"),
                    "created": review["createdAt"],
                },
            )
            stored += 1
    logger.info("synced %d reviews", stored)
    return stored
