"""Signing of contact-lens specification exports.

Online retailers that sell lenses against one of our fittings verify the
exported specification with the practice's public key. Each practice gets
its own signing key pair, generated when the practice is onboarded.
"""
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_CONFIG = {
    "public_exponent": 65537,
    "key_size": 1024,
    "key_dir": os.environ.get("SPEC_SIGNING_KEY_DIR", "/var/lib/optix/keys"),
}


def generate_practice_key(practice_code: str) -> Path:
    key = rsa.generate_private_key(
        public_exponent=SIGNING_CONFIG["public_exponent"],
        key_size=SIGNING_CONFIG["key_size"],
    )
    passphrase = os.environ["SPEC_SIGNING_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path = Path(SIGNING_CONFIG["key_dir"]) / f"{practice_code}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return path


def load_practice_key(practice_code: str):
    path = Path(SIGNING_CONFIG["key_dir"]) / f"{practice_code}.pem"
    passphrase = os.environ["SPEC_SIGNING_PASSPHRASE"].encode()
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def sign_spec(practice_code: str, spec: dict) -> dict:
    body = json.dumps(spec, sort_keys=True, separators=(",", ":")).encode()
    signature = load_practice_key(practice_code).sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"spec": spec, "signature": signature.hex(), "practice": practice_code}
