"""Signs river trip manifests handed to the coastguard and the outfitter.

The manifest lists every paddler on the water, their craft and their
emergency contact reference. The signature lets the receiving party
confirm the manifest came from the club and was not altered.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_KEY_BITS = 3072
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


@dataclass
class ManifestEntry:
    member_number: str
    name: str
    craft: str
    contact_ref: str


def generate_signing_key(path: Path, passphrase: bytes) -> rsa.RSAPublicKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=SIGNING_KEY_BITS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path.write_bytes(pem)
    path.chmod(0o600)
    return key.public_key()


def load_signing_key(path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def canonical_manifest(trip_id: int, river: str, entries: list[ManifestEntry]) -> bytes:
    body = {"trip_id": trip_id, "river": river, "paddlers": [asdict(e) for e in entries]}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_manifest(key: rsa.RSAPrivateKey, manifest: bytes) -> bytes:
    return key.sign(manifest, PSS, hashes.SHA256())


def verify_manifest(public_key: rsa.RSAPublicKey, manifest: bytes, signature: bytes) -> bool:
    try:
        public_key.verify(signature, manifest, PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True
