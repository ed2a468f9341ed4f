"""Key management and signing for model-run manifests."""
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("MANIFEST_KEY_DIR", "/etc/wxmodel/keys"))
PUBLIC_EXPONENT = 65537
SIGNING_KEY_BITS = 3072
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


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


def _canonical(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()


def sign_manifest(manifest: dict, key_path: Path, passphrase: bytes) -> str:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    return key.sign(_canonical(manifest), PSS, hashes.SHA256()).hex()


def verify_manifest(manifest: dict, signature_hex: str, public_pem: bytes) -> None:
    public_key = serialization.load_pem_public_key(public_pem)
    public_key.verify(bytes.fromhex(signature_hex), _canonical(manifest), PSS, hashes.SHA256())
