"""QR payload for the shop's loyalty stamp cards.

Each purchase at the counter adds a stamp; the card's QR code carries the
customer number and current stamp count. The payload is encrypted and
tagged so the number is not visible and the count cannot be edited.
"""
import base64
import hashlib
import hmac
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CARD_IV = bytes.fromhex("3a91c4e07b5d2f6810ac9e47d3b25f08")
TAG_LEN = 16
STAMPS_FOR_REWARD = 8


def _keys() -> tuple[bytes, bytes]:
    material = base64.b64decode(os.environ["LOYALTY_CARD_KEYS"])
    if len(material) != 64:
        raise ValueError("LOYALTY_CARD_KEYS must hold 64 bytes")
    return material[:32], material[32:]


def encode_card(customer_no: int, stamps: int) -> str:
    enc_key, mac_key = _keys()
    body = json.dumps({"c": customer_no, "s": stamps}, separators=(",", ":")).encode()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(body) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(CARD_IV)).encryptor()
    ct = encryptor.update(padded) + encryptor.finalize()
    tag = hmac.new(mac_key, ct, hashlib.sha256).digest()[:TAG_LEN]
    return base64.urlsafe_b64encode(ct + tag).decode().rstrip("=")


def decode_card(payload: str) -> dict:
    enc_key, mac_key = _keys()
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    ct, tag = raw[:-TAG_LEN], raw[-TAG_LEN:]
    expected = hmac.new(mac_key, ct, hashlib.sha256).digest()[:TAG_LEN]
    if not hmac.compare_digest(tag, expected):
        raise ValueError("card payload failed integrity check")
    decryptor = Cipher(algorithms.AES(enc_key), modes.CBC(CARD_IV)).decryptor()
    padded = decryptor.update(ct) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return json.loads(unpadder.update(padded) + unpadder.finalize())


def add_stamp(payload: str) -> tuple[str, bool]:
    """Return the new card payload and whether this stamp earns a reward."""
    card = decode_card(payload)
    stamps = card["s"] + 1
    reward = stamps >= STAMPS_FOR_REWARD
    return encode_card(card["c"], 0 if reward else stamps), reward
