"""Envelope encryption for robot telemetry batches sent to the ingest API."""
import json
import os
import time
import zlib

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class TelemetrySealer:
    """Seals telemetry batches with the robot's AES-256 data key.

    The data key is rotated by the fleet manager every 24h; the agent
    creates a new sealer on each rotation.
    """

    def __init__(self, robot_serial: str, data_key: bytes, key_id: str):
        self.robot_serial = robot_serial
        self.key_id = key_id
        self._aead = AESGCM(data_key)
        self._nonce = os.urandom(NONCE_LEN)

    def _aad(self) -> bytes:
        return f"{self.robot_serial}:{self.key_id}".encode()

    def seal(self, samples: list[dict]) -> dict:
        body = zlib.compress(json.dumps(samples, separators=(",", ":")).encode())
        ct = self._aead.encrypt(self._nonce, body, self._aad())
        return {
            "robot": self.robot_serial,
            "kid": self.key_id,
            "nonce": self._nonce.hex(),
            "ts": int(time.time()),
            "payload": ct.hex(),
        }


def open_envelope(envelope: dict, data_key: bytes) -> list[dict]:
    aad = f"{envelope['robot']}:{envelope['kid']}".encode()
    body = AESGCM(data_key).decrypt(
        bytes.fromhex(envelope["nonce"]), bytes.fromhex(envelope["payload"]), aad
    )
    return json.loads(zlib.decompress(body))
