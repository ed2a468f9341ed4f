"""Structured audit logging for cashier operations (deposits, withdrawals, reversals)."""
from __future__ import annotations

import hashlib
import logging

audit = logging.getLogger("cashier.audit")

_SENSITIVE_KEYS = {"password", "cvv", "pan", "token", "access_token", "secret", "authorization"}


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{'*' * max(len(digits) - 4, 0)}{digits[-4:]}"


def fingerprint(secret_value: str) -> str:
    """Short stable identifier for correlating a token across log lines."""
    return hashlib.sha256(secret_value.encode("utf-8")).hexdigest()[:10]


class RedactingFilter(logging.Filter):
    """Drops sensitive keys from ``extra={"ctx": {...}}`` before records are emitted."""

    def filter(self, record: logging.LogRecord) -> bool:
        ctx = getattr(record, "ctx", None)
        if isinstance(ctx, dict):
            record.ctx = {k: ("[redacted]" if k.lower() in _SENSITIVE_KEYS else v) for k, v in ctx.items()}
        return True


audit.addFilter(RedactingFilter())


def log_deposit(deposit_id: str, player_id: int, pan: str, psp_token: str, amount: str, currency: str) -> None:
    audit.info(
        "deposit %s player=%s card=%s psp_token_fp=%s amount=%s %s",
        deposit_id, player_id, mask_pan(pan), fingerprint(psp_token), amount, currency,
    )


def log_withdrawal(withdrawal_id: str, player_id: int, method: str, amount: str, currency: str, iban: str) -> None:
    ctx = {"method": method, "iban_last4": iban[-4:], "channel": "cashier"}
    audit.info(
        "withdrawal %s player=%s method=%s amount=%s %s",
        withdrawal_id, player_id, method, amount, currency,
        extra={"ctx": ctx},
    )
