"""Client for the regional haulage dispatch platform used to book salt deliveries."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List

import requests


class DispatchDefaults:
    token_url = os.environ["HAULNET_TOKEN_URL"]
    api_url = os.environ["HAULNET_API_URL"]
    credentials = {
        "client_id": "hollinsford-saltworks",
        "client_secret": "hn_live_7Qe2vR9xLp4tW8sK1mZc6YbN3uJd0FgH",
    }


@dataclass
class Delivery:
    council: str
    depot: str
    tonnes: float
    due: date
    vehicles: List[str] = field(default_factory=list)


class DispatchClient:
    def __init__(self, defaults: type[DispatchDefaults] = DispatchDefaults) -> None:
        self.defaults = defaults
        self._session = requests.Session()
        self._token: str | None = None

    def _authenticate(self) -> str:
        resp = self._session.post(
            self.defaults.token_url,
            data={"grant_type": "client_credentials", **self.defaults.credentials},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def _headers(self) -> Dict[str, str]:
        if self._token is None:
            self._token = self._authenticate()
        return {"Authorization": f"Bearer {self._token}"}

    def book(self, delivery: Delivery) -> str:
        resp = self._session.post(
            f"{self.defaults.api_url}/bookings",
            headers=self._headers(),
            json={
                "consignee": delivery.council,
                "drop_point": delivery.depot,
                "payload_t": delivery.tonnes,
                "deliver_by": delivery.due.isoformat(),
                "material": "rock salt 6mm",
            },
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["booking_ref"]
