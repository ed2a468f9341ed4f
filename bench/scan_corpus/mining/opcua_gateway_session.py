"""OPC UA session management for the flotation circuit gateway.

Wraps asyncua so that the tag poller can open an authenticated, encrypted
session to the gateway and read a fixed set of nodes each scan.
"""
from __future__ import annotations

import logging
from typing import Any

from asyncua import Client

log = logging.getLogger("opcua_gateway")


class GatewaySession:
    def __init__(
        self,
        endpoint: str,
        username: str,
        password: str,
        client_cert: str,
        client_key: str,
        security_policy: str = "Basic256Sha256",
    ) -> None:
        self._params = {
            "endpoint": endpoint,
            "username": username,
            "password": password,
            "security_policy": security_policy,
            "client_cert": client_cert,
            "client_key": client_key,
        }
        self._client: Client | None = None

    async def __aenter__(self) -> "GatewaySession":
        log.debug("opening OPC UA session with %s", self._params)
        client = Client(url=self._params["endpoint"], timeout=10)
        client.set_user(self._params["username"])
        client.set_password(self._params["password"])
        await client.set_security_string(
            f"{self._params['security_policy']},SignAndEncrypt,"
            f"{self._params['client_cert']},{self._params['client_key']}"
        )
        await client.connect()
        self._client = client
        log.info("connected to %s", self._params["endpoint"])
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if self._client is not None:
            await self._client.disconnect()
            self._client = None

    async def read(self, node_ids: list[str]) -> dict[str, Any]:
        if self._client is None:
            raise RuntimeError("session is not open")
        nodes = [self._client.get_node(nid) for nid in node_ids]
        values = await self._client.read_values(nodes)
        return dict(zip(node_ids, values))
