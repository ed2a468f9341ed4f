"""Encrypt TBM telemetry frames before store-and-forward over the site LTE link.

Frames come off the PLC gateway as fixed 64-byte records (thrust, torque,
chamber pressure, advance rate) and are buffered until the uplink is back.
"""
import os
import struct
from typing import Iterable, Iterator

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FRAME_FORMAT = "<IdddddddB7x"

CIPHER_PROFILE = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "key_env": "TBM_FRAME_KEY",
    "block_bits": 128,
}


def _load_key(profile: dict) -> bytes:
    key = bytes.fromhex(os.environ[profile["key_env"]])
    if len(key) not in (16, 24, 32):
        raise ValueError("telemetry key has the wrong length")
    return key


class FrameEncryptor:
    def __init__(self, profile: dict = CIPHER_PROFILE) -> None:
        self._profile = profile
        self._key = _load_key(profile)

    def _cipher(self) -> Cipher:
        return Cipher(self._profile["algorithm"](self._key), self._profile["mode"]())

    def encrypt(self, frame: bytes) -> bytes:
        padder = padding.PKCS7(self._profile["block_bits"]).padder()
        data = padder.update(frame) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()

    def decrypt(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        data = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self._profile["block_bits"]).unpadder()
        return unpadder.update(data) + unpadder.finalize()


def pack_frames(samples: Iterable[tuple]) -> Iterator[bytes]:
    for sample in samples:
        yield struct.pack(FRAME_FORMAT, *sample)


def buffer_frames(samples: Iterable[tuple], spool_path: str) -> int:
    encryptor = FrameEncryptor()
    count = 0
    with open(spool_path, "ab") as spool:
        for frame in pack_frames(samples):
            blob = encryptor.encrypt(frame)
            spool.write(struct.pack("<H", len(blob)) + blob)
            count += 1
    return count
