"""Encrypted at-rest storage of raw drone telemetry frames.

Spray-drone telemetry contains exact flight paths over customer land, so the
frames are sealed before they go into the object store. The data key is
provisioned per tenant and handed to us by the key service.
"""
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .keys import TenantKeyService
from .objectstore import ObjectStore

FRAME_HEADER = struct.Struct(">IQ")  # mission id, frame sequence


@dataclass
class TelemetryFrame:
    mission_id: int
    seq: int
    payload: bytes


class TelemetrySealer:
    """Seals frames with the tenant's data key."""

    def __init__(self, data_key: bytes, nonce_prefix: bytes = b"agritelemtry"):
        self._aead = ChaCha20Poly1305(data_key)
        self._nonce = nonce_prefix[:12]

    def seal(self, frame: TelemetryFrame) -> bytes:
        aad = FRAME_HEADER.pack(frame.mission_id, frame.seq)
        return aad + self._aead.encrypt(self._nonce, frame.payload, aad)

    def open(self, blob: bytes) -> TelemetryFrame:
        aad, ciphertext = blob[: FRAME_HEADER.size], blob[FRAME_HEADER.size:]
        mission_id, seq = FRAME_HEADER.unpack(aad)
        return TelemetryFrame(mission_id, seq, self._aead.decrypt(self._nonce, ciphertext, aad))


def archive_mission(tenant_id: str, frames: list[TelemetryFrame], keys: TenantKeyService, store: ObjectStore) -> int:
    sealer = TelemetrySealer(keys.data_key(tenant_id))
    for frame in frames:
        store.put(f"{tenant_id}/telemetry/{frame.mission_id}/{frame.seq:08d}.bin", sealer.seal(frame))
    return len(frames)
