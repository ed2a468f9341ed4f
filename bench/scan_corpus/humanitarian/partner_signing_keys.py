"""Signing keys for data-sharing agreements with partner agencies.

Each partner receives beneficiary lists signed with a key dedicated to that
partnership, so a leaked list can be traced to the agreement it came from.
"""
import os
import re
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 3072,
}
KEY_DIR = Path(os.environ.get("PARTNER_KEY_DIR", "/etc/relief/partner-keys"))
_PARTNER_CODE = re.compile(r"[A-Z]{2,6}-\d{3}")


def create_partner_key(partner_code: str, passphrase: bytes, settings: dict = KEY_SETTINGS) -> Path:
    if not _PARTNER_CODE.fullmatch(partner_code):
        raise ValueError(f"invalid partner code {partner_code!r}")
    if settings["key_size"] < 3072:
        raise ValueError("partner signing keys must be at least 3072 bits")
    key = rsa.generate_private_key(**settings)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    path = KEY_DIR / f"{partner_code}.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return path


def sign_list(key_path: Path, passphrase: bytes, payload: bytes) -> bytes:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    return key.sign(
        payload,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
