"""Client for the regional tourism board's ticket allotment API.

The tourism board resells park tickets in its city pass; the park pulls the
daily allotment usage and pushes capacity updates over mutual TLS.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests


@dataclass(frozen=True)
class TourismBoardSettings:
    base_url: str = field(default_factory=lambda: os.environ["TOURISM_API_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get("TOURISM_CA_BUNDLE", "/etc/aquapark/ca/tourism-board.pem"))
    client_cert: str = "/etc/aquapark/certs/park-client.pem"
    client_key: str = "/etc/aquapark/certs/park-client.key"
    timeout: float = 15.0

    def session_options(self) -> dict:
        return {"verify": self.ca_bundle, "cert": (self.client_cert, self.client_key)}


class TourismBoardClient:
    def __init__(self, settings: TourismBoardSettings | None = None) -> None:
        self.settings = settings or TourismBoardSettings()
        self.session = requests.Session()
        for name, value in self.settings.session_options().items():
            setattr(self.session, name, value)

    def allotment_usage(self, day: str) -> dict:
        resp = self.session.get(
            f"{self.settings.base_url}/allotments/aquapark/usage",
            params={"date": day},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def push_capacity(self, day: str, tickets: int) -> None:
        resp = self.session.put(
            f"{self.settings.base_url}/allotments/aquapark/capacity",
            json={"date": day, "tickets": tickets},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
