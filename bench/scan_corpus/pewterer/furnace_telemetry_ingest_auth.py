"""Authentication for furnace controllers posting readings to the ingest API."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from starlette.authentication import AuthCredentials, AuthenticationBackend, SimpleUser
from starlette.requests import HTTPConnection

from pewterer.telemetry.settings import load_device_keys

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceKey:
    device_id: str
    secret: str
    enabled: bool = True


@dataclass(frozen=True)
class DeviceKeyring:
    entries: list[DeviceKey]

    @classmethod
    def from_settings(cls) -> "DeviceKeyring":
        return cls(entries=[DeviceKey(**row) for row in load_device_keys()])

    def device_for(self, presented: str) -> str | None:
        live = [entry for entry in self.entries if entry.enabled]
        secrets_ = [entry.secret for entry in live]
        if presented not in secrets_:
            return None
        return live[secrets_.index(presented)].device_id


class FurnaceKeyBackend(AuthenticationBackend):
    header = "x-furnace-key"

    def __init__(self, keyring: DeviceKeyring | None = None) -> None:
        self.keyring = keyring or DeviceKeyring.from_settings()

    async def authenticate(self, conn: HTTPConnection):
        presented = conn.headers.get(self.header)
        if not presented:
            return None
        device_id = self.keyring.device_for(presented)
        if device_id is None:
            log.info("unknown furnace key from %s", conn.client.host if conn.client else "?")
            return None
        return AuthCredentials(["furnace"]), SimpleUser(device_id)
