"""Receives telemetry from pump station RTUs over mutually authenticated TLS.

Each RTU presents a certificate issued by the OT CA; the common name must
match the station id inside every frame it sends.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger("pump_gateway")

MAX_FRAME = 64 * 1024
REQUIRED_FIELDS = {"station", "ts", "flow_m3h", "discharge_kpa", "motor_amps"}


def server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(os.environ["PUMP_GW_CERT"], os.environ["PUMP_GW_KEY"])
    ctx.load_verify_locations(cafile=os.environ["OT_CLIENT_CA"])
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def station_from_cert(writer: asyncio.StreamWriter) -> str | None:
    cert = writer.get_extra_info("peercert") or {}
    for rdn in cert.get("subject", ()):
        for key, value in rdn:
            if key == "commonName":
                return value
    return None


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, queue: asyncio.Queue) -> None:
    station = station_from_cert(writer)
    if station is None:
        writer.close()
        return
    try:
        while line := await reader.readline():
            try:
                frame = json.loads(line)
            except ValueError:
                continue
            if isinstance(frame, dict) and REQUIRED_FIELDS <= frame.keys() and frame["station"] == station:
                await queue.put(frame)
            else:
                log.warning("frame from %s rejected", station)
    finally:
        writer.close()
        await writer.wait_closed()


async def serve(queue: asyncio.Queue, host: str, port: int) -> None:
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, queue), host, port, ssl=server_context(), limit=MAX_FRAME
    )
    async with server:
        await server.serve_forever()
