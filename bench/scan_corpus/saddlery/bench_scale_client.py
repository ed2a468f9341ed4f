"""Reads hide weights from the network scale in the leather store."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ScaleSettings:
    host: str
    port: int = 4001
    timeout_s: float = 3.0

    @classmethod
    def from_env(cls) -> "ScaleSettings":
        return cls(
            host=os.environ["LEATHER_SCALE_HOST"],
            port=int(os.environ.get("LEATHER_SCALE_PORT", "4001")),
            timeout_s=float(os.environ.get("LEATHER_SCALE_TIMEOUT", "3.0")),
        )


class ScaleReadError(RuntimeError):
    pass


class LeatherScale:
    """Speaks the scale's simple ASCII protocol: send 'W\\r\\n', read 'ST,+0012.45kg'."""

    def __init__(self, settings: ScaleSettings) -> None:
        self._settings = settings

    def read_kg(self) -> Decimal:
        addr = (self._settings.host, self._settings.port)
        with socket.create_connection(addr, timeout=self._settings.timeout_s) as sock:
            sock.sendall(b"W\r\n")
            reply = sock.recv(64).decode("ascii", errors="replace").strip()
        if not reply.startswith("ST,"):
            raise ScaleReadError(f"scale not stable: {reply!r}")
        return Decimal(reply[3:].rstrip("kg").strip())

    def weigh_hide(self, hide_id: str, area_sqft: Decimal) -> dict:
        kg = self.read_kg()
        return {
            "hide_id": hide_id,
            "weight_kg": str(kg),
            "oz_per_sqft": str((kg * Decimal("35.274") / area_sqft).quantize(Decimal("0.01"))),
        }


def default_scale() -> LeatherScale:
    return LeatherScale(ScaleSettings.from_env())
