"""Bridge for legacy in-store POS terminals (T300 series and earlier).

The old terminals encrypt the loyalty card swipe payload with a shared key
provisioned at install time. This module decrypts incoming swipe frames
and encrypts the points balance reply sent back to the lane.
"""
import os
import struct

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

TERMINAL_KEY = bytes.fromhex(os.environ["T300_TERMINAL_KEY"])
BLOCK_BITS = 64
IV_LEN = 8


def _cipher(iv: bytes) -> Cipher:
    return Cipher(algorithms.TripleDES(TERMINAL_KEY), modes.CBC(iv))


def decode_swipe(frame: bytes) -> dict:
    iv, body = frame[:IV_LEN], frame[IV_LEN:]
    dec = _cipher(iv).decryptor()
    padded = dec.update(body) + dec.finalize()
    unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
    plain = unpadder.update(padded) + unpadder.finalize()
    card_no = plain[:16].decode("ascii")
    store_id, lane = struct.unpack(">HB", plain[16:19])
    return {"card_number": card_no, "store_id": store_id, "lane": lane}


def encode_balance_reply(balance: int, tier: str) -> bytes:
    iv = os.urandom(IV_LEN)
    payload = struct.pack(">I", balance) + tier.encode()[:8].ljust(8, b" ")
    padder = padding.PKCS7(BLOCK_BITS).padder()
    padded = padder.update(payload) + padder.finalize()
    enc = _cipher(iv).encryptor()
    return iv + enc.update(padded) + enc.finalize()
