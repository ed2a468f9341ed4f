"""Key management for signing death-certificate worksheet PDFs.

Each location gets its own signing key so the state registrar can tell which
funeral home submitted a worksheet.
"""
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from fhgroup.config import get_settings

KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def generate_location_key(location_code: str, passphrase: bytes, out_dir: Path | None = None) -> Path:
    settings = get_settings()
    out_dir = out_dir or Path(settings.SIGNING_KEY_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)

    private_key = rsa.generate_private_key(**KEY_PARAMS)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    key_path = out_dir / f"{location_code}.key.pem"
    key_path.write_bytes(pem)
    key_path.chmod(0o600)

    pub_path = out_dir / f"{location_code}.pub.pem"
    pub_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return key_path
