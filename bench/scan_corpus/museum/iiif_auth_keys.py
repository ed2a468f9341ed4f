"""Access-token signing keys for the IIIF Authorization Flow service.

The auth service issues short-lived access tokens that the image server checks
before serving restricted tiles. This module creates and publishes the keys.
"""
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

RSA_KEY_BITS = 3072
PUBLIC_EXPONENT = 65537


def create_keypair(kid: str, key_dir: Path) -> dict:
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=RSA_KEY_BITS)
    passphrase = os.environ["IIIF_AUTH_KEY_PASSPHRASE"].encode("utf-8")

    key_dir.mkdir(parents=True, exist_ok=True)
    private_path = key_dir / f"{kid}.key.pem"
    private_path.write_bytes(
        private_key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
    )
    private_path.chmod(0o600)

    jwk = json.loads(RSAAlgorithm.to_jwk(private_key.public_key()))
    jwk.update({"kid": kid, "use": "sig", "alg": "RS256"})
    return jwk


def write_jwks(keys: list[dict], path: Path) -> None:
    """Publish the public half of every active key for the image server to fetch."""
    path.write_text(json.dumps({"keys": keys}, indent=2), encoding="utf-8")
