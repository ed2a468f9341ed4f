"""Encrypted storage for documents dropped into the secure tip line.

Each document is sealed with AES-GCM under the desk's data key before it
touches disk. The tip id is bound in as associated data so a sealed file
cannot be swapped between tips.
"""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 12
TAG_LEN = 16
STORE_ROOT = Path(os.environ.get("DROPBOX_STORE", "/srv/dropbox/sealed"))


def _key() -> bytes:
    key = bytes.fromhex(os.environ["DROPBOX_DATA_KEY"])
    if len(key) != 32:
        raise RuntimeError("DROPBOX_DATA_KEY must be 32 bytes hex")
    return key


def seal(tip_id: str, payload: bytes) -> bytes:
    nonce = get_random_bytes(NONCE_LEN)
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(tip_id.encode("utf-8"))
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return nonce + tag + ciphertext


def unseal(tip_id: str, blob: bytes) -> bytes:
    nonce, tag, ciphertext = blob[:NONCE_LEN], blob[NONCE_LEN:NONCE_LEN + TAG_LEN], blob[NONCE_LEN + TAG_LEN:]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(tip_id.encode("utf-8"))
    return cipher.decrypt_and_verify(ciphertext, tag)


def store_document(tip_id: str, payload: bytes) -> Path:
    if not tip_id.isalnum():
        raise ValueError("tip ids are alphanumeric")
    folder = STORE_ROOT / tip_id
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"{os.urandom(8).hex()}.sealed"
    path.write_bytes(seal(tip_id, payload))
    return path
