"""Signs e-book download manifests so the reading app can trust them.

A manifest lists the files of a purchase with their SHA-256 digests. The
signature is RSA-PSS over the canonical JSON.
"""
import base64
import hashlib
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072


def new_signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)


def load_signing_key(path: Path) -> rsa.RSAPrivateKey:
    passphrase = os.environ["MANIFEST_KEY_PASSPHRASE"].encode("utf-8")
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(order_ref: str, files: list[Path], key_id: str) -> dict:
    return {
        "order": order_ref,
        "key_id": key_id,
        "files": [{"name": p.name, "sha256": file_digest(p), "size": p.stat().st_size} for p in files],
    }


def sign_manifest(manifest: dict, key: rsa.RSAPrivateKey) -> dict:
    canonical = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode("utf-8")
    signature = key.sign(
        canonical,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"manifest": manifest, "signature": base64.b64encode(signature).decode("ascii")}
