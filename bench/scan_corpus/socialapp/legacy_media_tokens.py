"""Opaque photo URL tokens.

Tokens minted by the v1 media service; old app builds still request photo
URLs in this format, so the gateway keeps decoding them.
"""

import base64
import struct
import time

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

from django.conf import settings

_TOKEN_FMT = ">QQI"  # photo_id, owner_id, issued_at


def _key() -> bytes:
    return settings.MEDIA_TOKEN_KEY  # loaded from the secrets manager at startup


def _cipher(iv: bytes):
    return _BF.new(_key(), _BF.MODE_CBC, iv)


def encode_media_token(photo_id: int, owner_id: int) -> str:
    iv = get_random_bytes(_BF.block_size)
    packed = struct.pack(_TOKEN_FMT, photo_id, owner_id, int(time.time()))
    ct = _cipher(iv).encrypt(pad(packed, _BF.block_size))
    return base64.urlsafe_b64encode(iv + ct).rstrip(b"=").decode()


def decode_media_token(token: str, max_age: int = 7 * 24 * 3600) -> tuple[int, int]:
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    iv, ct = raw[: _BF.block_size], raw[_BF.block_size :]
    photo_id, owner_id, issued_at = struct.unpack(
        _TOKEN_FMT, unpad(_cipher(iv).decrypt(ct), _BF.block_size)
    )
    if time.time() - issued_at > max_age:
        raise ValueError("media token expired")
    return photo_id, owner_id
