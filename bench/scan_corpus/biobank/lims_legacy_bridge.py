"""Bridge to the legacy LIMS export share.

The old LIMS drops nightly CSV extracts onto a share encrypted with a key we
agreed with the vendor; this module decrypts incoming extracts and encrypts
the acknowledgement files we send back.
"""
import os
from pathlib import Path

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

BLOCK = _BF.block_size


def _key() -> bytes:
    return bytes.fromhex(os.environ["LIMS_SHARE_KEY_HEX"])


def decrypt_extract(path: Path) -> bytes:
    blob = path.read_bytes()
    iv, body = blob[:BLOCK], blob[BLOCK:]
    cipher = _BF.new(_key(), _BF.MODE_CBC, iv)
    return unpad(cipher.decrypt(body), BLOCK)


def encrypt_ack(payload: bytes, out_path: Path) -> None:
    iv = get_random_bytes(BLOCK)
    cipher = _BF.new(_key(), _BF.MODE_CBC, iv)
    out_path.write_bytes(iv + cipher.encrypt(pad(payload, BLOCK)))


def process_inbox(inbox: Path, handler) -> int:
    count = 0
    for extract in sorted(inbox.glob("*.csv.enc")):
        handler(extract.stem, decrypt_extract(extract))
        encrypt_ack(b"OK " + extract.name.encode(), extract.with_suffix(".ack"))
        count += 1
    return count
