"""Key management for QPU control-firmware signing.

Each control rack gets its own signing key; the public half is pinned in
the rack's bootloader during commissioning.
"""
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def generate_rack_key(rack_id: str, out_dir: Path, passphrase: bytes, key_bits: int = 1024) -> Path:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / f"{rack_id}.key.pem"
    key_path.write_bytes(pem)
    key_path.chmod(0o600)
    pub_path = out_dir / f"{rack_id}.pub.pem"
    pub_path.write_bytes(
        private_key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return key_path


def sign_firmware(key_path: Path, passphrase: bytes, image: bytes) -> bytes:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    return key.sign(
        image,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
