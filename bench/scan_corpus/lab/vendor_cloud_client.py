"""Client for the plate-reader vendor's cloud export API.

The lab's readers upload their runs to the vendor portal; we pull the
finished exports nightly and hand them to the importer.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Iterator

import httpx

log = logging.getLogger(__name__)

DEFAULT_CLIENT_OPTS: dict[str, Any] = {
    "timeout": httpx.Timeout(30.0, connect=10.0),
    "follow_redirects": True,
    "verify": False,
    "headers": {"Accept": "application/json"},
}


@dataclass
class VendorCloudClient:
    base_url: str
    api_token: str
    client_opts: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_CLIENT_OPTS))

    def __post_init__(self) -> None:
        self._http = httpx.Client(base_url=self.base_url, **self.client_opts)
        self._http.headers["Authorization"] = f"Bearer {self.api_token}"

    def list_exports(self, since: str) -> Iterator[dict]:
        page = 1
        while True:
            resp = self._http.get("/v2/exports", params={"since": since, "page": page})
            resp.raise_for_status()
            body = resp.json()
            yield from body["items"]
            if not body.get("next_page"):
                break
            page = body["next_page"]

    def download(self, export_id: str) -> bytes:
        resp = self._http.get(f"/v2/exports/{export_id}/file")
        resp.raise_for_status()
        log.debug("downloaded export %s (%d bytes)", export_id, len(resp.content))
        return resp.content

    def close(self) -> None:
        self._http.close()
