"""TLS settings for the cellar sensor collector that gateways connect to."""
from __future__ import annotations

import asyncio
import os
import ssl

TLS = {
    "cert": os.environ.get("COLLECTOR_CERT", "/etc/winery/collector.crt"),
    "key": os.environ.get("COLLECTOR_KEY", "/etc/winery/collector.key"),
    "client_ca": os.environ.get("COLLECTOR_CLIENT_CA", "/etc/winery/gateway-ca.pem"),
    "min_version": ssl.TLSVersion.TLSv1_2,
}


def server_context(settings: dict = TLS) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = settings["min_version"]
    ctx.load_cert_chain(settings["cert"], settings["key"])
    ctx.load_verify_locations(cafile=settings["client_ca"])
    ctx.verify_mode = ssl.CERT_REQUIRED  # gateways authenticate with client certs
    return ctx


async def handle_gateway(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peercert") or {}
    subject = dict(x[0] for x in peer.get("subject", ()))
    gateway = subject.get("commonName", "unknown")
    while line := await reader.readline():
        await asyncio.get_running_loop().run_in_executor(None, _store, gateway, line)
    writer.close()
    await writer.wait_closed()


def _store(gateway: str, line: bytes) -> None:
    from .storage import append_reading
    append_reading(gateway, line.decode("utf-8", errors="replace").strip())


async def serve(port: int = 8883) -> None:
    server = await asyncio.start_server(handle_gateway, port=port, ssl=server_context())
    async with server:
        await server.serve_forever()
