"""Pull new customer reviews from the reviews provider into the franchise CRM."""
import logging
import os
from datetime import datetime

import requests

log = logging.getLogger(__name__)


class ReviewsClient:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self.base_url = (base_url or os.environ["REVIEWS_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['REVIEWS_API_TOKEN']}"
        self.session.headers["Accept"] = "application/json"

    def since(self, location_id: str, after: datetime) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/locations/{location_id}/reviews",
            params={"after": after.isoformat()},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json().get("reviews", [])


def sync_location(client: ReviewsClient, crm, location_id: str, after: datetime) -> int:
    count = 0
    for review in client.since(location_id, after):
        crm.upsert_review(
            external_id=review["id"],
            rating=review["rating"],
            body=review.get("text", ""),
            posted_at=review["created_at"],
        )
        count += 1
    log.info("synced %d reviews for location %s", count, location_id)
    return count
