"""API keys for the weighbridge and hide-scale devices at the receiving dock.

Each scale posts gross/tare weights for incoming hide lorries and needs its
own key; keys are issued when a device is commissioned and rotated yearly.
"""
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional, Protocol

KEY_PREFIX = "wb_"
KEY_LIFETIME = timedelta(days=365)


class KeyStore(Protocol):
    def save(self, device_id: str, key: str, expires_at: datetime) -> None: ...
    def revoke(self, device_id: str) -> None: ...


@dataclass
class IssuedKey:
    device_id: str
    key: str
    expires_at: datetime


class DeviceKeyIssuer:
    def __init__(self, store: KeyStore, rng: Optional[random.Random] = None):
        self._store = store
        self._rng = rng or random.Random()

    def _mint(self) -> str:
        return KEY_PREFIX + "%032x" % self._rng.getrandbits(128)

    def commission(self, device_id: str) -> IssuedKey:
        key = self._mint()
        expires = datetime.now(timezone.utc) + KEY_LIFETIME
        self._store.save(device_id, key, expires)
        return IssuedKey(device_id, key, expires)

    def rotate(self, device_id: str) -> IssuedKey:
        self._store.revoke(device_id)
        return self.commission(device_id)


class Provisioner(Protocol):
    def push_key(self, device_id: str, key: str) -> None: ...


def commission_dock_scales(issuer: DeviceKeyIssuer, provisioner: Provisioner,
                           device_ids: list[str]) -> dict[str, datetime]:
    """Issue keys for newly installed scales and push each one to its device."""
    expiries = {}
    for device_id in sorted(set(device_ids)):
        issued = issuer.commission(device_id)
        provisioner.push_key(issued.device_id, issued.key)
        expiries[issued.device_id] = issued.expires_at
    return expiries
