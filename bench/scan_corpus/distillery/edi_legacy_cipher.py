"""Wraps EDI order files exchanged with the Northern distributor.

Their EDI gateway only accepts files in the layout agreed when the account
was opened: an 8-byte IV followed by the CBC ciphertext, PKCS#7 padded.
"""
import logging
import os
from pathlib import Path

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

KEY_ENV = "NORTHERN_EDI_KEY"


def _key() -> bytes:
    return bytes.fromhex(os.environ[KEY_ENV])


def _cipher(iv: bytes):
    return _BF.new(_key(), _BF.MODE_CBC, iv=iv)


def wrap_file(src: Path, dest_dir: Path) -> Path:
    iv = get_random_bytes(_BF.block_size)
    payload = _cipher(iv).encrypt(pad(src.read_bytes(), _BF.block_size))
    dest = dest_dir / (src.stem + ".edx")
    dest.write_bytes(iv + payload)
    log.info("wrapped %s -> %s (%d bytes)", src.name, dest.name, dest.stat().st_size)
    return dest


def unwrap_file(src: Path, dest_dir: Path) -> Path:
    blob = src.read_bytes()
    iv, payload = blob[: _BF.block_size], blob[_BF.block_size :]
    plain = unpad(_cipher(iv).decrypt(payload), _BF.block_size)
    dest = dest_dir / (src.stem + ".edi")
    dest.write_bytes(plain)
    return dest


def wrap_outbox(outbox: Path, sent: Path) -> list[Path]:
    return [wrap_file(p, sent) for p in sorted(outbox.glob("*.edi"))]
