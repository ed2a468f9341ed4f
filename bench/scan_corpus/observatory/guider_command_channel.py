"""Encrypted command channel to the autoguider controller.

Each datagram is ``nonce (12) || ciphertext+tag``. The sequence number is
part of the authenticated data so replays are rejected by the controller.
"""
import os
import socket
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

HEADER = struct.Struct(">4sI")
MAGIC = b"GDR1"
NONCE_LEN = 12


class GuiderChannel:
    def __init__(self, host: str, port: int, key: bytes, timeout: float = 2.0):
        self._aead = AESGCM(key)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.settimeout(timeout)
        self._addr = (host, port)
        self._seq = 0

    def _seal(self, payload: bytes) -> bytes:
        self._seq += 1
        header = HEADER.pack(MAGIC, self._seq)
        nonce = os.urandom(NONCE_LEN)
        return header + nonce + self._aead.encrypt(nonce, payload, header)

    def _open(self, datagram: bytes) -> bytes:
        header = datagram[: HEADER.size]
        magic, seq = HEADER.unpack(header)
        if magic != MAGIC or seq != self._seq:
            raise ValueError("unexpected reply from guider")
        nonce = datagram[HEADER.size : HEADER.size + NONCE_LEN]
        return self._aead.decrypt(nonce, datagram[HEADER.size + NONCE_LEN :], header)

    def send(self, command: str) -> str:
        self._sock.sendto(self._seal(command.encode("ascii")), self._addr)
        reply, _ = self._sock.recvfrom(4096)
        return self._open(reply).decode("ascii")

    def start_guiding(self, exposure_s: float) -> str:
        return self.send(f"GUIDE START {exposure_s:.2f}")

    def stop_guiding(self) -> str:
        return self.send("GUIDE STOP")

    def close(self) -> None:
        self._sock.close()
