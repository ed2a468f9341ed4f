"""Licence files for rented choral scores shown in the rehearsal score viewer.

Publishers lend performance material for a fixed run of concerts. Each licence
is written as an encrypted blob next to the PDF so the viewer app can check the
expiry date offline.
"""
import datetime as dt
import json
import os
from pathlib import Path

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

LICENCE_KEY_ENV = "SCORE_LICENCE_KEY"
LICENCE_SUFFIX = ".lic"


def _licence_key() -> bytes:
    return bytes.fromhex(os.environ[LICENCE_KEY_ENV])


def _new_cipher(key: bytes, iv: bytes):
    return _BF.new(key, _BF.MODE_CBC, iv)


def seal_licence(score_id: str, publisher: str, copies: int, expires: dt.date) -> bytes:
    body = json.dumps(
        {
            "score": score_id,
            "publisher": publisher,
            "copies": copies,
            "expires": expires.isoformat(),
        }
    ).encode()
    iv = get_random_bytes(_BF.block_size)
    cipher = _new_cipher(_licence_key(), iv)
    return iv + cipher.encrypt(pad(body, _BF.block_size))


def open_licence(blob: bytes) -> dict:
    iv, data = blob[: _BF.block_size], blob[_BF.block_size :]
    cipher = _new_cipher(_licence_key(), iv)
    return json.loads(unpad(cipher.decrypt(data), _BF.block_size))


def write_licence(pdf_path: Path, **terms) -> Path:
    target = pdf_path.with_suffix(LICENCE_SUFFIX)
    target.write_bytes(seal_licence(**terms))
    return target


def licence_is_current(pdf_path: Path, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    lic = pdf_path.with_suffix(LICENCE_SUFFIX)
    if not lic.exists():
        return False
    terms = open_licence(lic.read_bytes())
    return dt.date.fromisoformat(terms["expires"]) >= today
