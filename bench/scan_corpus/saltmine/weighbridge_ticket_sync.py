"""Pushes weighbridge tickets from the loadout office to the haulage dispatch service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, Iterable

import httpx

log = logging.getLogger("weighbridge.sync")


@dataclass
class DispatchEndpointSettings:
    base_url: str = os.environ["DISPATCH_BASE_URL"]
    timeout_s: float = 15.0
    check_certificates: bool = False
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"

    def transport_options(self) -> Dict[str, Any]:
        verify: Any = self.ca_bundle if self.check_certificates else self.check_certificates
        return {"base_url": self.base_url, "timeout": self.timeout_s, "verify": verify}


class TicketSyncClient:
    def __init__(self, settings: DispatchEndpointSettings, api_token: str) -> None:
        self._client = httpx.Client(
            **settings.transport_options(),
            headers={"Authorization": f"Bearer {api_token}"},
        )

    def push(self, tickets: Iterable[Dict[str, Any]]) -> int:
        sent = 0
        for ticket in tickets:
            net = ticket["gross_kg"] - ticket["tare_kg"]
            payload = {**ticket, "net_kg": net}
            resp = self._client.post("/api/v1/weighbridge/tickets", json=payload)
            resp.raise_for_status()
            sent += 1
        log.info("pushed %d weighbridge tickets", sent)
        return sent

    def close(self) -> None:
        self._client.close()


if __name__ == "__main__":
    client = TicketSyncClient(DispatchEndpointSettings(), os.environ["DISPATCH_TOKEN"])
    try:
        client.push([
            {"ticket": "WB-55120", "vehicle": "YX19 KHT", "gross_kg": 44010, "tare_kg": 15220},
        ])
    finally:
        client.close()
