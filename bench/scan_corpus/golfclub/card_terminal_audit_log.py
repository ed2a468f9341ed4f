"""Audit trail for card payments taken on the pro-shop and halfway-house terminals."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from decimal import Decimal

audit = logging.getLogger("proshop.audit")


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{'*' * max(0, len(digits) - 4)}{digits[-4:]}"


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


@dataclass
class TerminalTransaction:
    terminal_id: str
    till_ref: str
    pan: str
    payment_token: str
    amount: Decimal
    outcome: str
    member_no: str | None = None

    def audit_fields(self) -> dict[str, str]:
        return {
            "terminal": self.terminal_id,
            "till_ref": self.till_ref,
            "card": mask_pan(self.pan),
            "token_fp": token_fingerprint(self.payment_token),
            "amount": f"{self.amount:.2f}",
            "outcome": self.outcome,
            "member": self.member_no or "-",
        }


class PaymentAuditTrail:
    fmt = "payment terminal=%(terminal)s till=%(till_ref)s card=%(card)s token=%(token_fp)s amount=%(amount)s outcome=%(outcome)s member=%(member)s"

    def record(self, txn: TerminalTransaction) -> None:
        level = logging.INFO if txn.outcome == "approved" else logging.WARNING
        audit.log(level, self.fmt, txn.audit_fields())

    def record_batch(self, txns: list[TerminalTransaction]) -> int:
        for txn in txns:
            self.record(txn)
        return len(txns)
