"""Client for the keg-tracking service our stainless keg fleet reports to.

Each keg carries an RFID tag; dock and account scans are pushed to the
tracking service and balances per account are pulled nightly.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("kegs.fleet")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 12 else "***"


@dataclass(frozen=True)
class FleetConfig:
    base_url: str
    tenant: str
    api_key: str = field(repr=False)
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "FleetConfig":
        return cls(
            base_url=os.environ["KEG_TRACKER_URL"],
            tenant=os.environ["KEG_TRACKER_TENANT"],
            api_key=os.environ["KEG_TRACKER_API_KEY"],
        )


class KegFleetClient:
    def __init__(self, config: FleetConfig):
        self.config = config
        self.http = requests.Session()
        self.http.headers.update({
            "Authorization": f"Bearer {config.api_key}",
            "X-Tenant": config.tenant,
            "Accept": "application/json",
        })
        log.debug("keg fleet client ready for tenant %s at %s (key %s)",
                  config.tenant, config.base_url, _mask(config.api_key))

    def _url(self, path: str) -> str:
        return f"{self.config.base_url.rstrip('/')}/{path.lstrip('/')}"

    def record_scan(self, serial: str, location: str, status: str) -> dict:
        resp = self.http.post(
            self._url("/v2/scans"),
            json={"serial": serial, "location": location, "status": status},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def account_balances(self) -> dict[str, int]:
        balances: dict[str, int] = {}
        url = self._url("/v2/balances")
        while url:
            resp = self.http.get(url, timeout=self.config.timeout)
            resp.raise_for_status()
            payload = resp.json()
            for item in payload["items"]:
                balances[item["location"]] = item["kegs_out"]
            url = payload.get("next")
        log.info("pulled keg balances for %d accounts (tenant %s)", len(balances), self.config.tenant)
        return balances
