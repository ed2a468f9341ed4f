"""Encrypt 837/835 claim files before they go to the long-term archive bucket.

Also computes a keyed lookup index on the member ID so the archive can be
searched by member without decrypting every file.
"""
import hashlib
import hmac
import json
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

ARCHIVE_MODE = _AES.MODE_GCM
NONCE_BYTES = 12
TAG_BYTES = 16


def _keys() -> tuple[bytes, bytes]:
    enc_key = bytes.fromhex(os.environ["CLAIMS_ARCHIVE_KEY_HEX"])
    index_key = bytes.fromhex(os.environ["CLAIMS_INDEX_KEY_HEX"])
    return enc_key, index_key


def member_index(member_id: str, index_key: bytes) -> str:
    return hmac.new(index_key, member_id.strip().upper().encode(), hashlib.sha256).hexdigest()


def seal_claim_file(src: Path, dst: Path, member_ids: list[str]) -> dict:
    enc_key, index_key = _keys()
    nonce = get_random_bytes(NONCE_BYTES)
    cipher = _AES.new(enc_key, ARCHIVE_MODE, nonce=nonce, mac_len=TAG_BYTES)
    cipher.update(src.name.encode())
    ciphertext, tag = cipher.encrypt_and_digest(src.read_bytes())
    dst.write_bytes(nonce + tag + ciphertext)
    manifest = {
        "file": dst.name,
        "source_name": src.name,
        "members": sorted({member_index(m, index_key) for m in member_ids}),
    }
    dst.with_suffix(dst.suffix + ".json").write_text(json.dumps(manifest))
    return manifest


def open_claim_file(path: Path, source_name: str) -> bytes:
    enc_key, _ = _keys()
    blob = path.read_bytes()
    nonce, tag, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:NONCE_BYTES + TAG_BYTES], blob[NONCE_BYTES + TAG_BYTES:]
    cipher = _AES.new(enc_key, ARCHIVE_MODE, nonce=nonce, mac_len=TAG_BYTES)
    cipher.update(source_name.encode())
    return cipher.decrypt_and_verify(ciphertext, tag)
