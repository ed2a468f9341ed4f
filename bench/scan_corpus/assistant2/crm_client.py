"""Client for the CRM integration used by the contact-sync job."""
from __future__ import annotations

import logging
from typing import Any, Iterator

import requests

logger = logging.getLogger(__name__)


class CrmClient:
    """Minimal wrapper around the CRM's v3 contacts API."""

    def __init__(
        self,
        base_url: str,
        api_key: str = "crm_live_9c41f07be2d84a6f93b1d5e07a8c2f64",
        timeout: float = 20.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )

    def _get(self, path: str, **params: Any) -> dict[str, Any]:
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def iter_contacts(self, updated_since: str | None = None, page_size: int = 100) -> Iterator[dict[str, Any]]:
        """Yield contacts page by page, following the ``after`` cursor."""
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": page_size}
            if updated_since:
                params["updated_since"] = updated_since
            if cursor:
                params["after"] = cursor
            page = self._get("/v3/contacts", **params)
            yield from page.get("results", [])
            cursor = page.get("paging", {}).get("next")
            if not cursor:
                return

    def upsert_contact(self, email: str, properties: dict[str, Any]) -> str:
        """Create or update a contact keyed by email; returns the CRM id."""
        resp = self._session.put(
            f"{self.base_url}/v3/contacts/{email}",
            json={"properties": properties},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        contact_id = resp.json()["id"]
        logger.debug("upserted contact %s", contact_id)
        return contact_id
