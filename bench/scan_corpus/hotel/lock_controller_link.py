"""Persistent link between the PMS and the online door-lock controller.

The controller speaks a length-prefixed JSON protocol over TLS. We keep one
connection per property open and send check-in / check-out / room-move
events; the controller answers each frame with an ack carrying the same id.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import logging
import ssl
import struct
from dataclasses import dataclass

log = logging.getLogger(__name__)

_LEN = struct.Struct(">I")


@dataclass
class ControllerConfig:
    host: str
    port: int
    ca_file: str
    client_cert: str
    client_key: str
    timeout: float = 10.0


def build_tls_context(cfg: ControllerConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_file)
    ctx.load_cert_chain(cfg.client_cert, cfg.client_key)
    # controllers on firmware < 4.2 never got a TLS stack upgrade
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class LockControllerLink:
    def __init__(self, cfg: ControllerConfig):
        self.cfg = cfg
        self._ids = itertools.count(1)
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._lock = asyncio.Lock()

    async def connect(self) -> None:
        self._reader, self._writer = await asyncio.wait_for(
            asyncio.open_connection(self.cfg.host, self.cfg.port, ssl=build_tls_context(self.cfg)),
            timeout=self.cfg.timeout,
        )
        log.info("connected to lock controller %s:%s", self.cfg.host, self.cfg.port)

    async def _send(self, message: dict) -> dict:
        if self._writer is None:
            await self.connect()
        frame = json.dumps(message).encode()
        async with self._lock:
            self._writer.write(_LEN.pack(len(frame)) + frame)
            await self._writer.drain()
            (length,) = _LEN.unpack(await self._reader.readexactly(_LEN.size))
            reply = json.loads(await self._reader.readexactly(length))
        if reply.get("id") != message["id"] or reply.get("status") != "ok":
            raise RuntimeError(f"controller rejected {message['op']}: {reply}")
        return reply

    async def check_in(self, room: str, departure_iso: str, card_serials: list[str]) -> dict:
        return await self._send(
            {"id": next(self._ids), "op": "checkin", "room": room, "until": departure_iso, "cards": card_serials}
        )

    async def check_out(self, room: str) -> dict:
        return await self._send({"id": next(self._ids), "op": "checkout", "room": room})

    async def room_move(self, from_room: str, to_room: str) -> dict:
        return await self._send({"id": next(self._ids), "op": "move", "from": from_room, "to": to_room})

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            await self._writer.wait_closed()
            self._writer = None
