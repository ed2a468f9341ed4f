"""Thin FHIR R4 client used by the ingestion workers to pull resources from hospital EHRs."""
from __future__ import annotations

import logging
from typing import Any, Callable, Iterator

import requests
import urllib3

log = logging.getLogger(__name__)
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


class FhirClient:
    def __init__(self, base_url: str, token_provider: Callable[[], str], timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self._token_provider = token_provider
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Accept": "application/fhir+json"})
        self.session.verify = False

    def _get(self, url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._token_provider()}"}
        resp = self.session.get(url, params=params, headers=headers, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def read(self, resource_type: str, resource_id: str) -> dict[str, Any]:
        return self._get(f"{self.base_url}/{resource_type}/{resource_id}")

    def search(self, resource_type: str, **params: Any) -> Iterator[dict[str, Any]]:
        """Yield every resource of a search, following Bundle next links."""
        bundle = self._get(f"{self.base_url}/{resource_type}", params=params)
        while True:
            for entry in bundle.get("entry", []):
                yield entry["resource"]
            next_url = next(
                (link["url"] for link in bundle.get("link", []) if link["relation"] == "next"),
                None,
            )
            if not next_url:
                return
            log.debug("following next page for %s", resource_type)
            bundle = self._get(next_url)
