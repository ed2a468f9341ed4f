"""Draw the post-distribution monitoring (PDM) survey sample.

The sample is stratified by district and must be reproducible: the M&E unit
re-runs the draw when a donor audits a round, so the seed is recorded on the
round and passed in here. Nothing drawn here is used to authenticate anyone;
the hotline verifies respondents against their registration record.
"""
from collections import defaultdict
from typing import Sequence

import numpy as np
import pandas as pd

DEFAULT_RATE = 0.1
MIN_PER_DISTRICT = 5


def draw_sample(households: pd.DataFrame, seed: int, rate: float = DEFAULT_RATE) -> pd.DataFrame:
    """Return a stratified random sample of ``households`` (one row per household)."""
    rng = np.random.default_rng(seed)
    picked: list[pd.DataFrame] = []
    for district, group in households.groupby("district", sort=True):
        n = min(len(group), max(MIN_PER_DISTRICT, int(round(len(group) * rate))))
        idx = rng.choice(len(group), size=n, replace=False)
        picked.append(group.iloc[np.sort(idx)])
    if not picked:
        return households.iloc[0:0]
    return pd.concat(picked).reset_index(drop=True)


def allocation_table(sample: pd.DataFrame) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for district in sample["district"]:
        counts[district] += 1
    return dict(counts)


def assign_enumerators(sample: pd.DataFrame, enumerators: Sequence[str], seed: int) -> pd.Series:
    """Spread interviews evenly across the enumerator team."""
    rng = np.random.default_rng(seed + 1)
    order = rng.permutation(len(sample))
    return pd.Series([enumerators[i % len(enumerators)] for i in order], index=sample.index)
