"""Client for the gym-equipment partner gateway (treadmills, rowers, bikes).

The gateway sits inside the partner's network and is signed by their own
CA; the CA bundle is shipped with our deployment config.
"""
from __future__ import annotations

from dataclasses import dataclass

import requests

from sync.settings import PARTNER_GATEWAY


@dataclass
class MachineSession:
    machine_id: str
    member_ref: str
    kcal: int
    duration_s: int


class PartnerGatewayClient:
    def __init__(self, base_url: str, api_key: str, *, ca_bundle: str | None = None,
                 timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key
        self.session.verify = ca_bundle or True

    @classmethod
    def from_settings(cls) -> "PartnerGatewayClient":
        return cls(
            PARTNER_GATEWAY["url"],
            PARTNER_GATEWAY["api_key"],
            ca_bundle=PARTNER_GATEWAY.get("ca_bundle"),
        )

    def sessions_since(self, club_id: int, cursor: str | None = None) -> tuple[list[MachineSession], str]:
        resp = self.session.get(
            f"{self.base_url}/clubs/{club_id}/sessions",
            params={"cursor": cursor} if cursor else None,
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        items = [
            MachineSession(s["machine"], s["member"], int(s["kcal"]), int(s["seconds"]))
            for s in body["sessions"]
        ]
        return items, body["next_cursor"]
