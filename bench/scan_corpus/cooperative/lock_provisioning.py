"""Provisioning of smart locks when a unit changes hands.

On move-in we ask the lock vendor for a fresh device credential, write it
to the hub and revoke whatever the previous occupant had.
"""
import logging

import requests

from coopsys.config import settings
from coopsys.locks.hub import push_credential, revoke_all

log = logging.getLogger(__name__)


class LockProvisioner:
    def __init__(self, base_url: str | None = None, api_token: str | None = None):
        self.base_url = (base_url or settings.LOCK_VENDOR_URL).rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token or settings.LOCK_VENDOR_TOKEN}"

    def _request_credential(self, lock_serial: str, unit_id: int) -> dict:
        resp = self._session.post(
            f"{self.base_url}/v2/locks/{lock_serial}/credentials",
            json={"label": f"unit-{unit_id}", "kind": "resident"},
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        log.debug("vendor credential response for %s: %s", lock_serial, payload)
        return payload

    def provision_move_in(self, lock_serial: str, unit_id: int) -> str:
        revoke_all(lock_serial)
        cred = self._request_credential(lock_serial, unit_id)
        push_credential(lock_serial, cred["id"], cred["device_secret"])
        log.info("lock %s provisioned for unit %s (credential %s)", lock_serial, unit_id, cred["id"])
        return cred["id"]

    def deprovision_move_out(self, lock_serial: str) -> None:
        revoke_all(lock_serial)
        log.info("lock %s cleared on move-out", lock_serial)
