"""Live scoreboard feed for the clubhouse display screens.

During tournaments the scoring server pushes running totals to the display
screens over a small TLS socket service. Screens connect, identify the
tournament they show and receive newline-delimited JSON updates.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
from typing import Dict, Set

log = logging.getLogger("scoreboard_feed")


def server_tls_context(cert_file: str, key_file: str, client_ca: str) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=client_ca)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_cert_chain(cert_file, key_file)
    return context


class ScoreboardFeed:
    def __init__(self) -> None:
        self._subscribers: Dict[str, Set[asyncio.StreamWriter]] = {}

    async def handle_screen(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        line = await reader.readline()
        try:
            tournament = json.loads(line)["tournament"]
        except (ValueError, KeyError):
            writer.close()
            return
        self._subscribers.setdefault(tournament, set()).add(writer)
        log.info("Screen %s subscribed to %s", writer.get_extra_info("peername"), tournament)
        try:
            await reader.read()
        finally:
            self._subscribers[tournament].discard(writer)
            writer.close()

    async def publish(self, tournament: str, totals: dict) -> None:
        message = (json.dumps({"tournament": tournament, "totals": totals}) + "\n").encode()
        for writer in list(self._subscribers.get(tournament, ())):
            try:
                writer.write(message)
                await writer.drain()
            except ConnectionError:
                self._subscribers[tournament].discard(writer)


async def main() -> None:
    feed = ScoreboardFeed()
    context = server_tls_context(
        os.environ["SCOREBOARD_CERT"],
        os.environ["SCOREBOARD_KEY"],
        os.environ["SCOREBOARD_SCREENS_CA"],
    )
    server = await asyncio.start_server(
        feed.handle_screen,
        host=os.environ["SCOREBOARD_BIND_ADDR"],
        port=int(os.environ.get("SCOREBOARD_PORT", "9443")),
        ssl=context,
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
