"""Client for the national boat licensing registry.

Lock keepers use it to confirm that a boat passing through holds a current
licence. Settings come from the environment of the lock cottage service.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RegistryConfig:
    base_url: str
    api_key: str
    timeout: float = 10.0
    ca_bundle: str | None = None

    @classmethod
    def from_env(cls) -> "RegistryConfig":
        return cls(
            base_url=os.environ["LICENCE_REGISTRY_URL"],
            api_key=os.environ["LICENCE_REGISTRY_API_KEY"],
            timeout=float(os.environ.get("LICENCE_REGISTRY_TIMEOUT", "10")),
            ca_bundle=os.environ.get("LICENCE_REGISTRY_CA_BUNDLE"),
        )


@dataclass(frozen=True)
class LicenceStatus:
    index_no: str
    boat_name: str
    licence_type: str
    valid_until: date

    @property
    def current(self) -> bool:
        return self.valid_until >= date.today()


class LicenceRegistryClient:
    def __init__(self, config: RegistryConfig) -> None:
        self.config = config
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {config.api_key}"
        self.session.headers["Accept"] = "application/json"
        if config.ca_bundle:
            self.session.verify = config.ca_bundle
        log.info("licence registry client configured: %s", self.config)

    def status(self, index_no: str) -> LicenceStatus | None:
        url = f"{self.config.base_url.rstrip('/')}/v2/licences/{index_no}"
        resp = self.session.get(url, timeout=self.config.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        data = resp.json()
        return LicenceStatus(
            index_no=data["index_no"],
            boat_name=data["boat_name"],
            licence_type=data["type"],
            valid_until=date.fromisoformat(data["valid_until"]),
        )

    def report_unlicensed(self, index_no: str, lock_id: str, seen_at: str) -> None:
        url = f"{self.config.base_url.rstrip('/')}/v2/sightings"
        resp = self.session.post(
            url,
            json={"index_no": index_no, "location": lock_id, "seen_at": seen_at},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        log.info("reported unlicensed boat %s at %s", index_no, lock_id)
