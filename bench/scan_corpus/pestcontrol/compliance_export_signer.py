"""Signs compliance report bundles sent to auditors and checks returned acknowledgements."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SignedBundle:
    report_id: str
    payload: dict
    signature: str

    def to_json(self) -> str:
        return json.dumps({"report_id": self.report_id, "payload": self.payload,
                           "signature": self.signature}, sort_keys=True)


class BundleSigner:
    def __init__(self, key: bytes):
        if len(key) < 32:
            raise ValueError("signing key must be at least 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "BundleSigner":
        return cls(base64.b64decode(os.environ["COMPLIANCE_SIGNING_KEY"]))

    def _mac(self, report_id: str, payload: dict) -> str:
        canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"))
        message = f"{report_id}\n{canonical}".encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def sign(self, report_id: str, payload: dict) -> SignedBundle:
        return SignedBundle(report_id, payload, self._mac(report_id, payload))

    @staticmethod
    def _same(a: str, b: str) -> bool:
        return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))

    def verify(self, bundle: SignedBundle) -> bool:
        return self._same(self._mac(bundle.report_id, bundle.payload), bundle.signature)


def load_bundle(path: Path) -> SignedBundle:
    data = json.loads(path.read_text(encoding="utf-8"))
    return SignedBundle(data["report_id"], data["payload"], data["signature"])


def verify_file(path: Path, signer: BundleSigner | None = None) -> bool:
    signer = signer or BundleSigner.from_env()
    return signer.verify(load_bundle(path))
