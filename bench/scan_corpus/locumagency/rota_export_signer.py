"""Sign and verify weekly rota exports exchanged with hospital trusts.

Exports are CSV files dropped into a shared bucket; each is accompanied by
a ``.sig`` file holding an HMAC-SHA256 over the CSV bytes so that the
receiving side can detect tampering.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path


class SignatureMismatch(Exception):
    pass


@dataclass(frozen=True)
class RotaSigner:
    key: bytes

    @classmethod
    def from_env(cls, var: str = "ROTA_EXPORT_HMAC_KEY") -> "RotaSigner":
        return cls(bytes.fromhex(os.environ[var]))

    def sign_bytes(self, payload: bytes) -> str:
        return hmac.new(self.key, payload, hashlib.sha256).hexdigest()

    def verify_bytes(self, payload: bytes, signature: str) -> bool:
        expected = self.sign_bytes(payload)
        return hmac.compare_digest(expected, signature.strip().lower())


def write_signed_export(signer: RotaSigner, csv_path: Path) -> Path:
    sig_path = csv_path.with_suffix(csv_path.suffix + ".sig")
    sig_path.write_text(signer.sign_bytes(csv_path.read_bytes()) + "\n")
    return sig_path


def read_verified_export(signer: RotaSigner, csv_path: Path) -> bytes:
    sig_path = csv_path.with_suffix(csv_path.suffix + ".sig")
    payload = csv_path.read_bytes()
    if not sig_path.exists() or not signer.verify_bytes(payload, sig_path.read_text()):
        raise SignatureMismatch(f"rota export {csv_path.name} failed signature check")
    return payload


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Sign or verify a rota export")
    parser.add_argument("action", choices=["sign", "verify"])
    parser.add_argument("csv", type=Path)
    args = parser.parse_args()

    signer = RotaSigner.from_env()
    if args.action == "sign":
        print(write_signed_export(signer, args.csv))
    else:
        read_verified_export(signer, args.csv)
        print(f"{args.csv.name}: signature ok")
