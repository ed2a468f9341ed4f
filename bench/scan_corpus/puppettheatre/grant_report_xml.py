"""Reads arts council grant award letters that arrive as XML attachments."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as SafeET


@dataclass
class GrantAward:
    reference: str
    programme: str
    amount: Decimal
    conditions: list[str]


class AwardLetterReader:
    namespace = {"ac": "urn:artscouncil:awards:1"}
    parse = staticmethod(SafeET.fromstring)

    def _field(self, root, tag: str) -> str:
        node = root.find(f"ac:{tag}", self.namespace)
        if node is None or node.text is None:
            raise ValueError(f"Award letter missing {tag}")
        return node.text.strip()

    def read(self, payload: bytes) -> GrantAward:
        root = self.parse(payload)
        return GrantAward(
            reference=self._field(root, "reference"),
            programme=self._field(root, "programme"),
            amount=Decimal(self._field(root, "amount")),
            conditions=[
                (c.text or "").strip()
                for c in root.findall("ac:conditions/ac:condition", self.namespace)
            ],
        )


def summarise_awards(payloads: list[bytes]) -> dict[str, Decimal]:
    reader = AwardLetterReader()
    totals: dict[str, Decimal] = {}
    for payload in payloads:
        award = reader.read(payload)
        totals[award.programme] = totals.get(award.programme, Decimal("0")) + award.amount
    return totals
