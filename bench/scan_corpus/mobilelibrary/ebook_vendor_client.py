"""Client for the e-book distributor's lending API.

Checks out and returns e-book licences on behalf of borrowers.  The API
token is issued by the distributor for the county and is sent only to the
distributor's own API as a bearer token.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class VendorSettings:
    base_url: str
    library_id: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "VendorSettings":
        return cls(
            base_url=os.environ["EBOOK_VENDOR_API_URL"].rstrip("/"),
            library_id=os.environ["EBOOK_VENDOR_LIBRARY_ID"],
        )


class EbookVendorClient:
    def __init__(self, settings: VendorSettings, session: requests.Session | None = None) -> None:
        self.settings = settings
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['EBOOK_VENDOR_API_TOKEN']}"
        self.session.headers["Accept"] = "application/json"

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url}/libraries/{self.settings.library_id}{path}"

    def checkout(self, title_id: str, card_number: str, days: int = 14) -> dict:
        resp = self.session.post(
            self._url("/checkouts"),
            json={"title_id": title_id, "patron": card_number, "lending_period_days": days},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def return_early(self, checkout_id: str) -> None:
        resp = self.session.delete(self._url(f"/checkouts/{checkout_id}"),
                                   timeout=self.settings.timeout)
        if resp.status_code not in (204, 404):
            resp.raise_for_status()

    def availability(self, title_id: str) -> dict:
        resp = self.session.get(self._url(f"/titles/{title_id}/availability"),
                                timeout=self.settings.timeout)
        resp.raise_for_status()
        data = resp.json()
        return {"owned": data["copiesOwned"], "available": data["copiesAvailable"],
                "holds": data.get("holdsCount", 0)}
