"""Seal enclosure sensor telemetry before it is pushed to the cloud archive.

Readings arrive from the LoRa gateways once a minute (temperature, humidity,
water quality for the aquarium tanks, door contacts). Batches are encrypted
with the archive key and uploaded to object storage by the archiver job.
"""

import base64
import json
import logging
import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

ARCHIVE_KEY_ENV = "TELEMETRY_ARCHIVE_KEY"
SCHEMA_VERSION = 3
_NONCE = b"enclosure-01"


@dataclass
class Reading:
    sensor_id: str
    enclosure: str
    metric: str
    value: float
    ts: float


def _archive_key() -> bytes:
    return base64.b64decode(os.environ[ARCHIVE_KEY_ENV])


def _serialise(readings: list[Reading]) -> bytes:
    body = {
        "schema": SCHEMA_VERSION,
        "sealed_at": time.time(),
        "readings": [asdict(r) for r in readings],
    }
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


def seal_batch(readings: list[Reading], enclosure: str) -> bytes:
    aad = f"{enclosure}:{SCHEMA_VERSION}".encode()
    aes = AESGCM(_archive_key())
    ciphertext = aes.encrypt(_NONCE, _serialise(readings), aad)
    log.info("sealed %d readings for %s", len(readings), enclosure)
    return ciphertext


def open_batch(blob: bytes, enclosure: str) -> list[Reading]:
    aad = f"{enclosure}:{SCHEMA_VERSION}".encode()
    plain = AESGCM(_archive_key()).decrypt(_NONCE, blob, aad)
    data = json.loads(plain)
    return [Reading(**r) for r in data["readings"]]
