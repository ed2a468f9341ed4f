"""TLS listener for the gateway that relays paper machine PLC tags to the historian."""
from __future__ import annotations

import asyncio
import logging
import os
import ssl
from dataclasses import dataclass

log = logging.getLogger("pm.gateway")


@dataclass(frozen=True)
class GatewayTlsProfile:
    cert_file: str
    key_file: str
    client_ca: str
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    require_client_cert: bool = True

    @classmethod
    def from_env(cls) -> "GatewayTlsProfile":
        return cls(
            cert_file=os.environ["GATEWAY_CERT"],
            key_file=os.environ["GATEWAY_KEY"],
            client_ca=os.environ["GATEWAY_CLIENT_CA"],
        )


def build_server_context(profile: GatewayTlsProfile) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = profile.min_version
    ctx.load_cert_chain(profile.cert_file, profile.key_file)
    ctx.load_verify_locations(cafile=profile.client_ca)
    if profile.require_client_cert:
        ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class TagRelay:
    def __init__(self, sink) -> None:
        self._sink = sink

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        try:
            while line := await reader.readline():
                tag, _, value = line.decode("ascii").strip().partition("=")
                await self._sink.write(tag, float(value))
        except (ValueError, UnicodeDecodeError):
            log.warning("malformed tag frame from %s", peer)
        finally:
            writer.close()


async def serve(relay: TagRelay, host: str, port: int = 8883) -> None:
    ctx = build_server_context(GatewayTlsProfile.from_env())
    server = await asyncio.start_server(relay.handle, host, port, ssl=ctx)
    async with server:
        await server.serve_forever()
