"""PPPoE account lifecycle against the AAA platform REST API."""
from __future__ import annotations

import logging
import secrets
import string
from dataclasses import dataclass

import requests

log = logging.getLogger("provisioning.pppoe")

_ALPHABET = string.ascii_letters + string.digits
_SENSITIVE_KEYS = {"password", "secret", "token"}


def redact(payload: dict) -> dict:
    """Copy of ``payload`` with credential fields masked, for log lines."""
    return {k: ("***" if k in _SENSITIVE_KEYS else v) for k, v in payload.items()}


@dataclass
class BroadbandOrder:
    order_id: str
    account_id: str
    circuit_id: str
    realm: str
    profile: str


class PppoeAccounts:
    def __init__(self, aaa_base_url: str, session: requests.Session, timeout: float = 10.0):
        self._base = aaa_base_url.rstrip("/")
        self._session = session
        self._timeout = timeout

    def create(self, order: BroadbandOrder) -> dict:
        username = f"{order.account_id.lower()}@{order.realm}"
        password = "".join(secrets.choice(_ALPHABET) for _ in range(16))
        payload = {
            "username": username,
            "password": password,
            "profile": order.profile,
            "attributes": {"NAS-Port-Id": order.circuit_id},
        }
        log.debug("AAA create-subscriber payload for order %s: %s", order.order_id, redact(payload))
        resp = self._session.post(f"{self._base}/v2/subscribers", json=payload, timeout=self._timeout)
        resp.raise_for_status()
        log.info("provisioned PPPoE subscriber %s for order %s", username, order.order_id)
        return {"username": username, "password": password, "aaa_id": resp.json()["id"]}
