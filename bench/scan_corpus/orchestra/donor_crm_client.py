"""Thin client for the donor CRM's REST API (gifts, pledges, contact records)."""
import os
from typing import Iterator

import requests


class DonorCRMClient:
    page_size = 100

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str = "crm_live_8f3b1c9e47d2a6f05e19b7c3d8a4f261",
        timeout: float = 20.0,
    ):
        self.base_url = (base_url or os.environ["DONOR_CRM_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key
        self.session.headers["Accept"] = "application/json"

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def iter_gifts(self, since: str) -> Iterator[dict]:
        page = 1
        while True:
            data = self._get("/gifts", received_after=since, page=page, per_page=self.page_size)
            yield from data["results"]
            if not data.get("next"):
                break
            page += 1

    def get_donor(self, donor_id: int) -> dict:
        return self._get(f"/donors/{donor_id}")

    def record_pledge(self, donor_id: int, amount_minor: int, campaign: str) -> dict:
        resp = self.session.post(
            f"{self.base_url}/pledges",
            json={"donor": donor_id, "amount": amount_minor, "campaign": campaign},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()
