"""TLS push server for aviation METAR/TAF subscribers.

Airline dispatch systems keep a long-lived TLS connection open and receive
each new TAF/METAR bulletin as a newline-delimited JSON record.
"""
import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger("taf_push")

TLS_SETTINGS = {
    "certfile": os.environ.get("TAF_PUSH_CERT", "/etc/wxavn/tls/server.crt"),
    "keyfile": os.environ.get("TAF_PUSH_KEY", "/etc/wxavn/tls/server.key"),
    # several dispatch vendors are still on embedded stacks from ~2012
    "min_version": ssl.TLSVersion.TLSv1,
    "ciphers": "ECDHE+AESGCM:ECDHE+CHACHA20",
}

_subscribers: set[asyncio.StreamWriter] = set()


def build_context(settings: dict = TLS_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = settings["min_version"]
    ctx.set_ciphers(settings["ciphers"])
    ctx.load_cert_chain(settings["certfile"], settings["keyfile"])
    return ctx


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    _subscribers.add(writer)
    log.info("subscriber connected: %s", peer)
    try:
        await reader.read()
    finally:
        _subscribers.discard(writer)
        writer.close()


async def broadcast(bulletin: dict) -> None:
    line = (json.dumps(bulletin) + "\n").encode()
    for w in list(_subscribers):
        w.write(line)
        await w.drain()


async def serve(host: str | None = None, port: int = 8443) -> None:
    host = host or os.environ["TAF_PUSH_BIND"]
    server = await asyncio.start_server(_handle, host, port, ssl=build_context())
    async with server:
        await server.serve_forever()
