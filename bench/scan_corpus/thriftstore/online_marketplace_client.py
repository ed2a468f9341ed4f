"""Client for the online marketplace's listings API (OAuth2 client credentials)."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from typing import Any, Dict, Optional

import requests

logger = logging.getLogger("marketplace")


@dataclass(frozen=True)
class MarketplaceConfig:
    api_base: str
    token_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "MarketplaceConfig":
        return cls(
            api_base=os.environ["MARKETPLACE_API_BASE"].rstrip("/"),
            token_url=os.environ["MARKETPLACE_TOKEN_URL"],
            client_id=os.environ["MARKETPLACE_CLIENT_ID"],
            client_secret=os.environ["MARKETPLACE_CLIENT_SECRET"],
        )


class MarketplaceClient:
    def __init__(self, config: MarketplaceConfig) -> None:
        self._cfg = config
        self._http = requests.Session()
        self._token: Optional[str] = None
        self._token_expires = 0.0

    def _refresh_token(self) -> None:
        resp = self._http.post(
            self._cfg.token_url,
            data={"grant_type": "client_credentials", "scope": "listings.write"},
            auth=(self._cfg.client_id, self._cfg.client_secret),
            timeout=self._cfg.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._token_expires = time.time() + int(payload.get("expires_in", 3600)) - 60
        logger.info("marketplace token refreshed: %s (expires in %ss)", self._token, payload.get("expires_in", 3600))

    def _headers(self) -> Dict[str, str]:
        if self._token is None or time.time() >= self._token_expires:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def create_listing(self, item: Dict[str, Any]) -> str:
        resp = self._http.post(
            f"{self._cfg.api_base}/v2/listings",
            json=item,
            headers=self._headers(),
            timeout=self._cfg.timeout,
        )
        resp.raise_for_status()
        listing_id = resp.json()["id"]
        logger.info("created listing %s for stock item %s", listing_id, item.get("sku"))
        return listing_id

    def end_listing(self, listing_id: str, reason: str = "sold_in_shop") -> None:
        resp = self._http.post(
            f"{self._cfg.api_base}/v2/listings/{listing_id}/end",
            json={"reason": reason},
            headers=self._headers(),
            timeout=self._cfg.timeout,
        )
        resp.raise_for_status()
        logger.info("ended listing %s (%s)", listing_id, reason)
