"""Message codec for the in-store stock-check kiosks.

Frames are ``<nonce:12><ciphertext><tag:16>``; the kiosk id is bound in as
associated data so a frame can't be replayed from another store.
"""
import os

from Crypto.Cipher import ChaCha20_Poly1305

NONCE_LEN = 12
TAG_LEN = 16


class KioskCodec:
    def __init__(self, kiosk_id: str, key: bytes | None = None):
        self.kiosk_id = kiosk_id.encode("ascii")
        self._key = key or bytes.fromhex(os.environ["KIOSK_LINK_KEY"])
        if len(self._key) != 32:
            raise ValueError("kiosk link key must be 256 bits")

    def encode(self, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        cipher = ChaCha20_Poly1305.new(key=self._key, nonce=nonce)
        cipher.update(self.kiosk_id)
        body, tag = cipher.encrypt_and_digest(payload)
        return nonce + body + tag

    def decode(self, frame: bytes) -> bytes:
        if len(frame) < NONCE_LEN + TAG_LEN:
            raise ValueError("frame too short")
        nonce, body, tag = frame[:NONCE_LEN], frame[NONCE_LEN:-TAG_LEN], frame[-TAG_LEN:]
        cipher = ChaCha20_Poly1305.new(key=self._key, nonce=nonce)
        cipher.update(self.kiosk_id)
        return cipher.decrypt_and_verify(body, tag)


def stock_response(codec: KioskCodec, sku: str, sizes: dict[str, int]) -> bytes:
    levels = ",".join(f"{size}:{qty}" for size, qty in sorted(sizes.items()))
    return codec.encode(f"STK|{sku}|{levels}".encode("ascii"))
