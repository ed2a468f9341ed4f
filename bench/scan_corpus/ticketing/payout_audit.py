"""Audit logging for promoter payouts.

Finance reconciles payouts from these log lines, so they carry amounts and
references but never credentials or full bank details.
"""
import logging
from decimal import Decimal
from typing import Mapping

log = logging.getLogger("payouts.audit")

_SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        k: ("[redacted]" if k.lower() in _SENSITIVE_HEADERS else v)
        for k, v in headers.items()
    }


def mask_account(account_ref: str) -> str:
    return f"****{account_ref[-4:]}" if len(account_ref) > 4 else "****"


def log_payout_request(payout, headers: Mapping[str, str], amount: Decimal) -> None:
    log.info(
        "payout %s requested: promoter=%s amount=%s %s destination=%s",
        payout.id,
        payout.promoter_id,
        amount,
        payout.currency,
        mask_account(payout.promoter.payout_account_ref),
    )
    log.debug("payout %s request headers: %s", payout.id, redact_headers(headers))


def log_payout_result(payout, status_code: int, transfer_id: str | None) -> None:
    if 200 <= status_code < 300:
        log.info("payout %s accepted as transfer %s", payout.id, transfer_id)
    else:
        log.error("payout %s rejected by provider with HTTP %s", payout.id, status_code)
