"""TCP client for the relay boards that drive maglocks and lighting cues.

The game-master console calls ``trigger`` when a puzzle is solved so the
next door releases without the GM having to click anything.
"""
import logging
import socket
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class RelayCommand:
    channel: int
    state: bool

    def encode(self) -> bytes:
        word = "ON" if self.state else "OFF"
        return f"SET {self.channel} {word}\r\n".encode("ascii")


class PropRelayClient:
    BOARD_HOST = "10.40.2.17"
    BOARD_PORT = 5025
    TIMEOUT = 2.0

    def __init__(self, room_slug: str):
        self.room_slug = room_slug

    def _send(self, payload: bytes) -> str:
        addr = (self.BOARD_HOST, self.BOARD_PORT)
        with socket.create_connection(addr, timeout=self.TIMEOUT) as sock:
            sock.sendall(payload)
            return sock.recv(64).decode("ascii", "replace").strip()

    def trigger(self, channel: int, on: bool = True) -> bool:
        reply = self._send(RelayCommand(channel, on).encode())
        log.info("room=%s relay=%s reply=%s", self.room_slug, channel, reply)
        return reply == "OK"

    def release_all(self, channels: list[int]) -> None:
        for ch in channels:
            self.trigger(ch, on=False)
