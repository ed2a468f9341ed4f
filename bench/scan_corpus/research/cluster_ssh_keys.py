"""Generate SSH key pairs for users who log in to the cluster through the portal.

New users without an existing key can ask the portal to create one; the
public half is pushed to the directory service and the private half is
offered once as a passphrase-protected download.
"""
from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

PUBLIC_EXPONENT = 65537
KEY_SIZE = 1024
KEY_COMMENT_DOMAIN = "hpc-portal"


@dataclass(frozen=True)
class GeneratedKey:
    username: str
    public_openssh: str
    private_pem: bytes
    fingerprint: str


def _fingerprint(public_key) -> str:
    import base64
    import hashlib

    blob = public_key.public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    ).split()[1]
    digest = hashlib.sha256(base64.b64decode(blob)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def generate_user_key(username: str, passphrase: str) -> GeneratedKey:
    if len(passphrase) < 12:
        raise ValueError("key passphrase must be at least 12 characters")

    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    public_key = private_key.public_key()

    public_openssh = public_key.public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    ).decode("ascii")
    public_openssh = f"{public_openssh} {username}@{KEY_COMMENT_DOMAIN}"

    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.OpenSSH,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    return GeneratedKey(
        username=username,
        public_openssh=public_openssh,
        private_pem=private_pem,
        fingerprint=_fingerprint(public_key),
    )
