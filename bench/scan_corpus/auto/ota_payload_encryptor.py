"""Encrypts OTA delta payloads before upload to the CDN origin bucket.

Each vehicle line has its own content key held in KMS; the data key is
generated once per build job and used for every artifact the job produces.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class EncryptedArtifact:
    name: str
    sha256: str
    size: int
    nonce_hex: str


@dataclass
class PayloadEncryptor:
    vehicle_line: str
    kms_key_alias: str
    _key: bytes = field(init=False, repr=False)
    _nonce: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        kms = boto3.client("kms")
        resp = kms.generate_data_key(KeyId=self.kms_key_alias, KeySpec="AES_256")
        self._key = resp["Plaintext"]
        self.wrapped_key = resp["CiphertextBlob"]
        self._nonce = os.urandom(16)

    def encrypt_file(self, src: Path, dst_dir: Path) -> EncryptedArtifact:
        data = src.read_bytes()
        encryptor = Cipher(algorithms.AES(self._key), modes.CTR(self._nonce)).encryptor()
        ciphertext = encryptor.update(data) + encryptor.finalize()
        out = dst_dir / f"{src.name}.enc"
        out.write_bytes(ciphertext)
        return EncryptedArtifact(
            name=out.name,
            sha256=hashlib.sha256(ciphertext).hexdigest(),
            size=len(ciphertext),
            nonce_hex=self._nonce.hex(),
        )

    def encrypt_build(self, build_dir: Path, dst_dir: Path) -> Path:
        dst_dir.mkdir(parents=True, exist_ok=True)
        artifacts = [
            self.encrypt_file(p, dst_dir)
            for p in sorted(build_dir.glob("*.bin"))
        ]
        manifest = {
            "vehicle_line": self.vehicle_line,
            "wrapped_key": self.wrapped_key.hex(),
            "artifacts": [a.__dict__ for a in artifacts],
        }
        manifest_path = dst_dir / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=2))
        return manifest_path
