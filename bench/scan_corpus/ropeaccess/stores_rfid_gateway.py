"""Client for the RFID gateway in the equipment stores.

Every harness, descender and rope bag carries an RFID tag. Readers at the
stores door report tag reads to a gateway; this client polls it so the kit
register knows which items left for which job.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import httpx


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["RFID_GATEWAY_URL"])
    token: str = field(default_factory=lambda: os.environ["RFID_GATEWAY_TOKEN"], repr=False)
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("RFID_GATEWAY_CA", "/etc/ropeaccess/pki/stores-ca.pem")
    )
    timeout: float = 5.0


@dataclass
class TagRead:
    tag_id: str
    reader: str
    direction: str
    seen_at: datetime


class RfidGatewayClient:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self._settings = settings or GatewaySettings()
        self._client = httpx.Client(
            base_url=self._settings.base_url,
            verify=self._settings.ca_bundle,
            timeout=self._settings.timeout,
            headers={"Authorization": f"Bearer {self._settings.token}"},
        )

    def reads_since(self, cursor: str | None = None) -> tuple[list[TagRead], str | None]:
        params = {"cursor": cursor} if cursor else {}
        resp = self._client.get("/api/reads", params=params)
        resp.raise_for_status()
        body = resp.json()
        reads = [
            TagRead(r["tag"], r["reader"], r["dir"], datetime.fromisoformat(r["ts"]))
            for r in body["reads"]
        ]
        return reads, body.get("next_cursor")

    def close(self) -> None:
        self._client.close()
