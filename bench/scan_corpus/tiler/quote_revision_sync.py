"""Keep the portal copy of a quote in step with the estimator's copy.

Estimators revise quotes offline (a homeowner changes from 300x600 porcelain
to metro tiles, adds a niche, drops the splashback). When the laptop
reconnects it pushes revisions; the server rejects stale ones.
"""
from dataclasses import dataclass, field
from decimal import Decimal
from typing import List, Optional


class StaleRevision(Exception):
    pass


@dataclass
class QuoteLine:
    description: str
    area_m2: Decimal
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return (self.area_m2 * self.unit_price).quantize(Decimal("0.01"))


@dataclass
class Quote:
    number: str
    revision: int
    status: str
    lines: List[QuoteLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((l.total for l in self.lines), Decimal("0"))


def apply_revision(current: Quote, incoming: Quote, base_revision: int) -> Quote:
    if incoming.number != current.number:
        raise ValueError("revision is for a different quote")
    if current.status == "accepted":
        raise StaleRevision(f"{current.number} already accepted by the customer")
    if base_revision != current.revision:
        raise StaleRevision(
            f"{current.number} is at r{current.revision}, revision was based on r{base_revision}"
        )
    incoming.revision = current.revision + 1
    incoming.status = "sent" if current.status == "sent" else "draft"
    return incoming


def sync(repo, incoming: Quote, base_revision: int) -> Optional[Quote]:
    current = repo.load(incoming.number)
    if current is None:
        incoming.revision = 1
        repo.save(incoming)
        return incoming
    if current.total == incoming.total and current.lines == incoming.lines:
        return current
    updated = apply_revision(current, incoming, base_revision)
    repo.save(updated)
    return updated
