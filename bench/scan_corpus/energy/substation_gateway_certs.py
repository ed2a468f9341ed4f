"""Issue client certificates for substation gateways (IEC 62351 profile)."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_BITS = 3072
PUBLIC_EXPONENT = 65537


def new_gateway_key(bits: int = KEY_BITS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)


def gateway_csr(key: rsa.RSAPrivateKey, substation: str, gateway: str) -> x509.CertificateSigningRequest:
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{gateway}.{substation}"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Substation Automation"),
        ]
    )
    return x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())


def write_key(key: rsa.RSAPrivateKey, path: Path) -> None:
    passphrase = os.environ["GATEWAY_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def enroll(substation: str, gateway: str, out_dir: Path) -> bytes:
    key = new_gateway_key()
    write_key(key, out_dir / f"{gateway}.key.pem")
    return gateway_csr(key, substation, gateway).public_bytes(serialization.Encoding.PEM)
