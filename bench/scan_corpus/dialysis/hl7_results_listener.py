"""MLLP-over-TLS listener receiving HL7 v2 ORU result messages.

The hospital lab's interface engine pushes ORU^R01 messages for
dialysis patients to each regional hub. Messages are acknowledged and
queued for the results importer.
"""
from __future__ import annotations

import asyncio
import logging
import ssl
from dataclasses import dataclass

log = logging.getLogger("hl7.listener")

START, END = b"\x0b", b"\x1c\x0d"


@dataclass(frozen=True)
class ListenerTlsSettings:
    cert_file: str
    key_file: str
    client_ca_file: str
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


def build_server_context(tls: ListenerTlsSettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = tls.min_version
    ctx.load_cert_chain(tls.cert_file, tls.key_file)
    ctx.load_verify_locations(cafile=tls.client_ca_file)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def _ack(message: bytes) -> bytes:
    msh = message.split(b"\r", 1)[0].split(b"|")
    control_id = msh[9] if len(msh) > 9 else b""
    return START + b"MSH|^~\\&|DIALYSIS|HUB|||||ACK|" + control_id + b"|P|2.5\rMSA|AA|" + control_id + END


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, queue: asyncio.Queue) -> None:
    peer = writer.get_extra_info("peername")
    try:
        while True:
            await reader.readuntil(START)
            body = await reader.readuntil(END)
            message = body[: -len(END)]
            await queue.put(message)
            writer.write(_ack(message))
            await writer.drain()
    except asyncio.IncompleteReadError:
        log.info("peer %s closed connection", peer)
    finally:
        writer.close()


async def serve(tls: ListenerTlsSettings, host: str, port: int, queue: asyncio.Queue) -> None:
    server = await asyncio.start_server(
        lambda r, w: _handle(r, w, queue), host, port, ssl=build_server_context(tls)
    )
    async with server:
        await server.serve_forever()
