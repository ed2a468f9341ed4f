"""Opens OPC UA sessions to the paper machine DCS for the quality control system."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from asyncua import Client

logger = logging.getLogger("qcs.opcua")


@dataclass
class DcsCredentials:
    endpoint: str
    username: str
    password: str

    @classmethod
    def from_env(cls, prefix: str = "DCS") -> "DcsCredentials":
        return cls(
            endpoint=os.environ[f"{prefix}_ENDPOINT"],
            username=os.environ[f"{prefix}_USER"],
            password=os.environ[f"{prefix}_PASSWORD"],
        )


class DcsSessionManager:
    def __init__(self, creds: DcsCredentials, machine: str) -> None:
        self._creds = creds
        self._machine = machine
        self._client: Client | None = None
        self._session_info: dict[str, str] = {}

    def _remember(self) -> None:
        self._session_info = {
            "machine": self._machine,
            "endpoint": self._creds.endpoint,
            "user": self._creds.username,
            "secret": self._creds.password,
        }

    def _describe(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self._session_info.items())

    async def connect(self) -> Client:
        client = Client(url=self._creds.endpoint, timeout=8)
        client.set_user(self._creds.username)
        client.set_password(self._creds.password)
        self._remember()
        await client.connect()
        logger.info("DCS session opened: %s", self._describe())
        self._client = client
        return client

    async def read_speed(self, node_id: str) -> float:
        client = self._client or await self.connect()
        return float(await client.get_node(node_id).read_value())

    async def close(self) -> None:
        if self._client is not None:
            await self._client.disconnect()
            logger.info("DCS session closed for %s", self._machine)
