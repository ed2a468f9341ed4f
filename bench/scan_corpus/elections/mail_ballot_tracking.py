"""Pull mail-ballot scan events from the postal tracking service."""
import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class TrackingClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or os.environ["BALLOT_TRACKING_URL"]).rstrip("/")
        self._session = requests.Session()
        self._expires_at = 0.0

    def _refresh_token(self) -> None:
        resp = self._session.post(
            f"{self.base_url}/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "tracking.read"},
            auth=(os.environ["BALLOT_TRACKING_CLIENT_ID"], os.environ["BALLOT_TRACKING_CLIENT_SECRET"]),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._session.headers["Authorization"] = f"Bearer {payload['access_token']}"
        self._expires_at = time.monotonic() + payload.get("expires_in", 3600) - 60
        log.info("tracking token refreshed; expires in %ss", payload.get("expires_in"))

    def events(self, barcodes: list[str]) -> list[dict]:
        if time.monotonic() >= self._expires_at:
            self._refresh_token()
        resp = self._session.post(f"{self.base_url}/v2/events:batchGet", json={"imb": barcodes}, timeout=30)
        resp.raise_for_status()
        events = resp.json().get("events", [])
        log.debug("received %d events for %d barcodes", len(events), len(barcodes))
        return events
