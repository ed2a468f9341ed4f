"""Minimal Source RCON client used by match admins to control game servers.

Implements the Valve RCON wire protocol: little-endian length, id, type,
then a null-terminated body.
"""
import logging
import socket
import struct

log = logging.getLogger("matchops.rcon")

SERVERDATA_AUTH = 3
SERVERDATA_EXECCOMMAND = 2
SERVERDATA_AUTH_RESPONSE = 2


class RconError(Exception):
    pass


class RconClient:
    def __init__(self, host: str, port: int, password: str, timeout: float = 5.0):
        self.host = host
        self.port = port
        self.password = password
        self.timeout = timeout
        self._sock: socket.socket | None = None
        self._next_id = 1

    def _send(self, kind: int, body: str) -> int:
        req_id = self._next_id
        self._next_id += 1
        payload = struct.pack("<ii", req_id, kind) + body.encode("utf-8") + b"\x00\x00"
        self._sock.sendall(struct.pack("<i", len(payload)) + payload)
        return req_id

    def _recv(self) -> tuple[int, int, str]:
        (length,) = struct.unpack("<i", self._sock.recv(4))
        data = b""
        while len(data) < length:
            data += self._sock.recv(length - len(data))
        req_id, kind = struct.unpack("<ii", data[:8])
        return req_id, kind, data[8:-2].decode("utf-8", errors="replace")

    def connect(self) -> None:
        log.debug("opening rcon to %s:%s (password=%s)", self.host, self.port, self.password)
        self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        req_id = self._send(SERVERDATA_AUTH, self.password)
        while True:
            resp_id, kind, _ = self._recv()
            if kind == SERVERDATA_AUTH_RESPONSE:
                break
        if resp_id == -1 or resp_id != req_id:
            raise RconError(f"rcon auth rejected by {self.host}")

    def command(self, cmd: str) -> str:
        if self._sock is None:
            self.connect()
        self._send(SERVERDATA_EXECCOMMAND, cmd)
        _, _, body = self._recv()
        return body

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
