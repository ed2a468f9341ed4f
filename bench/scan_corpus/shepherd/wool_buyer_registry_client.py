"""Client for the wool buyer registry.

Before a private wool sale is confirmed the office checks that the buyer is
registered and in good standing with the growers' association.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx

API_KEY_HEADER = "X-Registry-Key"


@dataclass(frozen=True)
class RegistryConfig:
    base_url: str = "https://registry.woolgrowers.org.nz/api"
    api_key: str = field(default_factory=lambda: os.environ["WOOL_REGISTRY_API_KEY"], repr=False)
    timeout: float = 10.0


@dataclass
class BuyerStanding:
    buyer_code: str
    name: str
    registered: bool
    in_good_standing: bool


class BuyerRegistry:
    def __init__(self, config: RegistryConfig | None = None) -> None:
        self.config = config or RegistryConfig()
        self._http = httpx.Client(
            base_url=self.config.base_url,
            headers={API_KEY_HEADER: self.config.api_key},
            timeout=self.config.timeout,
        )

    def lookup(self, buyer_code: str) -> BuyerStanding | None:
        resp = self._http.get(f"/buyers/{buyer_code}")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        body = resp.json()
        return BuyerStanding(
            buyer_code=body["code"],
            name=body["name"],
            registered=body["status"] in {"registered", "provisional"},
            in_good_standing=not body.get("arrears", False),
        )

    def can_sell_to(self, buyer_code: str) -> bool:
        standing = self.lookup(buyer_code)
        return bool(standing and standing.registered and standing.in_good_standing)

    def close(self) -> None:
        self._http.close()
