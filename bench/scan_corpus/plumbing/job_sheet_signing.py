"""Signing of completed job sheets so customers can verify the PDF we email them."""

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING = {
    "key_path": Path(os.environ.get("JOBSHEET_KEY_PATH", "/var/lib/jobsheets/signing_key.pem")),
    "key_size": 1024,
    "public_exponent": 65537,
}


def _passphrase() -> bytes:
    return os.environ["JOBSHEET_KEY_PASSPHRASE"].encode("utf-8")


def create_signing_key(settings: dict = SIGNING) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=settings["public_exponent"], key_size=settings["key_size"])
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    settings["key_path"].parent.mkdir(parents=True, exist_ok=True)
    settings["key_path"].write_bytes(pem)
    os.chmod(settings["key_path"], 0o600)
    return key


def load_signing_key(settings: dict = SIGNING) -> rsa.RSAPrivateKey:
    data = settings["key_path"].read_bytes()
    return serialization.load_pem_private_key(data, password=_passphrase())


def sign_job_sheet(pdf_bytes: bytes, key: rsa.RSAPrivateKey | None = None) -> bytes:
    key = key or load_signing_key()
    return key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
