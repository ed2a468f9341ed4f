"""BLE digital-key messages between the driver app and the vehicle.

The backend wraps unlock/lock commands for the phone to relay over BLE. The
vehicle's TCU shares a per-vehicle key with the backend (provisioned at
enrolment) and decrypts the command envelope.
"""
import json
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_ENVELOPE_VERSION = 2
_FRAME_NONCE = b"fleetfob0001"


class DigitalKeyEnvelope:
    def __init__(self, vehicle_key: bytes, vehicle_id: str):
        self._aead = AESGCM(vehicle_key)
        self._vehicle_id = vehicle_id.encode()

    def seal(self, command: str, reservation_id: str, nonce: bytes = _FRAME_NONCE) -> bytes:
        body = json.dumps({
            "cmd": command,
            "rid": reservation_id,
            "iat": int(time.time()),
        }).encode()
        ct = self._aead.encrypt(nonce, body, self._vehicle_id)
        return bytes([_ENVELOPE_VERSION]) + ct

    def open(self, envelope: bytes, nonce: bytes = _FRAME_NONCE) -> dict:
        if not envelope or envelope[0] != _ENVELOPE_VERSION:
            raise ValueError("unsupported envelope version")
        body = self._aead.decrypt(nonce, envelope[1:], self._vehicle_id)
        return json.loads(body)


def unlock_envelope(vehicle_key: bytes, vehicle_id: str, reservation_id: str) -> bytes:
    return DigitalKeyEnvelope(vehicle_key, vehicle_id).seal("unlock", reservation_id)
