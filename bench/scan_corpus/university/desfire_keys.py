"""Per-card key derivation for the DESFire EV2 campus cards.

The encoding station never stores card keys: each card's application key
is derived from the site master key and the card UID with AES-128 CMAC,
so a key lifted from one lost card is useless on any other.
"""
import binascii

from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.cmac import CMAC

CAMPUS_AID = bytes.fromhex("F0A1C3")
SYSTEM_ID = b"CAMPUSCARD"
DIV_CONSTANT = b"\x01"


def _cmac(key: bytes, data: bytes) -> bytes:
    c = CMAC(algorithms.AES(key))
    c.update(data)
    return c.finalize()


def diversify(master_key: bytes, uid: bytes, aid: bytes = CAMPUS_AID) -> bytes:
    if len(master_key) != 16:
        raise ValueError("DESFire application keys are AES-128")
    if len(uid) != 7:
        raise ValueError("expected a 7-byte UID, got %d bytes" % len(uid))
    message = DIV_CONSTANT + uid + aid[::-1] + SYSTEM_ID
    return _cmac(master_key, message)


def diversify_hex(master_key: bytes, uid_hex: str) -> bytes:
    return diversify(master_key, binascii.unhexlify(uid_hex.replace(":", "")))


class EncodingStation:
    """Wraps the reader driver used at the card office."""

    def __init__(self, reader, master_key_provider):
        self._reader = reader
        self._master = master_key_provider

    def personalise(self, holder_number: int) -> str:
        uid = self._reader.select_card()
        key = diversify(self._master(), uid)
        self._reader.select_application(CAMPUS_AID)
        self._reader.change_key(key_no=1, new_key=key)
        self._reader.write_file(file_no=2, data=holder_number.to_bytes(4, "big"))
        return uid.hex()
