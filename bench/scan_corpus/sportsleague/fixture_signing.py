"""Signing of published fixture lists.

Clubs' printed programmes and the live score widget fetch the signed fixture
JSON from the CDN and check the signature against the league public key.
"""
import json
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYGEN_PARAMS = {
    "public_exponent": 65537,
    # matches the key length the printed-programme verifier was built for
    "key_size": 1024,
}


def generate_league_key(out_dir: Path, passphrase: bytes) -> Path:
    private_key = rsa.generate_private_key(**KEYGEN_PARAMS)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path = out_dir / "fixtures_signing_key.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    pub = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    (out_dir / "fixtures_signing_key.pub").write_bytes(pub)
    return path


def sign_fixture_list(fixtures: list[dict], key_path: Path, passphrase: bytes) -> dict:
    private_key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    body = json.dumps(fixtures, sort_keys=True, separators=(",", ":")).encode()
    signature = private_key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"fixtures": fixtures, "signature": signature.hex()}
