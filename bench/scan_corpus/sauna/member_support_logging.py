"""Logging setup for the member support desk service (refunds, lost wristbands, freezes)."""
from __future__ import annotations

import logging
import re
from typing import Any, Dict, Iterable

_PATTERNS = (
    re.compile(r"(?i)(authorization:\s*bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)((?:password|api_key|token|secret)=)[^\s&]+"),
    re.compile(r"\b(\d{6})\d{6,9}(\d{4})\b"),
)


class RedactingFilter(logging.Filter):
    """Scrubs credentials and card numbers from records before any handler sees them."""

    def __init__(self, patterns: Iterable[re.Pattern] = _PATTERNS) -> None:
        super().__init__()
        self.patterns = tuple(patterns)

    def _scrub(self, text: str) -> str:
        for pattern in self.patterns:
            text = pattern.sub(lambda m: m.group(1) + "[REDACTED]", text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._scrub(record.getMessage())
        record.args = ()
        return True


def configure(level: int = logging.INFO) -> logging.Logger:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("support")
    logger.setLevel(level)
    logger.addHandler(handler)
    return logger


class RefundDesk:
    def __init__(self, logger: logging.Logger) -> None:
        self.log = logger

    @staticmethod
    def mask_card(pan: str) -> str:
        return f"****{pan[-4:]}"

    def record_refund(self, ticket: Dict[str, Any]) -> None:
        self.log.info(
            "refund ticket=%s member=%s amount=%s card=%s",
            ticket["id"], ticket["member_ref"], ticket["amount"], self.mask_card(ticket["pan"]),
        )
