"""Issuance records for verified carbon credits.

After a verification report is accepted, a batch of credits is issued for
the site and vintage. Each batch gets a reference, and buyers who purchase
credits receive a claim code they use to retire the credits in their name.
"""

import secrets
import string
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

CLAIM_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_LENGTH = 12


@dataclass
class CreditBatch:
    site_code: str
    vintage: int
    tonnes_co2e: Decimal
    report_ref: str
    batch_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    issued_on: date = field(default_factory=date.today)

    @property
    def serial_prefix(self) -> str:
        return f"PC-{self.site_code}-{self.vintage}"

    def serial_range(self, start: int) -> tuple[str, str]:
        units = int(self.tonnes_co2e)
        return f"{self.serial_prefix}-{start:09d}", f"{self.serial_prefix}-{start + units - 1:09d}"


def retirement_claim_code() -> str:
    raw = "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(CLAIM_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CLAIM_LENGTH, 4))


@dataclass
class BuyerAllocation:
    batch: CreditBatch
    buyer_name: str
    tonnes: Decimal
    claim_code: str = field(default_factory=retirement_claim_code)


def allocate(batch: CreditBatch, orders: list[tuple[str, Decimal]]) -> list[BuyerAllocation]:
    total = sum((tonnes for _, tonnes in orders), Decimal("0"))
    if total > batch.tonnes_co2e:
        raise ValueError(f"Orders exceed batch size: {total} > {batch.tonnes_co2e}")
    return [BuyerAllocation(batch=batch, buyer_name=name, tonnes=tonnes) for name, tonnes in orders]
