"""TLS listener for telemetry pushed by remote pump station RTUs.

RTUs on the dewatering pipeline open a TLS connection with a client
certificate and push newline-delimited JSON frames. Frames are validated and
placed on an asyncio queue for the historian writer.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger("rtu_listener")

MAX_FRAME = 64 * 1024
REQUIRED_FIELDS = {"station", "ts", "flow_m3h", "discharge_kpa"}


def build_server_context(cert_file: str, key_file: str, client_ca: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_file, key_file)
    ctx.load_verify_locations(cafile=client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    # the older RTUs on the eastern pipeline cannot be upgraded past their current firmware
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def parse_frame(line: bytes) -> dict | None:
    try:
        frame = json.loads(line)
    except ValueError:
        return None
    if not isinstance(frame, dict) or not REQUIRED_FIELDS <= frame.keys():
        return None
    return frame


async def handle_rtu(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, queue: asyncio.Queue) -> None:
    peer = writer.get_extra_info("peercert") or {}
    subject = dict(x[0] for x in peer.get("subject", ()))
    station = subject.get("commonName", "unknown")
    log.info("RTU connected: %s", station)
    try:
        while line := await reader.readline():
            if len(line) > MAX_FRAME:
                log.warning("oversized frame from %s dropped", station)
                continue
            frame = parse_frame(line)
            if frame is None or frame["station"] != station:
                log.warning("rejected frame from %s", station)
                continue
            await queue.put(frame)
    finally:
        writer.close()
        await writer.wait_closed()
        log.info("RTU disconnected: %s", station)


async def serve(queue: asyncio.Queue, host: str, port: int) -> None:
    ctx = build_server_context(
        os.environ["RTU_LISTENER_CERT"],
        os.environ["RTU_LISTENER_KEY"],
        os.environ["RTU_CLIENT_CA"],
    )
    server = await asyncio.start_server(lambda r, w: handle_rtu(r, w, queue), host, port, ssl=ctx, limit=MAX_FRAME)
    async with server:
        await server.serve_forever()
