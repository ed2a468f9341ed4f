"""Generate random change-key bittings within a master-key system's constraints.

A bitting is a string of cut depths, one per chamber. The manufacturer's
MACS (maximum adjacent cut specification) limits how far adjacent depths
may differ, and each chamber must differ from the master key's depth there.
"""
import random
from dataclasses import dataclass

_sysrand = random.SystemRandom()


@dataclass(frozen=True)
class KeywaySpec:
    chambers: int = 5
    min_depth: int = 0
    max_depth: int = 9
    macs: int = 7


def _valid(depths: list[int], spec: KeywaySpec) -> bool:
    return all(abs(a - b) <= spec.macs for a, b in zip(depths, depths[1:]))


def change_key_bitting(master: str, spec: KeywaySpec, used: set[str]) -> str:
    master_depths = [int(c) for c in master]
    if len(master_depths) != spec.chambers:
        raise ValueError("master bitting length does not match keyway")
    for _ in range(10_000):
        depths = [
            _sysrand.choice([d for d in range(spec.min_depth, spec.max_depth + 1) if d != m])
            for m in master_depths
        ]
        bitting = "".join(map(str, depths))
        if _valid(depths, spec) and bitting not in used:
            return bitting
    raise RuntimeError("keyway exhausted for this master")
