"""Signs Gift Aid donation receipts so donors and HMRC auditors can verify them."""
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from lighthousekeeper.settings import settings

RECEIPT_KEY_CONFIG = {"key_size": 3072, "public_exponent": 65537}
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def generate_receipt_key(out_dir: Path) -> Path:
    private_key = rsa.generate_private_key(**RECEIPT_KEY_CONFIG)
    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / "receipt_signing_key.pem"
    key_path.write_bytes(
        private_key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(settings.RECEIPT_KEY_PASSPHRASE.encode()),
        )
    )
    key_path.chmod(0o600)
    (out_dir / "receipt_signing_key.pub").write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return key_path


def sign_receipt(key_path: Path, receipt_pdf: bytes) -> bytes:
    key = serialization.load_pem_private_key(
        key_path.read_bytes(), password=settings.RECEIPT_KEY_PASSPHRASE.encode()
    )
    return key.sign(receipt_pdf, PSS, hashes.SHA256())
