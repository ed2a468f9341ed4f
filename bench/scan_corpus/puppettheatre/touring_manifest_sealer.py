"""Seals touring cargo manifests before they are emailed to freight agents."""
from __future__ import annotations

import json
from typing import Any

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

SEAL_OPTIONS: dict[str, Any] = {
    "module": Blowfish,
    "mode": Blowfish.MODE_CBC,
    "block": Blowfish.block_size,
}


class ManifestSealer:
    """Encrypts the crate list, insurance values and venue addresses of a tour leg."""

    def __init__(self, key: bytes, **overrides: Any) -> None:
        self._opts = {**SEAL_OPTIONS, **overrides}
        self._key = key

    def _new(self, iv: bytes):
        return self._opts["module"].new(self._key, self._opts["mode"], iv)

    def seal(self, manifest: dict[str, Any]) -> bytes:
        iv = get_random_bytes(self._opts["block"])
        payload = json.dumps(manifest, sort_keys=True).encode("utf-8")
        return iv + self._new(iv).encrypt(pad(payload, self._opts["block"]))

    def open(self, sealed: bytes) -> dict[str, Any]:
        block = self._opts["block"]
        iv, body = sealed[:block], sealed[block:]
        return json.loads(unpad(self._new(iv).decrypt(body), block))


def build_manifest(leg: str, crates: list[dict[str, Any]], venue: str) -> dict[str, Any]:
    total = sum(float(crate.get("insured_value", 0)) for crate in crates)
    return {
        "leg": leg,
        "venue": venue,
        "crates": crates,
        "insured_total": round(total, 2),
    }


if __name__ == "__main__":
    sealer = ManifestSealer(key=get_random_bytes(32))
    sealed = sealer.seal(
        build_manifest(
            "north-2024-03",
            [{"id": "C-14", "contents": "marionettes", "insured_value": 18000}],
            "Theatr Bach, Aberystwyth",
        )
    )
    print(len(sealed))
