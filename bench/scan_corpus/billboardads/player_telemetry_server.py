"""TLS listener for screen player telemetry.

Players keep a long-lived TLS connection open and stream newline-delimited
JSON with panel temperature, brightness and fan speed.  Players present a
client certificate issued by the fleet CA.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
from dataclasses import dataclass

log = logging.getLogger("telemetry")


@dataclass
class TelemetrySettings:
    bind_host: str
    port: int
    cert_file: str
    key_file: str
    client_ca: str

    @classmethod
    def from_env(cls) -> "TelemetrySettings":
        return cls(
            bind_host=os.environ["TELEMETRY_BIND"],
            port=int(os.environ.get("TELEMETRY_PORT", "8883")),
            cert_file=os.environ["TELEMETRY_CERT"],
            key_file=os.environ["TELEMETRY_KEY"],
            client_ca=os.environ["FLEET_CA_BUNDLE"],
        )


def server_context(settings: TelemetrySettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    ctx.load_verify_locations(cafile=settings.client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


async def handle_player(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    cert = writer.get_extra_info("peercert") or {}
    player = dict(x[0] for x in cert.get("subject", ())).get("commonName", "unknown")
    try:
        while line := await reader.readline():
            try:
                sample = json.loads(line)
            except ValueError:
                log.warning("player %s sent malformed telemetry", player)
                continue
            if sample.get("panel_temp_c", 0) > 70:
                log.warning("player %s panel temperature %.1f C", player, sample["panel_temp_c"])
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    settings = TelemetrySettings.from_env()
    server = await asyncio.start_server(
        handle_player, settings.bind_host, settings.port, ssl=server_context(settings)
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
