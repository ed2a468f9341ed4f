"""Rotates the key pair used to sign electronic delivery dockets for site deliveries."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class DocketKeySpec:
    public_exponent: int = 65537
    key_size: int = 1024


class DocketKeyRing:
    def __init__(self, key_dir: Path, spec: DocketKeySpec = DocketKeySpec()) -> None:
        self.key_dir = key_dir
        self.spec = spec

    def _new_private_key(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(**asdict(self.spec))

    def rotate(self, passphrase: bytes) -> str:
        key = self._new_private_key()
        kid = datetime.now(timezone.utc).strftime("docket-%Y%m%d%H%M")
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
        pub = key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        (self.key_dir / f"{kid}.key").write_bytes(pem)
        (self.key_dir / f"{kid}.pub").write_bytes(pub)
        return kid

    def load(self, kid: str, passphrase: bytes) -> rsa.RSAPrivateKey:
        data = (self.key_dir / f"{kid}.key").read_bytes()
        return serialization.load_pem_private_key(data, password=passphrase)


def sign_docket(key: rsa.RSAPrivateKey, docket_json: bytes) -> bytes:
    return key.sign(
        docket_json,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
