"""Host-to-host link to the card processor's authorisation switch.

Frames are ISO 8583 messages with a 2-byte big-endian length header. The
link is kept open and multiplexed by STAN; responses are matched back to
waiting futures.
"""
from __future__ import annotations

import asyncio
import logging
import ssl
import struct
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkSettings:
    host: str
    port: int
    ca_file: str
    cert_file: str
    key_file: str
    response_timeout: float = 15.0


def build_tls_context(s: LinkSettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=s.ca_file)
    ctx.load_cert_chain(certfile=s.cert_file, keyfile=s.key_file)
    # the processor's HSM front end only negotiates TLS 1.0 on this port
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class AuthorisationLink:
    def __init__(self, settings: LinkSettings) -> None:
        self._s = settings
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._pending: dict[str, asyncio.Future] = {}

    async def connect(self) -> None:
        self._reader, self._writer = await asyncio.open_connection(
            self._s.host, self._s.port, ssl=build_tls_context(self._s), server_hostname=self._s.host
        )
        asyncio.create_task(self._read_loop())
        log.info("authorisation link up to %s:%d", self._s.host, self._s.port)

    async def _read_loop(self) -> None:
        assert self._reader is not None
        while True:
            header = await self._reader.readexactly(2)
            (length,) = struct.unpack(">H", header)
            frame = await self._reader.readexactly(length)
            stan = frame[4:10].decode("ascii")
            fut = self._pending.pop(stan, None)
            if fut and not fut.done():
                fut.set_result(frame)

    async def send(self, stan: str, frame: bytes) -> bytes:
        assert self._writer is not None
        fut = asyncio.get_running_loop().create_future()
        self._pending[stan] = fut
        self._writer.write(struct.pack(">H", len(frame)) + frame)
        await self._writer.drain()
        return await asyncio.wait_for(fut, timeout=self._s.response_timeout)
