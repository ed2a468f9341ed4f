"""Audit logging around insurer claim submissions for the compliance team."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

audit = logging.getLogger("claims.audit")

_SENSITIVE = re.compile(r"(?i)(authorization|api[-_]?key|token|password)")


def mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


def scrub_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if _SENSITIVE.search(k) else v) for k, v in headers.items()}


@dataclass
class SubmissionAttempt:
    claim_number: str
    payer_code: str
    member_id: str
    headers: dict[str, str]
    status_code: int | None = None


class ClaimAuditTrail:
    def __init__(self, logger: logging.Logger = audit) -> None:
        self.logger = logger

    def before_submit(self, attempt: SubmissionAttempt) -> None:
        self.logger.info(
            "submitting claim=%s payer=%s member=%s headers=%s",
            attempt.claim_number,
            attempt.payer_code,
            mask(attempt.member_id),
            scrub_headers(attempt.headers),
        )

    def after_submit(self, attempt: SubmissionAttempt, reference: str | None) -> None:
        level = logging.INFO if attempt.status_code and attempt.status_code < 400 else logging.WARNING
        self.logger.log(
            level,
            "claim=%s payer=%s status=%s reference=%s",
            attempt.claim_number,
            attempt.payer_code,
            attempt.status_code,
            reference or "-",
        )
