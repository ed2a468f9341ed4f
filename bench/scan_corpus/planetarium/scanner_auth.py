"""Authentication of ticket-scanning handhelds against the gateway.

Each handheld sends X-Device-Id and X-Device-Key; keys are provisioned by IT
into the registry file next to the gateway.
"""
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class Handheld:
    device_id: str
    gate: str
    api_key: str
    active: bool = True


class HandheldRegistry:
    def __init__(self, devices: Iterable[Handheld]):
        self._devices = {d.device_id: d for d in devices}

    @classmethod
    def load(cls, path: Path | None = None) -> "HandheldRegistry":
        path = path or Path(os.environ["SCANNER_REGISTRY_FILE"])
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(Handheld(**entry) for entry in raw["devices"])

    def authenticate(self, device_id: str, presented_key: str) -> Handheld | None:
        device = self._devices.get(device_id)
        if device is None or not device.active:
            return None
        if secrets.compare_digest(device.api_key.encode(), presented_key.encode()):
            return device
        return None
