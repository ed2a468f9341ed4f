"""TLS listener for the HMI push channel on the forming-line gateway.

Operator HMIs on the IS machines open a long-lived TLS connection to the
gateway to receive job changes and alarm acknowledgements.  Newer HMI panels
negotiate TLS 1.3; the older panels on lines 3 and 4 top out at TLS 1.2.
"""
from __future__ import annotations

import asyncio
import logging
import os
import ssl
from dataclasses import dataclass

log = logging.getLogger("glassworks.hmi.push")


@dataclass(frozen=True)
class ListenerSettings:
    cert_file: str = os.environ.get("HMI_PUSH_CERT", "/etc/glassworks/pki/gateway.crt")
    key_file: str = os.environ.get("HMI_PUSH_KEY", "/etc/glassworks/pki/gateway.key")
    client_ca: str = os.environ.get("HMI_PUSH_CLIENT_CA", "/etc/glassworks/pki/hmi-ca.pem")
    bind: str = os.environ.get("HMI_PUSH_BIND", "127.0.0.1")
    port: int = int(os.environ.get("HMI_PUSH_PORT", "8883"))
    oldest_protocol: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


def server_context(settings: ListenerSettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = settings.oldest_protocol
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    ctx.load_verify_locations(cafile=settings.client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peercert") or {}
    subject = dict(x[0] for x in peer.get("subject", ()))
    panel = subject.get("commonName", "unknown")
    log.info("HMI panel %s connected", panel)
    try:
        while line := await reader.readline():
            if line.strip() == b"PING":
                writer.write(b"PONG\n")
                await writer.drain()
    finally:
        writer.close()
        log.info("HMI panel %s disconnected", panel)


async def serve(settings: ListenerSettings | None = None) -> None:
    settings = settings or ListenerSettings()
    server = await asyncio.start_server(
        _handle, settings.bind, settings.port, ssl=server_context(settings)
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(serve())
