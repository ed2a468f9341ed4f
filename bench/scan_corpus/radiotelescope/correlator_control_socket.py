"""Line-oriented asyncio control socket used by operators to arm and stop correlator dumps."""
from __future__ import annotations

import asyncio
import logging
import os

log = logging.getLogger("rt.correlator.control")

COMMANDS = {"ARM", "STOP", "STATUS", "SET_INTEGRATION"}


class ControlProtocol(asyncio.Protocol):
    def __init__(self, token: bytes, state: dict) -> None:
        self._token = token
        self._state = state
        self._authenticated = False
        self._buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self._handle(line.strip())

    def _handle(self, line: bytes) -> None:
        if not self._authenticated:
            verb, _, presented = line.partition(b" ")
            if verb != b"AUTH" or presented != self._token:
                self.transport.write(b"ERR auth\n")
                self.transport.close()
                return
            self._authenticated = True
            self.transport.write(b"OK\n")
            return
        command, _, arg = line.decode(errors="replace").partition(" ")
        if command not in COMMANDS:
            self.transport.write(b"ERR unknown\n")
            return
        if command == "SET_INTEGRATION":
            self._state["integration_s"] = float(arg or 1.0)
        elif command in {"ARM", "STOP"}:
            self._state["armed"] = command == "ARM"
        self.transport.write(f"OK {self._state}\n".encode())


async def serve() -> None:
    token = os.environ["RT_CONTROL_TOKEN"].encode()
    state = {"armed": False, "integration_s": 1.0}
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: ControlProtocol(token, state),
                                      os.environ.get("RT_CONTROL_BIND", "127.0.0.1"), 7147)
    log.info("control socket listening")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve())
