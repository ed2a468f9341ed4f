"""Team signing keys for artifacts published to the model registry."""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_KEY_BITS = 3072
PUBLIC_EXPONENT = 65537
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def _passphrase() -> bytes:
    return os.environ["ARTIFACT_SIGNING_PASSPHRASE"].encode()


def generate_team_key(team: str, out_dir: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=SIGNING_KEY_BITS)
    out_dir.mkdir(parents=True, exist_ok=True)

    priv = out_dir / f"{team}.key.pem"
    priv.write_bytes(key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_passphrase()),
    ))
    priv.chmod(0o600)

    pub = out_dir / f"{team}.pub.pem"
    pub.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo,
    ))
    return pub


def sign(priv_path: Path, data: bytes) -> bytes:
    key = serialization.load_pem_private_key(priv_path.read_bytes(), password=_passphrase())
    return key.sign(data, _PSS, hashes.SHA256())


def verify(pub_path: Path, data: bytes, signature: bytes) -> None:
    """Raises cryptography.exceptions.InvalidSignature on mismatch."""
    key = serialization.load_pem_public_key(pub_path.read_bytes())
    key.verify(signature, data, _PSS, hashes.SHA256())
