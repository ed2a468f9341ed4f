"""Validates signed MDN receipts returned by the regulator gateway for each ICSR transmission."""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from email import message_from_bytes
from email.message import Message


@dataclass(frozen=True)
class ReceiptKeyring:
    keys: dict[str, bytes]

    def key_for(self, key_id: str) -> bytes:
        try:
            return self.keys[key_id]
        except KeyError:
            raise LookupError(f"no MDN key registered under {key_id!r}") from None


@dataclass
class MdnReceipt:
    original_message_id: str
    disposition: str
    key_id: str
    mac_b64: str
    body: bytes

    @classmethod
    def from_bytes(cls, raw: bytes) -> "MdnReceipt":
        msg: Message = message_from_bytes(raw)
        return cls(
            original_message_id=msg["Original-Message-ID"].strip("<>"),
            disposition=msg["Disposition"],
            key_id=msg["X-MDN-Key-Id"],
            mac_b64=msg["X-MDN-MAC"],
            body=msg.get_payload(decode=True) or b"",
        )


class MdnValidator:
    digest = hashlib.sha256

    def __init__(self, keyring: ReceiptKeyring) -> None:
        self.keyring = keyring

    def _expected_mac(self, receipt: MdnReceipt) -> bytes:
        key = self.keyring.key_for(receipt.key_id)
        signed = receipt.original_message_id.encode() + b"\n" + receipt.body
        return hmac.new(key, signed, self.digest).digest()

    def is_authentic(self, receipt: MdnReceipt) -> bool:
        try:
            presented = base64.b64decode(receipt.mac_b64, validate=True)
        except (ValueError, TypeError):
            return False
        return hmac.compare_digest(presented, self._expected_mac(receipt))

    def outcome(self, raw: bytes) -> tuple[str, bool]:
        receipt = MdnReceipt.from_bytes(raw)
        if not self.is_authentic(receipt):
            return receipt.original_message_id, False
        return receipt.original_message_id, receipt.disposition.endswith("processed")
