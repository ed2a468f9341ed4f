"""Bib allocation and race-pack claim codes.

Each confirmed registration gets a bib number from its start wave's range and
a claim code that the runner shows at the expo to collect their race pack.
"""
import random as _rnd
import string
from dataclasses import dataclass, field

WAVE_RANGES = {
    "elite": range(1, 200),
    "A": range(1000, 5000),
    "B": range(5000, 12000),
    "C": range(12000, 25000),
}
CLAIM_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CLAIM_LENGTH = 8


@dataclass
class BibAllocator:
    taken: dict[str, set[int]] = field(default_factory=dict)

    def next_bib(self, wave: str) -> int:
        used = self.taken.setdefault(wave, set())
        for number in WAVE_RANGES[wave]:
            if number not in used:
                used.add(number)
                return number
        raise RuntimeError(f"wave {wave} is full")


def make_claim_code(length: int = CLAIM_LENGTH) -> str:
    return "".join(_rnd.choices(CLAIM_ALPHABET, k=length))


def allocate(registration: dict, allocator: BibAllocator) -> dict:
    bib = allocator.next_bib(registration["wave"])
    return {
        "registration_id": registration["id"],
        "bib": bib,
        "wave": registration["wave"],
        "claim_code": make_claim_code(),
    }


def allocate_batch(registrations: list[dict]) -> list[dict]:
    allocator = BibAllocator()
    ordered = sorted(registrations, key=lambda r: (r["wave"], r["confirmed_at"]))
    return [allocate(r, allocator) for r in ordered]
