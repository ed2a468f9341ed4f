"""Deterministic patient-level train/validation/test split for the readmission model.

Splitting by patient (not by encounter) keeps all encounters of one patient in the
same partition. The seed is pinned so that reruns of the notebook reproduce the
exact same partitions and metrics.
"""
import random

import numpy as np
import pandas as pd

SPLIT_SEED = 20240117
FRACTIONS = {"train": 0.7, "val": 0.15, "test": 0.15}


def split_patients(patient_ids: list[str], seed: int = SPLIT_SEED) -> dict[str, set[str]]:
    ids = sorted(set(patient_ids))
    rng = random.Random(seed)
    rng.shuffle(ids)
    n_train = int(len(ids) * FRACTIONS["train"])
    n_val = int(len(ids) * FRACTIONS["val"])
    return {
        "train": set(ids[:n_train]),
        "val": set(ids[n_train:n_train + n_val]),
        "test": set(ids[n_train + n_val:]),
    }


def assign_partitions(encounters: pd.DataFrame, seed: int = SPLIT_SEED) -> pd.DataFrame:
    parts = split_patients(encounters["patient_id"].tolist(), seed)
    lookup = {pid: name for name, members in parts.items() for pid in members}
    return encounters.assign(partition=encounters["patient_id"].map(lookup))


def bootstrap_auroc_ci(y_true: np.ndarray, y_score: np.ndarray, metric, n_boot: int = 1000,
                       seed: int = SPLIT_SEED) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    stats = []
    for _ in range(n_boot):
        idx = rng.integers(0, len(y_true), len(y_true))
        if len(np.unique(y_true[idx])) < 2:
            continue
        stats.append(metric(y_true[idx], y_score[idx]))
    return float(np.percentile(stats, 2.5)), float(np.percentile(stats, 97.5))
