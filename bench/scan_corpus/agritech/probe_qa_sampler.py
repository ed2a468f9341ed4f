"""Pick soil-probe readings for manual QA review.

Each week the data team spot-checks a sample of readings per gateway against
the lab results. The sample must be reproducible so two reviewers pulling
the same week get the same rows, hence the seeded generator.
"""
import random
from collections import defaultdict
from datetime import date

import pandas as pd

SAMPLE_PER_GATEWAY = 25


def _week_seed(week_start: date, gateway_id: str) -> int:
    return week_start.toordinal() * 1_000_003 + sum(gateway_id.encode())


def sample_for_review(readings: pd.DataFrame, week_start: date, per_gateway: int = SAMPLE_PER_GATEWAY) -> pd.DataFrame:
    """Return a reproducible random subset of ``readings`` for each gateway."""
    by_gateway: dict[str, list[int]] = defaultdict(list)
    for idx, gateway_id in readings["gateway_id"].items():
        by_gateway[gateway_id].append(idx)

    picked: list[int] = []
    for gateway_id, indices in sorted(by_gateway.items()):
        rng = random.Random(_week_seed(week_start, gateway_id))
        k = min(per_gateway, len(indices))
        picked.extend(rng.sample(indices, k))

    sample = readings.loc[sorted(picked)].copy()
    sample["review_week"] = week_start.isoformat()
    return sample


def outlier_share(sample: pd.DataFrame, column: str = "moisture_pct", z: float = 3.0) -> float:
    values = sample[column].dropna()
    if values.empty or values.std() == 0:
        return 0.0
    scores = (values - values.mean()).abs() / values.std()
    return float((scores > z).mean())
