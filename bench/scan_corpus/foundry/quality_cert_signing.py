"""Key management for digitally signed quality certificates (EN 10204 3.1).

The signing key is generated once per year by the quality manager and kept
encrypted on the certificate server; the public key is published on the
portal so customers can check certificate PDFs.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

RSA_BITS = 3072
PUBLIC_EXPONENT = 65537


def generate_signing_key(out_dir: Path, year: int) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=RSA_BITS)
    passphrase = os.environ["CERT_SIGNING_KEY_PASSPHRASE"].encode()

    priv_path = out_dir / f"qc-signing-{year}.key"
    priv_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    priv_path.chmod(0o600)

    pub_path = out_dir / f"qc-signing-{year}.pub"
    pub_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return priv_path, pub_path


def sign_certificate(key: rsa.RSAPrivateKey, pdf_bytes: bytes) -> bytes:
    return key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
