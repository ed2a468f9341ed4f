"""Poll the navigation authority's permit API for changes to our permits.

The API supports conditional GETs, so we keep the last ETag and only parse
the body when something changed.  Status changes (e.g. a stretch closed for
flood works) are forwarded to the trip planner.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Callable, Optional

import httpx

log = logging.getLogger(__name__)


@dataclass
class PermitSnapshot:
    reference: str
    status: str
    valid_to: str


@dataclass
class PermitStatusPoller:
    base_url: str
    account_id: str
    on_change: Callable[[PermitSnapshot, Optional[PermitSnapshot]], None]
    _etag: Optional[str] = None
    _known: dict[str, PermitSnapshot] = field(default_factory=dict)

    def _client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {os.environ['NAV_AUTHORITY_API_TOKEN']}"},
            timeout=20.0,
        )

    def poll(self) -> int:
        headers = {"If-None-Match": self._etag} if self._etag else {}
        with self._client() as client:
            resp = client.get(f"/accounts/{self.account_id}/permits", headers=headers)
        if resp.status_code == 304:
            return 0
        resp.raise_for_status()
        etag = resp.headers.get("ETag")
        if etag is not None and etag == self._etag:
            return 0
        self._etag = etag
        changed = 0
        for item in resp.json()["permits"]:
            snap = PermitSnapshot(item["reference"], item["status"], item["valid_to"])
            previous = self._known.get(snap.reference)
            if previous is None or previous.status != snap.status:
                self.on_change(snap, previous)
                changed += 1
            self._known[snap.reference] = snap
        log.info("permit poll: %d changed of %d", changed, len(self._known))
        return changed
