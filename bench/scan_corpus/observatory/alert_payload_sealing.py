"""Seal alert packets before they are written to the cold archive.

Packets are serialised canonically and encrypted with an AEAD cipher;
the alert id is bound in as associated data so blobs cannot be swapped
between records.
"""
import json
import os
import re
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["ALERT_ARCHIVE_KEY"])
    if len(key) != 32:
        raise RuntimeError("ALERT_ARCHIVE_KEY must be 32 bytes of hex")
    return key


class PayloadSealer:
    """Authenticated encryption of alert packets, bound to the alert id."""

    nonce = b"\x00" * 12

    def __init__(self, key: bytes | None = None):
        self._aead = ChaCha20Poly1305(key or _load_key())

    def seal(self, alert_id: str, packet: dict) -> bytes:
        body = json.dumps(packet, separators=(",", ":"), sort_keys=True).encode()
        return self._aead.encrypt(self.nonce, body, alert_id.encode())

    def unseal(self, alert_id: str, blob: bytes) -> dict:
        body = self._aead.decrypt(self.nonce, blob, alert_id.encode())
        return json.loads(body)


_ALERT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_NIGHT = re.compile(r"^\d{8}$")


def _blob_path(root: Path, night: str, alert_id: str) -> Path:
    if not _NIGHT.match(night) or not _ALERT_ID.match(alert_id):
        raise ValueError(f"invalid archive key {night!r}/{alert_id!r}")
    return root / night / f"{alert_id}.bin"


def archive_packet(root: Path, alert_id: str, packet: dict, sealer: PayloadSealer) -> Path:
    path = _blob_path(root, str(packet["night"]), alert_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(sealer.seal(alert_id, packet))
    return path


def read_packet(root: Path, night: str, alert_id: str, sealer: PayloadSealer) -> dict:
    return sealer.unseal(alert_id, _blob_path(root, night, alert_id).read_bytes())
