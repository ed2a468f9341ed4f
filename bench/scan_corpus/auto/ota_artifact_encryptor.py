"""Encrypts OTA artifacts before upload to the CDN origin bucket.

A fresh KMS data key is generated per build job; every artifact gets its own
random nonce, recorded in the manifest next to the ciphertext digest.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class EncryptedArtifact:
    name: str
    sha256: str
    size: int
    nonce_hex: str


@dataclass
class ArtifactEncryptor:
    vehicle_line: str
    kms_key_alias: str
    _aead: AESGCM = field(init=False, repr=False)

    def __post_init__(self) -> None:
        kms = boto3.client("kms")
        resp = kms.generate_data_key(KeyId=self.kms_key_alias, KeySpec="AES_256")
        self._aead = AESGCM(resp["Plaintext"])
        self.wrapped_key = resp["CiphertextBlob"]

    def encrypt_file(self, src: Path, dst_dir: Path) -> EncryptedArtifact:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, src.read_bytes(), src.name.encode())
        out = dst_dir / f"{src.name}.enc"
        out.write_bytes(ciphertext)
        return EncryptedArtifact(
            name=out.name,
            sha256=hashlib.sha256(ciphertext).hexdigest(),
            size=len(ciphertext),
            nonce_hex=nonce.hex(),
        )

    def encrypt_build(self, build_dir: Path, dst_dir: Path) -> Path:
        dst_dir.mkdir(parents=True, exist_ok=True)
        artifacts = [self.encrypt_file(p, dst_dir) for p in sorted(build_dir.glob("*.bin"))]
        manifest = {
            "vehicle_line": self.vehicle_line,
            "wrapped_key": self.wrapped_key.hex(),
            "artifacts": [a.__dict__ for a in artifacts],
        }
        manifest_path = dst_dir / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=2))
        return manifest_path
