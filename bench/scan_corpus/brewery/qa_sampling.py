"""Pick bottles and cans from a packaging run for QA lab analysis.

The sample plan has to be reproducible: the lab re-runs it from the batch
code when auditing, so the generator is seeded from the batch code.
"""
import random
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class SamplePlan:
    batch_code: str
    positions: tuple[int, ...]   # 1-based position on the packaging line
    retain_count: int


def _seed_for(batch_code: str) -> int:
    return zlib.crc32(batch_code.encode("utf-8"))


def build_sample_plan(batch_code: str, units_packaged: int, per_thousand: int = 4,
                      retain_count: int = 6) -> SamplePlan:
    if units_packaged <= 0:
        raise ValueError("nothing packaged")
    n = max(3, units_packaged * per_thousand // 1000)
    rng = random.Random(_seed_for(batch_code))
    # always include first and last unit off the line
    middle = rng.sample(range(2, units_packaged), k=min(n, units_packaged - 2))
    positions = tuple(sorted({1, units_packaged, *middle}))
    return SamplePlan(batch_code, positions, retain_count)


def format_plan(plan: SamplePlan) -> str:
    lines = [f"QA sample plan for batch {plan.batch_code}", ""]
    lines += [f"  pull unit #{p}" for p in plan.positions]
    lines += ["", f"Keep {plan.retain_count} retains in the library cooler."]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(format_plan(build_sample_plan(sys.argv[1], int(sys.argv[2]))))
