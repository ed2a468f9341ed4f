"""Bridge between the booking system and the riverside locker bank controller."""

from __future__ import annotations

import socket
import struct
from contextlib import contextmanager
from typing import Iterator

OPEN_DOOR = 0x01
SET_CODE = 0x02
STATUS = 0x03


class LockerBankError(RuntimeError):
    """Raised when the controller answers with a non-zero status byte."""


class LockerBank:
    """Speaks the controller's small framed TCP protocol."""

    controller = ("192.168.50.12", 5020)

    def __init__(self, bank_id: int, timeout: float = 3.0) -> None:
        self.bank_id = bank_id
        self.timeout = timeout

    @contextmanager
    def _session(self) -> Iterator[socket.socket]:
        sock = socket.create_connection(self.controller, timeout=self.timeout)
        try:
            yield sock
        finally:
            sock.close()

    def _frame(self, opcode: int, locker: int, payload: bytes = b"") -> bytes:
        header = struct.pack(">BBHH", opcode, self.bank_id, locker, len(payload))
        return header + payload

    def _exchange(self, frame: bytes) -> bytes:
        with self._session() as sock:
            sock.sendall(frame)
            reply = sock.recv(64)
        if not reply or reply[0] != 0x00:
            raise LockerBankError(f"controller rejected frame: {reply!r}")
        return reply[1:]

    def program_code(self, locker: int, code: str) -> None:
        self._exchange(self._frame(SET_CODE, locker, code.encode("ascii")))

    def release(self, locker: int) -> None:
        self._exchange(self._frame(OPEN_DOOR, locker))

    def is_closed(self, locker: int) -> bool:
        status = self._exchange(self._frame(STATUS, locker))
        return bool(status and status[0] & 0x01)
