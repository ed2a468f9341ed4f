"""Key management for signing asset tasking orders sent to lifeboat stations.

Each station's launch authority terminal verifies the signature before
paging the crew.
"""
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_BITS = 1024
PUBLIC_EXPONENT = 65537


def generate_station_keypair(out_dir: Path, station_code: str, passphrase: bytes) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / f"{station_code}.key.pem"
    key_path.write_bytes(pem)
    key_path.chmod(0o600)
    (out_dir / f"{station_code}.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return key_path


def sign_tasking(private_key, order_bytes: bytes) -> bytes:
    return private_key.sign(
        order_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
