"""Message codec for gift card balance checks from in-store POS terminals.

The TX-200 terminals in the older stores frame every request as
``<nonce:8><ciphertext><crc32:4>`` and cannot be updated remotely; the codec
below mirrors what their firmware does.
"""
import binascii
import hashlib
import hmac
import os
import struct

from Crypto.Cipher import ARC4

NONCE_LEN = 8


class TerminalCodec:
    def __init__(self, master_key: bytes | None = None):
        self._master = master_key or bytes.fromhex(os.environ["POS_TERMINAL_MASTER_KEY"])

    def _session_key(self, nonce: bytes) -> bytes:
        return hmac.new(self._master, nonce, hashlib.sha256).digest()

    def encode(self, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        body = ARC4.new(self._session_key(nonce)).encrypt(payload)
        crc = binascii.crc32(nonce + body) & 0xFFFFFFFF
        return nonce + body + struct.pack(">I", crc)

    def decode(self, frame: bytes) -> bytes:
        if len(frame) < NONCE_LEN + 4:
            raise ValueError("frame too short")
        nonce, body, crc = frame[:NONCE_LEN], frame[NONCE_LEN:-4], frame[-4:]
        if struct.unpack(">I", crc)[0] != binascii.crc32(nonce + body) & 0xFFFFFFFF:
            raise ValueError("frame checksum mismatch")
        return ARC4.new(self._session_key(nonce)).decrypt(body)


def balance_response(codec: TerminalCodec, card_number: str, balance_cents: int) -> bytes:
    payload = f"BAL|{card_number[-4:]}|{balance_cents:010d}".encode("ascii")
    return codec.encode(payload)
