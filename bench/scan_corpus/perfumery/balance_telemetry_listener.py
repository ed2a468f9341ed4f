"""Receives weighing telemetry from the lab precision balances over mutual TLS.

Each balance in the compounding room streams one JSON line per weighing, which
is matched against the trial formula the perfumer sent to the lab.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
from dataclasses import dataclass

log = logging.getLogger("lab.telemetry")


@dataclass(frozen=True)
class ListenerConfig:
    host: str
    port: int
    cert_file: str
    key_file: str
    client_ca: str

    @classmethod
    def from_env(cls) -> "ListenerConfig":
        return cls(
            host=os.environ["TELEMETRY_BIND_HOST"],
            port=int(os.environ.get("TELEMETRY_PORT", "8443")),
            cert_file=os.environ["TELEMETRY_CERT"],
            key_file=os.environ["TELEMETRY_KEY"],
            client_ca=os.environ["TELEMETRY_CLIENT_CA"],
        )


def server_context(cfg: ListenerConfig) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    ctx.load_verify_locations(cfg.client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


async def handle_balance(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peercert") or {}
    subject = dict(item[0] for item in peer.get("subject", ()))
    balance_id = subject.get("commonName", "unknown")
    try:
        while line := await reader.readline():
            reading = json.loads(line)
            log.info("balance %s weighed %s g of %s", balance_id, reading["grams"], reading["material"])
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    cfg = ListenerConfig.from_env()
    server = await asyncio.start_server(handle_balance, cfg.host, cfg.port, ssl=server_context(cfg))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
