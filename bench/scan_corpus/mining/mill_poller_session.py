"""Connection settings and session helper for the mill OPC UA poller.

Credentials come from the site vault agent, which renders them into the
environment of the poller service at start-up.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, fields
from typing import Any

from asyncua import Client

log = logging.getLogger("mill_poller")

REDACTED_FIELDS = {"password", "client_key"}


@dataclass(frozen=True)
class PollerSettings:
    endpoint: str
    username: str
    password: str
    client_cert: str
    client_key: str
    security_policy: str = "Basic256Sha256"
    scan_ms: int = 1000

    @classmethod
    def from_env(cls) -> "PollerSettings":
        return cls(
            endpoint=os.environ["MILL_OPCUA_ENDPOINT"],
            username=os.environ["MILL_OPCUA_USER"],
            password=os.environ["MILL_OPCUA_PASSWORD"],
            client_cert=os.environ["MILL_OPCUA_CERT"],
            client_key=os.environ["MILL_OPCUA_KEY"],
            scan_ms=int(os.environ.get("MILL_SCAN_MS", "1000")),
        )

    def describe(self) -> dict[str, Any]:
        return {
            f.name: ("***" if f.name in REDACTED_FIELDS else getattr(self, f.name))
            for f in fields(self)
        }


async def open_session(settings: PollerSettings) -> Client:
    log.info("connecting with %s", settings.describe())
    client = Client(url=settings.endpoint, timeout=10)
    client.set_user(settings.username)
    client.set_password(settings.password)
    await client.set_security_string(
        f"{settings.security_policy},SignAndEncrypt,{settings.client_cert},{settings.client_key}"
    )
    await client.connect()
    return client
