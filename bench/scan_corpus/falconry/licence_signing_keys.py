"""Signing keys for the centre's bird movement certificates.

When a bird moves to another keeper, we issue a PDF movement certificate with
a detached signature so the receiving keeper and the licensing office can
check it came from us.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPaths:
    private_key: Path
    public_key: Path


def generate_signing_key(paths: KeyPaths, passphrase: bytes,
                         key_size: int = 1024) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    paths.private_key.write_bytes(pem)
    paths.private_key.chmod(0o600)
    paths.public_key.write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return key


def load_signing_key(paths: KeyPaths, passphrase: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(paths.private_key.read_bytes(),
                                              password=passphrase)


def sign_certificate(key: rsa.RSAPrivateKey, pdf_bytes: bytes) -> bytes:
    return key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()),
                    salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def verify_certificate(public_pem: bytes, pdf_bytes: bytes, signature: bytes) -> bool:
    public_key = serialization.load_pem_public_key(public_pem)
    try:
        public_key.verify(
            signature,
            pdf_bytes,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()),
                        salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except InvalidSignature:
        return False
    return True


def issue(paths: KeyPaths, passphrase: bytes, pdf_path: Path) -> Path:
    if not paths.private_key.exists():
        generate_signing_key(paths, passphrase)
    key = load_signing_key(paths, passphrase)
    sig_path = pdf_path.with_suffix(pdf_path.suffix + ".sig")
    sig_path.write_bytes(sign_certificate(key, pdf_path.read_bytes()))
    return sig_path
