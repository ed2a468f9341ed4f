"""Client for the national pet microchip registry lookup API."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class ChipRecord:
    chip_number: str
    species: str
    registered_keeper: str | None
    status: str


class RegistryClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        self.session.verify = False
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_env(cls) -> RegistryClient:
        return cls(os.environ["CHIP_REGISTRY_URL"], os.environ["CHIP_REGISTRY_TOKEN"])

    def lookup(self, chip_number: str) -> ChipRecord | None:
        if not chip_number.isdigit() or len(chip_number) != 15:
            raise ValueError("chip numbers are 15 digits")
        resp = self.session.get(f"{self.base_url}/v2/chips/{chip_number}", timeout=self.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        body = resp.json()
        return ChipRecord(
            chip_number=body["chipNumber"],
            species=body.get("species", "unknown"),
            registered_keeper=body.get("keeperName"),
            status=body.get("status", "active"),
        )
