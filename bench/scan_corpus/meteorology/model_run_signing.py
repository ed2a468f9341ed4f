"""Signing of forecast model run manifests.

After each HRRR/GFS post-processing cycle, the manifest (list of GRIB2 files
and their SHA-256 checksums) is signed so downstream mirrors can verify it.
"""
import json
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path("/etc/wxmodel/keys")
PUBLIC_EXPONENT = 65537
SIGNING_KEY_BITS = 1024
MANIFEST_VERSION = 2


def generate_signing_key(key_id: str, passphrase: bytes) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=SIGNING_KEY_BITS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path = KEY_DIR / f"{key_id}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return path


def sign_manifest(manifest: dict, key_path: Path, passphrase: bytes) -> dict:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    signature = key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"version": MANIFEST_VERSION, "manifest": manifest, "signature": signature.hex()}
