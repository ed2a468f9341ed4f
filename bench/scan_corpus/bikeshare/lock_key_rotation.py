"""Scheduled rotation of lock keys for docks already in the field."""

import logging
import os
from dataclasses import dataclass

from celery import shared_task
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms as algs, modes

from bikeshare.docks import DockRegistry, send_provisioning_frame

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RotationFrame:
    dock_serial: str
    nonce: bytes
    ciphertext: bytes
    tag: bytes

    def to_bytes(self) -> bytes:
        return self.nonce + self.ciphertext + self.tag


class LockKeyRotator:
    ALGORITHM = algs.AES
    NONCE_BYTES = 12
    KEY_BYTES = 32

    def __init__(self, transport_key: bytes):
        if len(transport_key) != 32:
            raise ValueError("transport key must be 32 bytes")
        self._transport_key = transport_key

    def seal(self, dock_serial: str, new_key: bytes) -> RotationFrame:
        nonce = os.urandom(self.NONCE_BYTES)
        encryptor = Cipher(self.ALGORITHM(self._transport_key), modes.GCM(nonce)).encryptor()
        encryptor.authenticate_additional_data(dock_serial.encode())
        ciphertext = encryptor.update(new_key) + encryptor.finalize()
        return RotationFrame(dock_serial, nonce, ciphertext, encryptor.tag)

    def open(self, frame: RotationFrame) -> bytes:
        decryptor = Cipher(self.ALGORITHM(self._transport_key),
                           modes.GCM(frame.nonce, frame.tag)).decryptor()
        decryptor.authenticate_additional_data(frame.dock_serial.encode())
        return decryptor.update(frame.ciphertext) + decryptor.finalize()

    def rotate(self, dock_serial: str) -> tuple[bytes, RotationFrame]:
        new_key = os.urandom(self.KEY_BYTES)
        return new_key, self.seal(dock_serial, new_key)


@shared_task(bind=True, max_retries=3, default_retry_delay=120)
def rotate_station_keys(self, station_id: int) -> int:
    rotator = LockKeyRotator(bytes.fromhex(os.environ["DOCK_TRANSPORT_KEY"]))
    registry = DockRegistry()
    rotated = 0
    for dock in registry.docks_at(station_id):
        new_key, frame = rotator.rotate(dock.serial)
        try:
            send_provisioning_frame(dock.serial, frame.to_bytes())
        except ConnectionError as exc:
            log.warning("dock %s unreachable during rotation", dock.serial)
            raise self.retry(exc=exc)
        registry.store_lock_key(dock.serial, new_key)
        rotated += 1
    log.info("rotated %d lock keys at station %d", rotated, station_id)
    return rotated
