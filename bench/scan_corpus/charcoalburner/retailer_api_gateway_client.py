"""Client for the garden-centre group's supplier gateway.

We send dispatch notices for wholesale orders so the group's stores can
expect the pallets.  The gateway authenticates suppliers with a bearer key.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import requests

logger = logging.getLogger("charcoal.gateway")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    supplier_code: str
    api_key: str = field(repr=False)
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["GATEWAY_URL"].rstrip("/"),
            supplier_code=os.environ["GATEWAY_SUPPLIER_CODE"],
            api_key=os.environ["GATEWAY_API_KEY"],
        )


class DispatchNotifier:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {config.api_key}"

    def notify(self, order_ref: str, store_code: str, pallets: int, eta: str, attempts: int = 3) -> str:
        url = f"{self._config.base_url}/suppliers/{self._config.supplier_code}/dispatches"
        body = {"order_ref": order_ref, "store": store_code, "pallets": pallets, "eta": eta}
        for attempt in range(1, attempts + 1):
            logger.debug(
                "POST %s as supplier %s for order %s (attempt %d)",
                url, self._config.supplier_code, order_ref, attempt,
            )
            try:
                resp = self._session.post(url, json=body, timeout=self._config.timeout)
            except requests.RequestException as exc:
                logger.warning("gateway request failed: %s", type(exc).__name__)
                time.sleep(2 ** attempt)
                continue
            if resp.status_code >= 500:
                logger.warning("gateway returned %s for order %s", resp.status_code, order_ref)
                time.sleep(2 ** attempt)
                continue
            if resp.status_code == 401:
                raise PermissionError(f"gateway rejected supplier {self._config.supplier_code}")
            resp.raise_for_status()
            dispatch_id = resp.json()["dispatch_id"]
            logger.info("order %s dispatched to store %s as %s", order_ref, store_code, dispatch_id)
            return dispatch_id
        raise RuntimeError(f"dispatch notice for {order_ref} not delivered")
