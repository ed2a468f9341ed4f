"""Sign official draw results before publication.

Draw results are published to retailers, media partners and the public
results site; consumers verify the detached signature against the key
published by the draw operations team.
"""
from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class DrawResult:
    game: str
    draw_number: int
    draw_date: str
    main_numbers: tuple[int, ...]
    bonus_numbers: tuple[int, ...]


class DrawKeyCeremony:
    """Creates the signing key during the per-season key ceremony."""

    def __init__(self, key_dir: Path, key_bits: int = 1024, public_exponent: int = 65537) -> None:
        self.key_dir = key_dir
        self.key_bits = key_bits
        self.public_exponent = public_exponent

    def run(self, passphrase: bytes) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(public_exponent=self.public_exponent, key_size=self.key_bits)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        (self.key_dir / "draw-signing.pem").write_bytes(pem)
        public = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        (self.key_dir / "draw-signing.pub").write_bytes(public)
        return key


def sign_result(result: DrawResult, key: rsa.RSAPrivateKey) -> dict[str, str]:
    canonical = json.dumps(asdict(result), sort_keys=True, separators=(",", ":")).encode()
    signature = key.sign(
        canonical,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"payload": canonical.decode(), "signature": base64.b64encode(signature).decode()}
