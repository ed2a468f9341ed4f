"""Mutual-TLS connection to the signalling interface gateway (SIG).

The SIG streams interlocking state changes as newline-delimited JSON over a
raw TLS socket; both sides authenticate with certificates from the signalling
PKI.
"""
import asyncio
import json
import ssl
from dataclasses import dataclass
from typing import AsyncIterator


@dataclass
class SigEndpoint:
    host: str
    port: int
    ca_file: str
    client_cert: str
    client_key: str


def client_context(ep: SigEndpoint) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_verify_locations(cafile=ep.ca_file)
    ctx.load_cert_chain(certfile=ep.client_cert, keyfile=ep.client_key)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


async def interlocking_events(ep: SigEndpoint) -> AsyncIterator[dict]:
    reader, writer = await asyncio.open_connection(
        ep.host, ep.port, ssl=client_context(ep), server_hostname=ep.host
    )
    try:
        writer.write(b'{"op":"subscribe","streams":["route_set","track_circuit"]}\n')
        await writer.drain()
        while line := await reader.readline():
            yield json.loads(line)
    finally:
        writer.close()
        await writer.wait_closed()
