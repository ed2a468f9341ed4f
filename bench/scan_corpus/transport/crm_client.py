"""Small client for the CRM's REST API, shared by the sync jobs."""
from __future__ import annotations

import os
from typing import Any, Iterator

import certifi
import requests


class CRMClient:
    page_size = 200

    def __init__(self, base_url: str | None = None, token: str | None = None):
        self.base_url = (base_url or os.environ["CRM_BASE_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.verify = certifi.where()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token or os.environ['CRM_API_TOKEN']}",
                "Accept": "application/json",
            }
        )

    def _get(self, path: str, **params: Any) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def iter_contacts(self, updated_since: str | None = None) -> Iterator[dict]:
        cursor = None
        while True:
            params = {"limit": self.page_size}
            if updated_since:
                params["updated_since"] = updated_since
            if cursor:
                params["cursor"] = cursor
            page = self._get("/v3/contacts", **params)
            yield from page["data"]
            cursor = page.get("next_cursor")
            if not cursor:
                break

    def update_contact(self, contact_id: str, fields: dict) -> dict:
        resp = self.session.patch(
            f"{self.base_url}/v3/contacts/{contact_id}", json=fields, timeout=30
        )
        resp.raise_for_status()
        return resp.json()
