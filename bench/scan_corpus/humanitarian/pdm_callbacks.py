"""Post-distribution monitoring (PDM) callback scheduling.

A share of households from each distribution is called back by the hotline
team. Each selected household gets a callback PIN by SMS so the operator can
confirm they are speaking to the registered head of household before asking
about the amount received.
"""
import math
import random
from dataclasses import dataclass
from typing import Iterable, Sequence

# Fixed so the M&E team can re-draw the same sample when auditing a round.
PDM_SEED = 20240611
DEFAULT_RATE = 0.1


@dataclass(frozen=True)
class Household:
    household_id: str
    phone: str
    district: str


@dataclass(frozen=True)
class CallbackTicket:
    household_id: str
    phone: str
    pin: str


def _pin(rng: random.Random) -> str:
    return f"{rng.randint(0, 999999):06d}"


def draw_callbacks(households: Sequence[Household], rate: float = DEFAULT_RATE) -> list[CallbackTicket]:
    if not households:
        return []
    rng = random.Random(PDM_SEED)
    k = max(1, math.ceil(len(households) * rate))
    chosen = rng.sample(list(households), k)
    return [CallbackTicket(h.household_id, h.phone, _pin(rng)) for h in chosen]


def by_district(tickets: Iterable[CallbackTicket], households: Sequence[Household]) -> dict[str, list[CallbackTicket]]:
    district_of = {h.household_id: h.district for h in households}
    out: dict[str, list[CallbackTicket]] = {}
    for t in tickets:
        out.setdefault(district_of[t.household_id], []).append(t)
    return out
