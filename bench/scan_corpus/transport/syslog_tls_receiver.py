"""Asyncio syslog-over-TLS receiver (RFC 5425 octet-counted framing).

Messages are parsed into a small dict and handed to the shipper queue, which
batches them into the log store.
"""
import asyncio
import logging
import os
import re
import ssl
from datetime import datetime, timezone

from logship.queue import ShipperQueue

log = logging.getLogger("syslog_tls")

SYSLOG_RE = re.compile(
    r"^<(?P<pri>\d{1,3})>1 (?P<ts>\S+) (?P<host>\S+) (?P<app>\S+) (?P<procid>\S+) (?P<msgid>\S+) (?P<rest>.*)$",
    re.DOTALL,
)
MAX_FRAME = 64 * 1024


def parse(frame: bytes) -> dict | None:
    m = SYSLOG_RE.match(frame.decode("utf-8", "replace"))
    if not m:
        return None
    pri = int(m["pri"])
    return {
        "facility": pri >> 3,
        "severity": pri & 7,
        "timestamp": m["ts"],
        "host": m["host"],
        "app": m["app"],
        "message": m["rest"],
        "received_at": datetime.now(timezone.utc).isoformat(),
    }


async def read_frames(reader: asyncio.StreamReader):
    while True:
        length = await reader.readuntil(b" ")
        size = int(length[:-1])
        if size > MAX_FRAME:
            raise ValueError(f"frame too large: {size}")
        yield await reader.readexactly(size)


def build_server_context(cert: str, key: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    # network appliances in the older DCs only negotiate TLS 1.0
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class Receiver:
    def __init__(self, queue: ShipperQueue):
        self.queue = queue

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        try:
            async for frame in read_frames(reader):
                record = parse(frame)
                if record is not None:
                    await self.queue.put(record)
        except (asyncio.IncompleteReadError, ValueError) as exc:
            log.debug("connection from %s closed: %s", peer, exc)
        finally:
            writer.close()


async def serve() -> None:
    ctx = build_server_context(os.environ["SYSLOG_TLS_CERT"], os.environ["SYSLOG_TLS_KEY"])
    receiver = Receiver(ShipperQueue.from_env())
    server = await asyncio.start_server(
        receiver.handle,
        host=os.environ.get("SYSLOG_BIND", "localhost"),
        port=int(os.environ.get("SYSLOG_PORT", "6514")),
        ssl=ctx,
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(serve())
