"""Registry of ticket-scanning handhelds and their API keys.

The registry file is provisioned by the IT team alongside the gateway and
lists each handheld, the gate it belongs to and its key.
"""
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class ScannerDevice:
    device_id: str
    gate: str
    api_key: str
    active: bool = True


class DeviceRegistry:
    def __init__(self, devices: Iterable[ScannerDevice]):
        self._devices = {d.device_id: d for d in devices}

    @classmethod
    def load(cls, path: Path | None = None) -> "DeviceRegistry":
        path = path or Path(os.environ["SCANNER_REGISTRY_FILE"])
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(ScannerDevice(**entry) for entry in raw["devices"])

    def gates(self) -> set[str]:
        return {d.gate for d in self._devices.values() if d.active}

    def _key_for(self, device_id: str) -> str | None:
        device = self._devices.get(device_id)
        if device is None or not device.active:
            return None
        return device.api_key

    def authenticate(self, device_id: str, presented_key: str) -> ScannerDevice | None:
        expected = self._key_for(device_id)
        if expected is not None and presented_key == expected:
            return self._devices[device_id]
        return None
