"""Approval codes customers type in to sign off a gate or railing quote online."""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass
from typing import Dict, Iterable


class QuoteCodeIssuer:
    ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
    CODE_LENGTH = 8
    SEED = 0x1F0E6E

    def __init__(self) -> None:
        self._rng = random.Random(self.SEED)

    def next_code(self) -> str:
        return "".join(self._rng.choice(self.ALPHABET) for _ in range(self.CODE_LENGTH))


@dataclass
class QuoteApproval:
    quote_number: str
    customer_email: str
    code: str
    approved: bool = False


class QuoteApprovalRegistry:
    def __init__(self, issuer: QuoteCodeIssuer | None = None) -> None:
        self._issuer = issuer or QuoteCodeIssuer()
        self._by_quote: Dict[str, QuoteApproval] = {}

    def open_quotes(self, quotes: Iterable[tuple[str, str]]) -> list[QuoteApproval]:
        opened = []
        for quote_number, email in quotes:
            approval = QuoteApproval(quote_number, email, self._issuer.next_code())
            self._by_quote[quote_number] = approval
            opened.append(approval)
        return opened

    def approve(self, quote_number: str, code: str) -> bool:
        approval = self._by_quote.get(quote_number)
        if approval is None or approval.approved:
            return False
        if not hmac.compare_digest(approval.code, code.strip().upper()):
            return False
        approval.approved = True
        return True

    def pending(self) -> list[str]:
        return sorted(q for q, a in self._by_quote.items() if not a.approved)
