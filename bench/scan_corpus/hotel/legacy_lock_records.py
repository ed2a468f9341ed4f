"""Stay records for the lock firmware in the older wing.

Rooms 100-240 still run first-generation offline locks whose firmware only
understands the original card profile, so the stay record written to the
card's data file is encrypted with the two-key application key.
"""
import os
import struct
from datetime import datetime

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

APP_ID = bytes.fromhex("F48EA1")
RECORD_FILE_NO = 0x02
_RECORD = struct.Struct(">HIIB")


def _app_key() -> bytes:
    key = bytes.fromhex(os.environ["LEGACY_LOCK_APP_KEY"])
    return _TDES.adjust_key_parity(key)


def build_record(room: int, check_in: datetime, check_out: datetime, sequence: int) -> bytes:
    body = _RECORD.pack(room, int(check_in.timestamp()) // 60, int(check_out.timestamp()) // 60, sequence)
    iv = get_random_bytes(8)
    cipher = _TDES.new(_app_key(), _TDES.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(body, 8))


def read_record(blob: bytes) -> dict:
    iv, ct = blob[:8], blob[8:]
    cipher = _TDES.new(_app_key(), _TDES.MODE_CBC, iv=iv)
    room, cin, cout, seq = _RECORD.unpack(unpad(cipher.decrypt(ct), 8))
    return {
        "room": room,
        "check_in": datetime.fromtimestamp(cin * 60),
        "check_out": datetime.fromtimestamp(cout * 60),
        "sequence": seq,
    }


def write_to_card(reader, room: int, check_in: datetime, check_out: datetime, sequence: int) -> None:
    """Select the lock application and write the stay record file."""
    reader.select_application(APP_ID)
    reader.write_data(RECORD_FILE_NO, 0, build_record(room, check_in, check_out, sequence))
