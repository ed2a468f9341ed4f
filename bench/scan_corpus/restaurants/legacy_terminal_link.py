"""Async link to the card terminals still running the older payment firmware.

Frames are: 2-byte big-endian length, 8-byte IV, ciphertext. The terminal
answers with the same framing. Terminal host/port come from the store profile.
"""
from __future__ import annotations

import asyncio
import json
import logging
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 45.0


@dataclass
class TerminalProfile:
    store_id: str
    lane: int
    host: str
    port: int
    session_key: bytes


class TerminalLink:
    def __init__(self, profile: TerminalProfile):
        self._profile = profile
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def connect(self) -> None:
        self._reader, self._writer = await asyncio.open_connection(
            self._profile.host, self._profile.port
        )
        log.info("connected to terminal lane %s at store %s", self._profile.lane, self._profile.store_id)

    def _encode(self, message: dict) -> bytes:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._profile.session_key, DES3.MODE_CBC, iv=iv)
        body = iv + cipher.encrypt(pad(json.dumps(message).encode(), 8))
        return struct.pack(">H", len(body)) + body

    def _decode(self, body: bytes) -> dict:
        iv, ciphertext = body[:8], body[8:]
        cipher = DES3.new(self._profile.session_key, DES3.MODE_CBC, iv=iv)
        return json.loads(unpad(cipher.decrypt(ciphertext), 8))

    async def request_payment(self, order_id: str, amount_cents: int, currency: str = "USD") -> dict:
        assert self._reader and self._writer, "call connect() first"
        self._writer.write(self._encode({"cmd": "SALE", "ref": order_id, "amount": amount_cents, "cur": currency}))
        await self._writer.drain()
        header = await asyncio.wait_for(self._reader.readexactly(2), READ_TIMEOUT_S)
        (length,) = struct.unpack(">H", header)
        reply = self._decode(await asyncio.wait_for(self._reader.readexactly(length), READ_TIMEOUT_S))
        log.info("terminal replied %s for order %s", reply.get("status"), order_id)
        return reply

    async def close(self) -> None:
        if self._writer:
            self._writer.close()
            await self._writer.wait_closed()
