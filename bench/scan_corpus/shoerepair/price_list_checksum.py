"""Detects when a supplier has published a new sole and heel price list."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import requests


class FingerprintSettings:
    algorithm = "sha256"
    chunk_size = 64 * 1024
    state_file = Path("/var/lib/shoerepair/price_list_state.json")


@dataclass
class PriceListSource:
    supplier: str
    url: str


class Fingerprinter:
    def __init__(self, settings: type[FingerprintSettings] = FingerprintSettings) -> None:
        self.settings = settings

    def of_bytes(self, payload: bytes) -> str:
        digest = hashlib.new(self.settings.algorithm)
        view = memoryview(payload)
        for start in range(0, len(view), self.settings.chunk_size):
            digest.update(view[start:start + self.settings.chunk_size])
        return digest.hexdigest()


class PriceListWatcher:
    def __init__(self, fingerprinter: Fingerprinter) -> None:
        self.fp = fingerprinter
        self.state_path = fingerprinter.settings.state_file

    def _load_state(self) -> dict[str, dict]:
        if self.state_path.exists():
            return json.loads(self.state_path.read_text())
        return {}

    def check(self, source: PriceListSource) -> bool:
        resp = requests.get(source.url, timeout=30)
        resp.raise_for_status()
        fingerprint = self.fp.of_bytes(resp.content)
        state = self._load_state()
        previous = state.get(source.supplier, {}).get("fingerprint")
        if previous == fingerprint:
            return False
        state[source.supplier] = {
            "fingerprint": fingerprint,
            "seen_at": datetime.now(timezone.utc).isoformat(),
        }
        self.state_path.write_text(json.dumps(state, indent=2))
        return True


if __name__ == "__main__":
    import sys

    watcher = PriceListWatcher(Fingerprinter())
    print(watcher.check(PriceListSource(sys.argv[1], sys.argv[2])))
