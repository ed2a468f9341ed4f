"""Issue SSH key pairs for cluster login from the HPC portal."""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

RSA_BITS = 3072
SUPPORTED_TYPES = ("ed25519", "rsa")


@dataclass(frozen=True)
class KeyPair:
    public_openssh: str
    private_openssh: bytes
    fingerprint: str


def _new_private_key(key_type: str):
    if key_type == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    if key_type == "rsa":
        # some older lab workstations still only speak ssh-rsa
        return rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    raise ValueError(f"unsupported key type {key_type!r}; choose one of {SUPPORTED_TYPES}")


def issue_keypair(username: str, passphrase: str, key_type: str = "ed25519") -> KeyPair:
    private_key = _new_private_key(key_type)
    pub = private_key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    digest = hashlib.sha256(base64.b64decode(pub.split()[1])).digest()
    fingerprint = "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")

    private_bytes = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.OpenSSH,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    return KeyPair(
        public_openssh=f"{pub.decode('ascii')} {username}@hpc-portal",
        private_openssh=private_bytes,
        fingerprint=fingerprint,
    )
