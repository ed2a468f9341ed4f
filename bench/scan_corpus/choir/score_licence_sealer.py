"""Sealed usage records for hired orchestral parts, synced to publishers monthly."""
import base64
import datetime as dt
import json
import os

from Crypto.Cipher import ChaCha20_Poly1305 as _Seal
from Crypto.Random import get_random_bytes

SEAL_KEY_ENV = "PARTS_USAGE_KEY"
NONCE_BYTES = 12
HEADER = b"nyc-parts-usage"


def _key() -> bytes:
    key = base64.b64decode(os.environ[SEAL_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError("Usage sealing key must decode to 32 bytes")
    return key


def _new_cipher(key: bytes, nonce: bytes):
    cipher = _Seal.new(key=key, nonce=nonce)
    cipher.update(HEADER)
    return cipher


def seal_usage(publisher: str, hire_ref: str, performances: list[dt.date]) -> str:
    record = {
        "publisher": publisher,
        "hire_ref": hire_ref,
        "performances": [d.isoformat() for d in performances],
        "sealed_at": dt.datetime.now(dt.timezone.utc).isoformat(),
    }
    nonce = get_random_bytes(NONCE_BYTES)
    cipher = _new_cipher(_key(), nonce)
    ciphertext, tag = cipher.encrypt_and_digest(json.dumps(record).encode())
    return base64.b64encode(nonce + tag + ciphertext).decode()


def open_usage(token: str) -> dict:
    raw = base64.b64decode(token)
    nonce, tag, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES : NONCE_BYTES + 16], raw[NONCE_BYTES + 16 :]
    cipher = _new_cipher(_key(), nonce)
    return json.loads(cipher.decrypt_and_verify(ciphertext, tag))


def monthly_batch(records: list[dict]) -> list[str]:
    """Seal every hire that had at least one performance in the month."""
    sealed = []
    for rec in records:
        dates = [dt.date.fromisoformat(d) for d in rec.get("performances", [])]
        if dates:
            sealed.append(seal_usage(rec["publisher"], rec["hire_ref"], dates))
    return sealed
