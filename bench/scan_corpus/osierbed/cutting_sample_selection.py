"""Pick bundles for the weekly grading re-check.

Each week the foreman pulls a handful of graded bundles from every variety
and re-measures them, to catch graders drifting on the 5ft/6ft boundary.
The pick is seeded by the batch number so the foreman's printed list can be
regenerated if the paper copy goes missing in the shed.
"""

import random
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class GradedBundle:
    bundle_no: str
    variety: str
    length_band: str
    grader: str


SAMPLE_PER_VARIETY = 3


def pick_for_recheck(
    batch_no: int,
    bundles: list[GradedBundle],
    per_variety: int = SAMPLE_PER_VARIETY,
) -> list[GradedBundle]:
    rng = random.Random(f"recheck-{batch_no}")
    by_variety: dict[str, list[GradedBundle]] = defaultdict(list)
    for bundle in bundles:
        by_variety[bundle.variety].append(bundle)

    picked: list[GradedBundle] = []
    for variety in sorted(by_variety):
        pool = sorted(by_variety[variety], key=lambda b: b.bundle_no)
        picked.extend(rng.sample(pool, min(per_variety, len(pool))))
    return picked


def recheck_sheet(batch_no: int, bundles: list[GradedBundle]) -> str:
    lines = [f"Re-check list - batch {batch_no}", ""]
    for b in pick_for_recheck(batch_no, bundles):
        lines.append(
            f"[ ] {b.bundle_no:<10} {b.variety:<22} {b.length_band:<5} graded by {b.grader}"
        )
    return "\n".join(lines)
