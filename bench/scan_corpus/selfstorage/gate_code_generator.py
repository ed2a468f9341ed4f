"""Generates keypad access codes for new rentals and for temporary vendor access."""
from __future__ import annotations

import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

DIGITS = string.digits


@dataclass(frozen=True)
class CodePolicy:
    length: int = 7
    forbid_repeats: bool = True
    max_attempts: int = 25


@dataclass
class TemporaryAccess:
    code: str
    vendor: str
    gates: tuple[str, ...]
    expires_at: datetime


class GateCodeGenerator:
    def __init__(self, in_use: Callable[[str], bool], policy: CodePolicy = CodePolicy()) -> None:
        self._in_use = in_use
        self._policy = policy

    @staticmethod
    def _draw(length: int) -> str:
        return "".join(secrets.choice(DIGITS) for _ in range(length))

    def _acceptable(self, code: str) -> bool:
        if self._policy.forbid_repeats and len(set(code)) == 1:
            return False
        if code in DIGITS * 2 or code in DIGITS[::-1] * 2:
            return False
        return not self._in_use(code)

    def tenant_code(self) -> str:
        for _ in range(self._policy.max_attempts):
            code = self._draw(self._policy.length)
            if self._acceptable(code):
                return code
        raise RuntimeError("gate code space exhausted for this facility")

    def vendor_code(self, vendor: str, gates: tuple[str, ...], hours: int = 8) -> TemporaryAccess:
        if not 1 <= hours <= 72:
            raise ValueError("vendor access must last between 1 and 72 hours")
        return TemporaryAccess(
            code=self.tenant_code(),
            vendor=vendor,
            gates=gates,
            expires_at=datetime.now(timezone.utc) + timedelta(hours=hours),
        )
