"""TLS listener receiving meter and event telemetry from slot cabinets.

Each cabinet's floor gateway opens a long-lived connection and sends one JSON
document per line (meter snapshots, door open/close, bill validator events).
"""
from __future__ import annotations

import asyncio
import json
import logging
import ssl
from pathlib import Path

log = logging.getLogger("slots.telemetry")

CERT_DIR = Path("/etc/slot-telemetry/tls")


def build_server_context(cert_dir: Path = CERT_DIR) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    # gateways on the older cabinet banks still run the 2016 firmware image
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.load_cert_chain(cert_dir / "server.crt", cert_dir / "server.key")
    ctx.load_verify_locations(cafile=str(cert_dir / "cabinet-ca.pem"))
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def _cabinet_id(writer: asyncio.StreamWriter) -> str:
    cert = writer.get_extra_info("peercert") or {}
    for rdn in cert.get("subject", ()):
        for key, value in rdn:
            if key == "commonName":
                return value
    return "unknown"


async def handle_gateway(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, sink: asyncio.Queue) -> None:
    cabinet = _cabinet_id(writer)
    log.info("cabinet %s connected", cabinet)
    try:
        while line := await reader.readline():
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                log.warning("cabinet %s sent malformed line (%d bytes)", cabinet, len(line))
                continue
            event["cabinet_id"] = cabinet
            await sink.put(event)
    finally:
        writer.close()
        await writer.wait_closed()
        log.info("cabinet %s disconnected", cabinet)


async def serve(host: str, port: int, sink: asyncio.Queue) -> None:
    server = await asyncio.start_server(
        lambda r, w: handle_gateway(r, w, sink), host, port, ssl=build_server_context()
    )
    async with server:
        await server.serve_forever()
