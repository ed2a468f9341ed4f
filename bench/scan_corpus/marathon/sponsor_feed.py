"""Pull sponsor activation data (hydration stations, pace teams, expo stands)."""
import logging
import os
from typing import Iterator

import requests

log = logging.getLogger(__name__)


class SponsorFeedClient:
    page_size = 200
    timeout = (5, 30)

    def __init__(self, base_url: str, token: str):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        )
        # sponsor's gateway sits behind their own corporate CA
        self.session.verify = False

    @classmethod
    def from_env(cls) -> "SponsorFeedClient":
        return cls(os.environ["SPONSOR_FEED_URL"], os.environ["SPONSOR_FEED_TOKEN"])

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def activations(self, race_id: str) -> Iterator[dict]:
        cursor = None
        while True:
            page = self._get(f"/races/{race_id}/activations", limit=self.page_size, cursor=cursor)
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                break

    def hydration_stations(self, race_id: str) -> list[dict]:
        return [a for a in self.activations(race_id) if a.get("type") == "hydration"]


if __name__ == "__main__":
    client = SponsorFeedClient.from_env()
    for station in client.hydration_stations(os.environ.get("RACE_ID", "city-marathon")):
        print(station["km_marker"], station["name"])
