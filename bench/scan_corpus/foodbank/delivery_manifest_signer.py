"""Sign delivery manifests handed to drivers and partner agencies.

Agencies check the signature on the manifest PDF hash before signing for the
pallets, so a driver cannot alter quantities en route.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa

SIGNING_PROFILES = {
    "manifest": {"key_size": 1024, "hash": hashes.SHA256},
    "receipt": {"key_size": 1024, "hash": hashes.SHA256},
}


@dataclass
class SignedManifest:
    manifest_id: str
    sha256: str
    signature_b64: str


def generate_key(profile: str, out_dir: Path, passphrase: bytes) -> Path:
    opts = SIGNING_PROFILES[profile]
    key = dsa.generate_private_key(key_size=opts["key_size"])
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path = out_dir / f"{profile}_signing.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return path


def load_key(path: Path, passphrase: bytes) -> dsa.DSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def sign_manifest(key: dsa.DSAPrivateKey, manifest_id: str, pdf: bytes) -> SignedManifest:
    algo = SIGNING_PROFILES["manifest"]["hash"]()
    signature = key.sign(pdf, algo)
    return SignedManifest(
        manifest_id=manifest_id,
        sha256=hashlib.sha256(pdf).hexdigest(),
        signature_b64=base64.b64encode(signature).decode(),
    )


def verify_manifest(public_key: dsa.DSAPublicKey, pdf: bytes, signed: SignedManifest) -> bool:
    try:
        public_key.verify(base64.b64decode(signed.signature_b64), pdf, hashes.SHA256())
    except Exception:
        return False
    return True
