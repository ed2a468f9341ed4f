"""Encryption of archived telematics frames.

Frames are fixed-size records (position, odometer, battery SoC, door state)
written by the ingest workers into the cold archive bucket. The data key is
fetched per fleet from KMS by ``FleetKeyring``.
"""
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FRAME_FORMAT = "<QddIfB"  # ts_ms, lat, lon, odometer_m, soc, door_flags
FRAME_SIZE = struct.calcsize(FRAME_FORMAT)


@dataclass
class TelematicsFrame:
    ts_ms: int
    lat: float
    lon: float
    odometer_m: int
    soc: float
    door_flags: int

    def pack(self) -> bytes:
        return struct.pack(FRAME_FORMAT, self.ts_ms, self.lat, self.lon,
                           self.odometer_m, self.soc, self.door_flags)

    @classmethod
    def unpack(cls, raw: bytes) -> "TelematicsFrame":
        return cls(*struct.unpack(FRAME_FORMAT, raw[:FRAME_SIZE]))


class FrameCodec:
    def __init__(self, keyring, fleet_id: str):
        self._key = keyring.data_key(fleet_id)

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encrypt(self, frame: TelematicsFrame) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(frame.pack()) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()

    def decrypt(self, blob: bytes) -> TelematicsFrame:
        dec = self._cipher().decryptor()
        data = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return TelematicsFrame.unpack(unpadder.update(data) + unpadder.finalize())
