"""Encryption of scanned vet invoices before upload to object storage."""
import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

CRYPTO_SETTINGS = {
    "key_env": "INVOICE_BLOB_KEY",
    "nonce_bytes": 12,
    "tag_bytes": 16,
}


def _key() -> bytes:
    return base64.b64decode(os.environ[CRYPTO_SETTINGS["key_env"]])


def seal(document: bytes, claim_id: str) -> bytes:
    nonce = get_random_bytes(CRYPTO_SETTINGS["nonce_bytes"])
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce, mac_len=CRYPTO_SETTINGS["tag_bytes"])
    header = json.dumps({"v": 1, "claim": claim_id}).encode()
    cipher.update(header)
    ct, tag = cipher.encrypt_and_digest(document)
    return len(header).to_bytes(2, "big") + header + nonce + tag + ct


def open_sealed(blob: bytes) -> tuple[str, bytes]:
    hlen = int.from_bytes(blob[:2], "big")
    header_raw = blob[2 : 2 + hlen]
    rest = blob[2 + hlen :]
    n, t = CRYPTO_SETTINGS["nonce_bytes"], CRYPTO_SETTINGS["tag_bytes"]
    nonce, tag, ct = rest[:n], rest[n : n + t], rest[n + t :]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce, mac_len=t)
    cipher.update(header_raw)
    document = cipher.decrypt_and_verify(ct, tag)
    return json.loads(header_raw)["claim"], document
