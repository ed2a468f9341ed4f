"""Signs electronic delivery dockets so site managers can verify tonnage and product."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SignerProfile:
    key_params: dict = field(default_factory=lambda: {"public_exponent": 65537, "key_size": 3072})
    hash_cls: type = hashes.SHA256


class DocketSigner:
    def __init__(self, private_key: rsa.RSAPrivateKey, profile: SignerProfile = SignerProfile()) -> None:
        self._key = private_key
        self.profile = profile

    @classmethod
    def generate(cls, profile: SignerProfile = SignerProfile()) -> "DocketSigner":
        return cls(rsa.generate_private_key(**profile.key_params), profile)

    @classmethod
    def from_pem(cls, pem_path: Path, passphrase: bytes) -> "DocketSigner":
        key = serialization.load_pem_private_key(pem_path.read_bytes(), password=passphrase)
        return cls(key)

    def _pss(self) -> padding.PSS:
        return padding.PSS(mgf=padding.MGF1(self.profile.hash_cls()), salt_length=padding.PSS.MAX_LENGTH)

    def sign(self, docket: dict) -> dict:
        body = json.dumps(docket, sort_keys=True, separators=(",", ":")).encode("utf-8")
        sig = self._key.sign(body, self._pss(), self.profile.hash_cls())
        return {"docket": docket, "signature": base64.b64encode(sig).decode("ascii")}

    def verify(self, signed: dict) -> bool:
        body = json.dumps(signed["docket"], sort_keys=True, separators=(",", ":")).encode("utf-8")
        try:
            self._key.public_key().verify(
                base64.b64decode(signed["signature"]), body, self._pss(), self.profile.hash_cls()
            )
        except Exception:
            return False
        return True


def docket_for(ticket_no: str, order_no: str, product: str, net_kg: int) -> dict:
    return {"ticket": ticket_no, "order": order_no, "product": product, "net_kg": net_kg}
