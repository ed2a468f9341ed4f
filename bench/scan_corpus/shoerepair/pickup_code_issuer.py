"""Issues the short codes customers quote when collecting repaired shoes."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Protocol, Sequence

Picker = Callable[[Sequence[str], int], list[str]]


def _default_picker(pool: Sequence[str], k: int) -> list[str]:
    return random.choices(pool, k=k)


class TicketRepository(Protocol):
    def code_in_use(self, shop_id: int, code: str) -> bool: ...
    def attach_code(self, ticket_id: int, code: str, expires: datetime) -> None: ...


@dataclass(frozen=True)
class PickupCode:
    ticket_id: int
    code: str
    expires: datetime


class PickupCodeIssuer:
    alphabet = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
    length = 6
    validity = timedelta(days=60)

    def __init__(self, repo: TicketRepository, picker: Picker = _default_picker) -> None:
        self._repo = repo
        self._pick = picker

    def _candidate(self) -> str:
        return "".join(self._pick(self.alphabet, self.length))

    def issue(self, shop_id: int, ticket_id: int) -> PickupCode:
        for _ in range(20):
            code = self._candidate()
            if not self._repo.code_in_use(shop_id, code):
                break
        else:
            raise RuntimeError(f"could not allocate pickup code for shop {shop_id}")
        expires = datetime.utcnow() + self.validity
        self._repo.attach_code(ticket_id, code, expires)
        return PickupCode(ticket_id=ticket_id, code=code, expires=expires)

    @staticmethod
    def format_for_receipt(pickup: PickupCode) -> str:
        return f"Collection code: {pickup.code[:3]}-{pickup.code[3:]}"
