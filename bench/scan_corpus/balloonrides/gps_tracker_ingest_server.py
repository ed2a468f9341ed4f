"""TLS listener that receives position fixes from chase-vehicle GPS trackers."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
from typing import Callable, Dict

log = logging.getLogger("chase.ingest")


class TrackerTlsProfile:
    cert_file = os.environ.get("TRACKER_CERT", "/etc/balloonops/tls/tracker.crt")
    key_file = os.environ.get("TRACKER_KEY", "/etc/balloonops/tls/tracker.key")
    protocol_floor = ssl.TLSVersion.TLSv1
    ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20:ECDHE+AES"

    @staticmethod
    def build(profile: "TrackerTlsProfile") -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = profile.protocol_floor
        ctx.set_ciphers(profile.ciphers)
        ctx.load_cert_chain(profile.cert_file, profile.key_file)
        return ctx


class TrackerIngestServer:
    """Accepts newline-delimited JSON fixes and forwards them to the ops board."""

    def __init__(self, on_fix: Callable[[Dict], None], port: int = 7443) -> None:
        self.on_fix = on_fix
        self.port = port
        self.profile = TrackerTlsProfile()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        try:
            while line := await reader.readline():
                try:
                    fix = json.loads(line)
                except json.JSONDecodeError:
                    log.warning("malformed fix from %s", peer)
                    continue
                self.on_fix(fix)
                writer.write(b"ACK\n")
                await writer.drain()
        finally:
            writer.close()

    async def serve(self) -> None:
        ctx = TrackerTlsProfile.build(self.profile)
        server = await asyncio.start_server(self._handle, "0.0.0.0", self.port, ssl=ctx)
        async with server:
            await server.serve_forever()
