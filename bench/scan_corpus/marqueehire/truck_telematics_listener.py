"""TLS listener for position reports from the delivery trucks.

Each truck's tracker opens a TLS connection to the depot server and sends one
JSON line per position fix. The planners' board shows where every load of
marquee frames and flooring is on the road.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
from dataclasses import dataclass
from datetime import datetime

log = logging.getLogger("telematics")

LISTEN_HOST = os.environ["TELEMATICS_BIND"]
LISTEN_PORT = int(os.environ.get("TELEMATICS_PORT", "7443"))


@dataclass
class PositionFix:
    truck_reg: str
    lat: float
    lon: float
    speed_kph: float
    recorded_at: datetime


def build_server_context(cert_file: str, key_file: str, client_ca: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_file, key_file)
    ctx.load_verify_locations(cafile=client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def parse_fix(line: bytes) -> PositionFix:
    data = json.loads(line)
    return PositionFix(
        truck_reg=str(data["reg"]).upper(),
        lat=float(data["lat"]),
        lon=float(data["lon"]),
        speed_kph=float(data.get("speed", 0.0)),
        recorded_at=datetime.fromisoformat(data["ts"]),
    )


class TelematicsServer:
    def __init__(self, board, ssl_context: ssl.SSLContext) -> None:
        self._board = board
        self._ssl = ssl_context

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        try:
            while line := await reader.readline():
                try:
                    fix = parse_fix(line)
                except (ValueError, KeyError) as exc:
                    log.warning("bad position line from %s: %s", peer, exc)
                    continue
                await self._board.update(fix)
        finally:
            writer.close()
            await writer.wait_closed()

    async def serve(self) -> None:
        server = await asyncio.start_server(self._handle, LISTEN_HOST, LISTEN_PORT, ssl=self._ssl)
        async with server:
            await server.serve_forever()


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    ctx = build_server_context(
        os.environ["TELEMATICS_CERT"], os.environ["TELEMATICS_KEY"], os.environ["TRACKER_CA"]
    )
    from depot.board import PositionBoard

    asyncio.run(TelematicsServer(PositionBoard(), ctx).serve())


if __name__ == "__main__":
    main()
