"""Tracks race-kit crates with the logistics partner between flyaway events."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, Iterable, List, Optional

import httpx


@dataclass
class ForwarderCredentials:
    account: str = "RACETEAM-OPS"
    client_id: str = "ops-crate-tracker"
    client_secret: str = "9fQe2Lw7ZrVx4kHs1TmB8cNy6DpJ3aGu"


@dataclass
class CrateStatus:
    crate_id: str
    location: str
    status: str
    eta: Optional[datetime]


@dataclass
class TrackingClient:
    base_url: str = field(default_factory=lambda: os.environ["FORWARDER_API_URL"])
    credentials: ForwarderCredentials = field(default_factory=ForwarderCredentials)
    timeout: float = 15.0

    def _token(self, client: httpx.Client) -> str:
        resp = client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "scope": "tracking:read"},
            auth=(self.credentials.client_id, self.credentials.client_secret),
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def statuses(self, crate_ids: Iterable[str]) -> List[CrateStatus]:
        with httpx.Client(base_url=self.base_url, timeout=self.timeout) as client:
            headers = {"Authorization": f"Bearer {self._token(client)}",
                       "X-Account": self.credentials.account}
            resp = client.get("/v2/shipments", params={"refs": ",".join(crate_ids)}, headers=headers)
            resp.raise_for_status()
            return [self._parse(item) for item in resp.json()["items"]]

    @staticmethod
    def _parse(item: Dict[str, str]) -> CrateStatus:
        eta = item.get("eta")
        return CrateStatus(
            crate_id=item["reference"],
            location=item.get("last_scan_location", "unknown"),
            status=item.get("status", "pending"),
            eta=datetime.fromisoformat(eta) if eta else None,
        )


def late_crates(event_start: datetime, crate_ids: Iterable[str]) -> List[str]:
    """Crates whose ETA lands after the garage build day."""
    return [c.crate_id for c in TrackingClient().statuses(crate_ids)
            if c.eta is None or c.eta >= event_start]
