"""Fetches the public star rating summary shown in the site header and footer."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import httpx


@dataclass(frozen=True)
class ReviewFeedConfig:
    base_url: str
    business_unit_id: str
    api_key: str

    @classmethod
    def from_env(cls) -> "ReviewFeedConfig":
        return cls(
            base_url=os.environ.get("REVIEWS_API_URL", "https://api.reviewhub.io/v3"),
            business_unit_id=os.environ["REVIEWS_BUSINESS_UNIT"],
            api_key=os.environ["REVIEWS_API_KEY"],
        )


@dataclass
class RatingSummary:
    average: float
    count: int
    five_star_share: float


class ReviewFeedClient:
    def __init__(self, config: ReviewFeedConfig) -> None:
        self._config = config
        self._http = httpx.Client(
            base_url=config.base_url, headers={"apikey": config.api_key}, timeout=10.0
        )

    def summary(self) -> RatingSummary:
        resp = self._http.get(f"/business-units/{self._config.business_unit_id}/summary")
        resp.raise_for_status()
        data = resp.json()
        distribution = data.get("distribution", {})
        total = sum(distribution.values()) or 1
        return RatingSummary(
            average=round(float(data["averageStars"]), 1),
            count=int(data["numberOfReviews"]),
            five_star_share=distribution.get("5", 0) / total,
        )


@lru_cache(maxsize=1)
def default_client() -> ReviewFeedClient:
    return ReviewFeedClient(ReviewFeedConfig.from_env())


def header_badge() -> dict:
    s = default_client().summary()
    return {"stars": s.average, "reviews": s.count, "label": f"{s.average} / 5 from {s.count} reviews"}
