"""Issues signed receipts to councils when their tender bid is lodged."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class ReceiptKeyPolicy:
    public_exponent: int = 65537
    key_size: int = 3072

    def generate(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(public_exponent=self.public_exponent,
                                        key_size=self.key_size)


class ReceiptIssuer:
    def __init__(self, policy: ReceiptKeyPolicy = ReceiptKeyPolicy()) -> None:
        self._key = policy.generate()

    def _sign(self, payload: bytes) -> str:
        sig = self._key.sign(
            payload,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
            hashes.SHA256(),
        )
        return base64.b64encode(sig).decode()

    def issue(self, council_id: str, tender_ref: str, bid_hash: str) -> Dict[str, Any]:
        body = {
            "council": council_id,
            "tender": tender_ref,
            "bid_sha256": bid_hash,
            "lodged_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        return {**body, "signature": self._sign(canonical)}

    def verification_key(self) -> str:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()


if __name__ == "__main__":
    issuer = ReceiptIssuer()
    print(issuer.issue("council-017", "WS24-LOT2", "9f2c" * 16))
