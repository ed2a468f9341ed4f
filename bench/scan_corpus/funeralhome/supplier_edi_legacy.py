"""Encrypted payload wrapper for the casket supplier's EDI gateway.

Purchase orders (850) and ship notices (856) are exchanged as encrypted blobs
over the supplier's HTTPS endpoint. The supplier dictates the envelope format.
"""
import base64
import os

from Crypto.Cipher import DES3 as _Legacy
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

ENVELOPE_VERSION = "2"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["CASKET_EDI_SHARED_KEY"])
    return _Legacy.adjust_key_parity(key)


def wrap_document(x12_text: str, key: bytes | None = None) -> dict:
    key = key or _load_key()
    iv = get_random_bytes(_Legacy.block_size)
    cipher = _Legacy.new(key, _Legacy.MODE_CBC, iv)
    body = cipher.encrypt(pad(x12_text.encode("ascii"), _Legacy.block_size))
    return {
        "version": ENVELOPE_VERSION,
        "iv": base64.b64encode(iv).decode(),
        "payload": base64.b64encode(body).decode(),
    }


def unwrap_document(envelope: dict, key: bytes | None = None) -> str:
    if envelope.get("version") != ENVELOPE_VERSION:
        raise ValueError(f"unsupported envelope version {envelope.get('version')!r}")
    key = key or _load_key()
    iv = base64.b64decode(envelope["iv"])
    cipher = _Legacy.new(key, _Legacy.MODE_CBC, iv)
    raw = cipher.decrypt(base64.b64decode(envelope["payload"]))
    return unpad(raw, _Legacy.block_size).decode("ascii")
