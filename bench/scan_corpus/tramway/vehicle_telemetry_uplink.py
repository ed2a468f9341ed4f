"""Uplink from the on-board unit to the fleet telemetry broker.

Sends door cycles, pantograph current and brake events every few seconds while the
tram is in service.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Dict, List, Optional

import requests

log = logging.getLogger("obu.uplink")


@dataclass
class UplinkSettings:
    broker_url: str
    vehicle_id: str
    client_id: str
    client_secret: str
    ca_bundle: str = "/etc/obu/ca/fleet-ca.pem"


class TelemetryUplink:
    def __init__(self, settings: UplinkSettings) -> None:
        self.settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._headers: Dict[str, str] = {}
        self._expires_at = 0.0

    def _authenticate(self) -> None:
        resp = self._session.post(
            f"{self.settings.broker_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.settings.client_id, self.settings.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        token = resp.json()
        self._headers = {
            "Authorization": f"Bearer {token['access_token']}",
            "X-Vehicle": self.settings.vehicle_id,
        }
        self._expires_at = time.time() + token.get("expires_in", 300) - 30
        log.info("uplink session ready for %s, headers=%r", self.settings.vehicle_id, self._headers)

    def _ensure_session(self) -> None:
        if time.time() >= self._expires_at:
            self._authenticate()

    def send(self, events: List[dict]) -> Optional[int]:
        if not events:
            return None
        self._ensure_session()
        resp = self._session.post(
            f"{self.settings.broker_url}/v1/vehicles/{self.settings.vehicle_id}/events",
            json={"events": events, "sent_at": time.time()},
            headers=self._headers,
            timeout=5,
        )
        if resp.status_code == 401:
            self._expires_at = 0.0
        resp.raise_for_status()
        return len(events)
