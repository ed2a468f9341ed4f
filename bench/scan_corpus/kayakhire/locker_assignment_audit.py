"""Audit trail for locker code changes, written to the operations log and the audit table."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol

audit_log = logging.getLogger("hire.lockers.audit")


class AuditSink(Protocol):
    def write(self, record: dict) -> None: ...


@dataclass(frozen=True)
class CodeChange:
    bank: str
    locker_no: int
    booking_ref: str
    actor: str
    new_code: str
    reason: str = "booking"

    def public_view(self) -> dict:
        return {
            "bank": self.bank,
            "locker": self.locker_no,
            "booking_ref": self.booking_ref,
            "actor": self.actor,
            "reason": self.reason,
            "code_length": len(self.new_code),
        }


class LockerAudit:
    def __init__(self, sink: AuditSink) -> None:
        self.sink = sink

    def record(self, change: CodeChange) -> None:
        entry = change.public_view()
        entry["at"] = datetime.now(timezone.utc).isoformat()
        self.sink.write(entry)
        audit_log.info(
            "locker code changed bank=%s locker=%s booking=%s by=%s code_length=%d",
            entry["bank"],
            entry["locker"],
            entry["booking_ref"],
            entry["actor"],
            entry["code_length"],
        )

    def record_override(self, bank: str, locker_no: int, actor: str, new_code: str) -> None:
        self.record(CodeChange(bank, locker_no, "-", actor, new_code, reason="staff_override"))
