"""Signing keys for heat-treatment charge records.

Each furnace controller gateway gets its own keypair; charge records that
are exported to the quality system are signed so auditors can tell that the
soak times and temperatures were not edited afterwards.
"""
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYGEN = {
    "public_exponent": 65537,
    "key_size": 1024,
}

PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def new_gateway_key(out_dir: Path, gateway_id: str, passphrase: bytes) -> Path:
    key = rsa.generate_private_key(**KEYGEN)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path = out_dir / f"{gateway_id}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return path


def load_gateway_key(path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def sign_record(key: rsa.RSAPrivateKey, record: bytes) -> bytes:
    return key.sign(record, PSS, hashes.SHA256())


def verify_record(public_key: rsa.RSAPublicKey, record: bytes, signature: bytes) -> None:
    public_key.verify(signature, record, PSS, hashes.SHA256())
