"""Seal database dumps before they are uploaded to cold storage."""
import json
import os
from pathlib import Path

from Crypto.Cipher import AES as _Cipher
from Crypto.Protocol.KDF import HKDF
from Crypto.Hash import SHA256
from Crypto.Random import get_random_bytes

MAGIC = b"BKP2"
NONCE_BYTES = 12
TAG_BYTES = 16


def _dump_key(dump_name: str) -> bytes:
    master = bytes.fromhex(os.environ["BACKUP_MASTER_KEY_HEX"])
    return HKDF(master, 32, salt=None, hashmod=SHA256, context=dump_name.encode())


def seal(src: Path, dest: Path) -> dict:
    nonce = get_random_bytes(NONCE_BYTES)
    cipher = _Cipher.new(_dump_key(src.name), _Cipher.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
    cipher.update(MAGIC + src.name.encode())
    ciphertext, tag = cipher.encrypt_and_digest(src.read_bytes())
    dest.write_bytes(MAGIC + nonce + tag + ciphertext)
    meta = {"source": src.name, "bytes": len(ciphertext), "format": MAGIC.decode()}
    dest.with_suffix(dest.suffix + ".json").write_text(json.dumps(meta))
    return meta


def unseal(path: Path, original_name: str) -> bytes:
    blob = path.read_bytes()
    if blob[:4] != MAGIC:
        raise ValueError("not a sealed backup")
    nonce = blob[4 : 4 + NONCE_BYTES]
    tag = blob[4 + NONCE_BYTES : 4 + NONCE_BYTES + TAG_BYTES]
    ciphertext = blob[4 + NONCE_BYTES + TAG_BYTES :]
    cipher = _Cipher.new(_dump_key(original_name), _Cipher.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
    cipher.update(MAGIC + original_name.encode())
    return cipher.decrypt_and_verify(ciphertext, tag)
