"""Client for the bonded-warehouse API where finished barrels wait for distillery pickup."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import httpx


@dataclass(frozen=True)
class WarehouseConnection:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "WarehouseConnection":
        return cls(
            base_url=os.environ["WAREHOUSE_API_URL"],
            ca_bundle=os.environ.get("WAREHOUSE_CA_BUNDLE", "/etc/cooperage/tls/warehouse-ca.pem"),
            client_cert=os.environ["WAREHOUSE_CLIENT_CERT"],
            client_key=os.environ["WAREHOUSE_CLIENT_KEY"],
        )

    def client_kwargs(self) -> Dict[str, Any]:
        return {
            "base_url": self.base_url,
            "verify": self.ca_bundle,
            "cert": (self.client_cert, self.client_key),
            "timeout": self.timeout,
        }


class WarehouseClient:
    def __init__(self, connection: WarehouseConnection) -> None:
        self._http = httpx.Client(**connection.client_kwargs())

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "WarehouseClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def bay_inventory(self, bay: str) -> List[Dict[str, Any]]:
        response = self._http.get(f"/bays/{bay}/barrels")
        response.raise_for_status()
        return response.json()["items"]

    def reserve_pickup(self, order_number: str, serials: List[str]) -> str:
        response = self._http.post("/pickups", json={"order": order_number, "barrels": serials})
        response.raise_for_status()
        return response.json()["pickup_id"]


def ready_count(bay: str) -> int:
    with WarehouseClient(WarehouseConnection.from_env()) as client:
        return sum(1 for item in client.bay_inventory(bay) if item.get("status") == "ready")
