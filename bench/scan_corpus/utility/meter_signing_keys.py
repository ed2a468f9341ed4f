"""Generate and rotate the keys used to sign meter configuration commands."""
import datetime as dt
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537


def generate_keypair(out_dir: Path, label: str) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    passphrase = os.environ["METER_CMD_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / f"{label}-{stamp}.key.pem"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    (out_dir / f"{label}-{stamp}.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return key_path


def sign_command(key_path: Path, command: bytes) -> bytes:
    passphrase = os.environ["METER_CMD_KEY_PASSPHRASE"].encode()
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    return key.sign(
        command,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
