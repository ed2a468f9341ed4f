"""Verifies signed firmware bundles before they are flashed to lock-gate PLCs.

Bundles are signed offline by the engineering release process; field laptops
only carry the public half of the release key.
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

RELEASE_PUBLIC_KEY = b"""-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAT8Y47zrV+Bb3arTqCQREw9q/VfMEzwZ2n2FEdnHFkyg=
-----END PUBLIC KEY-----
"""


@dataclass(frozen=True)
class FirmwareManifest:
    controller_model: str
    version: str
    image_name: str


def release_key() -> Ed25519PublicKey:
    key = load_pem_public_key(RELEASE_PUBLIC_KEY)
    if not isinstance(key, Ed25519PublicKey):
        raise TypeError("release key must be Ed25519")
    return key


class FirmwareBundle:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self, member: str) -> bytes:
        with zipfile.ZipFile(self.path) as zf:
            return zf.read(member)

    def manifest(self) -> FirmwareManifest:
        data = json.loads(self._read("manifest.json"))
        return FirmwareManifest(data["model"], data["version"], data["image"])

    def verified_image(self, expected_model: str) -> bytes:
        manifest_bytes = self._read("manifest.json")
        signature = self._read("manifest.sig")
        try:
            release_key().verify(signature, manifest_bytes)
        except InvalidSignature:
            raise ValueError(f"{self.path.name}: manifest signature invalid") from None
        manifest = self.manifest()
        if manifest.controller_model != expected_model:
            raise ValueError(f"bundle is for {manifest.controller_model}, not {expected_model}")
        image = self._read(manifest.image_name)
        image_sig = self._read(manifest.image_name + ".sig")
        try:
            release_key().verify(image_sig, image)
        except InvalidSignature:
            raise ValueError("firmware image signature invalid") from None
        return image
