"""Create PPPoE credentials for new broadband orders and push them to the AAA platform."""
from __future__ import annotations

import logging
import secrets
import string
from dataclasses import dataclass

import requests

log = logging.getLogger("provisioning.pppoe")

_ALPHABET = string.ascii_letters + string.digits


@dataclass
class BroadbandOrder:
    order_id: str
    account_id: str
    circuit_id: str
    realm: str
    profile: str  # e.g. "FTTP-500-100"


def _new_password(length: int = 16) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


class PppoeProvisioner:
    def __init__(self, aaa_base_url: str, api_token: str, timeout: float = 10.0):
        self._base = aaa_base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_token}"})

    def _username_for(self, order: BroadbandOrder) -> str:
        return f"{order.account_id.lower()}@{order.realm}"

    def provision(self, order: BroadbandOrder) -> dict:
        username = self._username_for(order)
        payload = {
            "username": username,
            "password": _new_password(),
            "profile": order.profile,
            "attributes": {"NAS-Port-Id": order.circuit_id},
        }
        log.debug("AAA create-subscriber payload for order %s: %s", order.order_id, payload)

        resp = self._session.post(f"{self._base}/v2/subscribers", json=payload, timeout=self._timeout)
        if resp.status_code == 409:
            log.warning("subscriber %s already exists, rotating password", username)
            resp = self._session.put(
                f"{self._base}/v2/subscribers/{username}", json=payload, timeout=self._timeout
            )
        resp.raise_for_status()
        log.info("provisioned PPPoE subscriber %s for order %s", username, order.order_id)
        return {"username": username, "password": payload["password"], "aaa_id": resp.json()["id"]}

    def deprovision(self, order: BroadbandOrder) -> None:
        username = self._username_for(order)
        resp = self._session.delete(f"{self._base}/v2/subscribers/{username}", timeout=self._timeout)
        if resp.status_code not in (204, 404):
            resp.raise_for_status()
        log.info("removed PPPoE subscriber %s", username)
