"""Load programme definitions uploaded by country offices.

A programme file describes transfer values, distribution rounds and the
registration form version, e.g.::

    code: SYR-MPC-2024
    currency: USD
    transfer_value: {base: 90, per_member: 15, cap: 180}
    rounds: [2024-03-01, 2024-04-01, 2024-05-01]
"""
from dataclasses import dataclass
from datetime import date
from typing import IO

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ProgrammeConfigError(ValueError):
    pass


@dataclass
class TransferValue:
    base: float
    per_member: float
    cap: float

    def for_household(self, size: int) -> float:
        return min(self.cap, self.base + self.per_member * max(0, size - 1))


@dataclass
class ProgrammeConfig:
    code: str
    currency: str
    transfer_value: TransferValue
    rounds: list[date]
    form_version: str | None = None


def load_programme(stream: IO[str] | IO[bytes]) -> ProgrammeConfig:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ProgrammeConfigError("programme file must be a mapping")
    try:
        tv = TransferValue(**doc["transfer_value"])
        rounds = [r if isinstance(r, date) else date.fromisoformat(str(r)) for r in doc["rounds"]]
        return ProgrammeConfig(
            code=str(doc["code"]),
            currency=str(doc["currency"]).upper(),
            transfer_value=tv,
            rounds=sorted(rounds),
            form_version=doc.get("form_version"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ProgrammeConfigError(f"invalid programme file: {exc}") from exc
