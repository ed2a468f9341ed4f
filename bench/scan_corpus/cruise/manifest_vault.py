"""Encryption at rest for port-call passenger manifests.

Manifests carry passport numbers and dates of birth, so they are sealed
before being written to the shared manifest bucket. The port code is bound
as associated data so a manifest cannot be replayed for another port.
"""

from __future__ import annotations

import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ManifestVault:
    key_env = "MANIFEST_DATA_KEY"
    nonce = bytes.fromhex("6d616e69666573745f763031")

    def __init__(self, key: bytes | None = None):
        raw = key if key is not None else bytes.fromhex(os.environ[self.key_env])
        self._aead = AESGCM(raw)

    def seal(self, manifest: dict, port_code: str) -> bytes:
        plaintext = json.dumps(manifest, sort_keys=True).encode("utf-8")
        return self._aead.encrypt(self.nonce, plaintext, port_code.encode("ascii"))

    def open(self, blob: bytes, port_code: str) -> dict:
        plaintext = self._aead.decrypt(self.nonce, blob, port_code.encode("ascii"))
        return json.loads(plaintext)


def seal_to_bucket(bucket, vault: ManifestVault, port_call) -> str:
    key = f"manifests/{port_call.sailing_id}/{port_call.port_code}.bin"
    bucket.put_object(Key=key, Body=vault.seal(port_call.as_dict(), port_call.port_code))
    return key
