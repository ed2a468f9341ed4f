"""Client for the textile merchants' marketplace where we list surplus finished cloth."""
import logging
import os
from typing import Dict, List, Optional

import requests

log = logging.getLogger("fuller.marketplace")


def _mask(secret: str, visible: int = 4) -> str:
    if not secret:
        return "<unset>"
    return "*" * max(len(secret) - visible, 0) + secret[-visible:]


class MarketplaceClient:
    def __init__(self, base_url: Optional[str] = None, token: Optional[str] = None):
        self.base_url = (base_url or os.environ["MARKETPLACE_URL"]).rstrip("/")
        self._token = token or os.environ["MARKETPLACE_TOKEN"]
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Token {self._token}"})
        log.info("marketplace client for %s using token %s", self.base_url, _mask(self._token))

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        resp = self._session.request(method, f"{self.base_url}{path}", timeout=20, **kwargs)
        if resp.status_code == 401:
            log.error("marketplace rejected token %s for %s %s",
                      _mask(self._token), method, path)
        resp.raise_for_status()
        return resp

    def list_surplus(self, lots: List[Dict]) -> List[str]:
        listing_ids = []
        for lot in lots:
            body = {
                "title": f"{lot['quality_name']} - {lot['colour']}",
                "metres": lot["metres"],
                "composition": lot.get("composition", "100% wool"),
                "finish": lot.get("finish", "milled, raised, pressed"),
                "price_per_metre": str(lot["price_per_metre"]),
            }
            listing_ids.append(self._request("POST", "/listings", json=body).json()["id"])
        log.info("listed %d surplus lot(s)", len(listing_ids))
        return listing_ids

    def withdraw(self, listing_id: str) -> None:
        self._request("DELETE", f"/listings/{listing_id}")
