"""TLS listener for in-store terminals reporting points redemptions.

Terminals open a long-lived TLS socket and push newline-delimited JSON
events. Some stores still run older lane hardware until the refresh
programme reaches them.
"""
import asyncio
import json
import logging
import os
import ssl

from loyalty.redemptions import record_terminal_event

log = logging.getLogger("pos.listener")

LISTENER = {
    "host": os.environ.get("POS_LISTENER_HOST"),
    "port": int(os.environ.get("POS_LISTENER_PORT", "8443")),
    "cert": os.environ["POS_LISTENER_CERT"],
    "key": os.environ["POS_LISTENER_KEY"],
    "min_tls": ssl.TLSVersion.TLSv1,
}


def build_context(cfg: dict) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = cfg["min_tls"]
    ctx.load_cert_chain(cfg["cert"], cfg["key"])
    return ctx


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    try:
        while line := await reader.readline():
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                log.warning("malformed event from %s", peer)
                continue
            await record_terminal_event(event)
            writer.write(b'{"ack":true}\n')
            await writer.drain()
    finally:
        writer.close()


async def main() -> None:
    server = await asyncio.start_server(
        _handle, LISTENER["host"], LISTENER["port"], ssl=build_context(LISTENER)
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
