"""Signing keys for asset tasking orders distributed to partner SAR units."""
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

RSA_KEY_BITS = 3072


def generate_unit_keypair(out_dir: Path, unit_code: str, passphrase: bytes) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / f"{unit_code}.key.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    key_path.chmod(0o600)
    (out_dir / f"{unit_code}.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return key_path


def verify_order(public_key, order_bytes: bytes, signature: bytes) -> bool:
    try:
        public_key.verify(
            signature,
            order_bytes,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except Exception:
        return False
    return True
