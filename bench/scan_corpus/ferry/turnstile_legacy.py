"""Adapter for the foot-passenger turnstiles on the gangway.

The turnstile controllers were installed with the terminal refit and take a
fixed-size encrypted card frame: booking reference, sailing id, and a
validity window. This module builds those frames from our boarding data.
"""
import base64
import os
import struct
from datetime import datetime, timedelta, timezone

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

FRAME_VERSION = 2


def _controller_key() -> bytes:
    raw = base64.b64decode(os.environ["TURNSTILE_FRAME_KEY"])
    return _TDES.adjust_key_parity(raw)


def _pack(booking_ref: str, sailing_id: int, valid_from: datetime, valid_to: datetime) -> bytes:
    return struct.pack(
        ">B8sIII",
        FRAME_VERSION,
        booking_ref.encode("ascii")[:8].ljust(8, b" "),
        sailing_id,
        int(valid_from.timestamp()),
        int(valid_to.timestamp()),
    )


def build_frame(booking_ref: str, sailing_id: int, valid_from: datetime, valid_to: datetime) -> bytes:
    """Return iv + ciphertext ready to be written to the controller socket."""
    if valid_to <= valid_from:
        raise ValueError("validity window is empty")
    iv = get_random_bytes(8)
    cipher = _TDES.new(_controller_key(), _TDES.MODE_CBC, iv=iv)
    body = cipher.encrypt(pad(_pack(booking_ref, sailing_id, valid_from, valid_to), 8))
    return iv + body


def frame_for_now(booking_ref: str, sailing_id: int, minutes: int = 90) -> bytes:
    now = datetime.now(timezone.utc)
    return build_frame(booking_ref, sailing_id, now, now + timedelta(minutes=minutes))
