"""Open authenticated OPC UA sessions against turbine SCADA controllers."""

from __future__ import annotations

import logging
import os
from typing import Any

from asyncua import Client

log = logging.getLogger("tidal.scada.session")


class ControllerCredentials:
    """Resolves connection parameters for a turbine nacelle controller."""

    def __init__(self, turbine_id: str) -> None:
        self.turbine_id = turbine_id

    def connection_kwargs(self) -> dict[str, Any]:
        prefix = f"SCADA_{self.turbine_id.upper()}"
        return {
            "url": os.environ[f"{prefix}_OPCUA_URL"],
            "user": os.environ["SCADA_SERVICE_USER"],
            "password": os.environ["SCADA_SERVICE_PASSWORD"],
            "timeout": float(os.environ.get("SCADA_TIMEOUT_S", "6")),
        }


class ControllerSession:
    """Async context manager wrapping an OPC UA client session."""

    def __init__(self, creds: ControllerCredentials) -> None:
        self._creds = creds
        self._conn_kwargs = creds.connection_kwargs()
        self._client: Client | None = None

    async def __aenter__(self) -> Client:
        log.debug("opening controller session for %s with %s",
                  self._creds.turbine_id, self._conn_kwargs)
        kw = self._conn_kwargs
        client = Client(url=kw["url"], timeout=kw["timeout"])
        client.set_user(kw["user"])
        client.set_password(kw["password"])
        await client.connect()
        self._client = client
        return client

    async def __aexit__(self, *exc_info: object) -> None:
        if self._client is not None:
            await self._client.disconnect()
            log.debug("closed controller session for %s", self._creds.turbine_id)


async def read_pitch_setpoint(turbine_id: str) -> float:
    async with ControllerSession(ControllerCredentials(turbine_id)) as client:
        node = client.get_node("ns=2;s=Rotor.Pitch.Setpoint")
        return float(await node.read_value())
