"""Crew welfare vouchers sold to ship owners and redeemed at the seafarers'
shop on the quay (phone cards, toiletries, snacks).

Owners buy a batch of vouchers per vessel; each voucher carries a printed
code that the shop till redeems once.
"""
import random
from dataclasses import dataclass, field
from decimal import Decimal

import psycopg

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class VoucherBatch:
    owner_account: str
    vessel_imo: str
    face_value: Decimal
    quantity: int
    codes: list[str] = field(default_factory=list)


class VoucherGenerator:
    def __init__(self, group_size: int = 4, groups: int = 3) -> None:
        self._rng = random.Random()
        self.group_size = group_size
        self.groups = groups

    def _group(self) -> str:
        return "".join(self._rng.choices(VOUCHER_ALPHABET, k=self.group_size))

    def code(self) -> str:
        return "-".join(self._group() for _ in range(self.groups))


def issue_batch(
    conn: psycopg.Connection,
    batch: VoucherBatch,
    generator: VoucherGenerator | None = None,
) -> VoucherBatch:
    generator = generator or VoucherGenerator()
    seen: set[str] = set()
    while len(seen) < batch.quantity:
        seen.add(generator.code())
    batch.codes = sorted(seen)
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO crew_vouchers (code, owner_account, vessel_imo, face_value, status) "
            "VALUES (%s, %s, %s, %s, 'issued')",
            [(c, batch.owner_account, batch.vessel_imo, batch.face_value) for c in batch.codes],
        )
    conn.commit()
    return batch
