"""Pulls bout logs and device status from the scoring box vendor's cloud."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Iterator, Optional

import httpx

logger = logging.getLogger("club.scoring_vendor")


@dataclass
class VendorConfig:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "VendorConfig":
        return cls(
            base_url=os.environ["SCORING_CLOUD_URL"].rstrip("/"),
            client_id=os.environ["SCORING_CLOUD_CLIENT_ID"],
            client_secret=os.environ["SCORING_CLOUD_CLIENT_SECRET"],
        )


class ScoringVendorClient:
    def __init__(self, cfg: VendorConfig) -> None:
        self.cfg = cfg
        self.http = httpx.Client(base_url=cfg.base_url, timeout=15.0)
        self._token: Optional[str] = None
        self._token_expiry = 0.0

    def _refresh_token(self) -> None:
        logger.debug("requesting vendor access token for client %s at %s", self.cfg.client_id, self.cfg.base_url)
        resp = self.http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "scope": "bouts:read devices:read"},
            auth=(self.cfg.client_id, self.cfg.client_secret),
        )
        if resp.status_code != 200:
            logger.error("vendor token request failed with HTTP %d", resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 3600)) - 30
        logger.info("vendor token refreshed, valid for %ss", body.get("expires_in", 3600))

    def _headers(self) -> dict[str, str]:
        if self._token is None or time.monotonic() >= self._token_expiry:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}"}

    def bouts(self, serial: str, since: str) -> Iterator[dict]:
        cursor: Optional[str] = None
        while True:
            resp = self.http.get(
                f"/v2/devices/{serial}/bouts",
                params={"since": since, **({"cursor": cursor} if cursor else {})},
                headers=self._headers(),
            )
            resp.raise_for_status()
            page = resp.json()
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                break
        logger.info("fetched bout log for box %s since %s", serial, since)
