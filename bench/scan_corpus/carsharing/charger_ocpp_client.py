"""OCPP 1.6J client for the charging hubs where the EV fleet parks overnight.

We connect to each hub's central-system websocket to start/stop sessions and
read meter values. Hubs present certificates from the operator's private CA.
"""
import asyncio
import json
import ssl
import uuid

import websockets

from .config import settings


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.CHARGER_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.CHARGER_CLIENT_CERT, settings.CHARGER_CLIENT_KEY)
    return ctx


class HubConnection:
    def __init__(self, hub_url: str):
        self.hub_url = hub_url
        self._ws = None
        self._pending: dict[str, asyncio.Future] = {}

    async def __aenter__(self):
        self._ws = await websockets.connect(self.hub_url, ssl=_tls_context(), subprotocols=["ocpp1.6"])
        self._reader = asyncio.create_task(self._read_loop())
        return self

    async def __aexit__(self, *exc):
        self._reader.cancel()
        await self._ws.close()

    async def _read_loop(self):
        async for raw in self._ws:
            msg = json.loads(raw)
            if msg[0] == 3 and msg[1] in self._pending:
                self._pending.pop(msg[1]).set_result(msg[2])

    async def call(self, action: str, payload: dict, timeout: float = 30.0) -> dict:
        msg_id = str(uuid.uuid4())
        fut = asyncio.get_running_loop().create_future()
        self._pending[msg_id] = fut
        await self._ws.send(json.dumps([2, msg_id, action, payload]))
        return await asyncio.wait_for(fut, timeout)

    async def remote_start(self, connector_id: int, id_tag: str) -> bool:
        res = await self.call("RemoteStartTransaction", {"connectorId": connector_id, "idTag": id_tag})
        return res.get("status") == "Accepted"
