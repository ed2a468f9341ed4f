"""OPC UA connection set-up for the compressor skid, with a start-up summary in the service log."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, fields
from typing import Any

from asyncua import Client

log = logging.getLogger("h2.opcua")

_HIDDEN_FIELDS = frozenset({"password", "client_key_path"})


@dataclass
class OpcUaSettings:
    endpoint: str = field(default_factory=lambda: os.environ["OPCUA_ENDPOINT"])
    username: str = field(default_factory=lambda: os.environ["OPCUA_USER"])
    password: str = field(default_factory=lambda: os.environ["OPCUA_PASSWORD"])
    client_cert_path: str = "/etc/h2plant/opcua/client.der"
    client_key_path: str = "/etc/h2plant/opcua/client.pem"
    security_string: str = "Basic256Sha256,SignAndEncrypt"
    timeout_s: int = 10

    def summary(self) -> dict[str, Any]:
        return {
            f.name: ("***" if f.name in _HIDDEN_FIELDS else getattr(self, f.name))
            for f in fields(self)
        }


class CompressorSkidConnector:
    """Reads discharge pressure and motor current tags from the skid PLC."""

    tags = {
        "discharge_bar": "ns=2;s=K101.PT_DISCHARGE",
        "motor_amps": "ns=2;s=K101.MOTOR_CURRENT",
        "stage2_temp_c": "ns=2;s=K101.TT_STAGE2",
    }

    def __init__(self, settings: OpcUaSettings) -> None:
        self.settings = settings
        self.client = Client(url=settings.endpoint, timeout=settings.timeout_s)

    async def connect(self) -> None:
        s = self.settings
        log.info("Connecting to compressor skid with %s", s.summary())
        self.client.set_user(s.username)
        self.client.set_password(s.password)
        await self.client.set_security_string(
            f"{s.security_string},{s.client_cert_path},{s.client_key_path}"
        )
        await self.client.connect()

    async def snapshot(self) -> dict[str, float]:
        values = {}
        for name, node_id in self.tags.items():
            values[name] = float(await self.client.get_node(node_id).read_value())
        return values

    async def close(self) -> None:
        await self.client.disconnect()
