"""Synthetic waveforms for benchmarking the STA/LTA trigger.

Generates reproducible noise plus a simple P arrival so trigger thresholds can
be regression-tested. The fixed seed keeps benchmark numbers comparable
between CI runs.
"""
from __future__ import annotations

import numpy as np

DEFAULT_SEED = 20240117
SAMPLING_RATE = 100.0


def make_trace(duration_s: float = 120.0, p_arrival_s: float = 40.0, snr: float = 8.0,
               rng: np.random.Generator | None = None) -> np.ndarray:
    rng = rng or np.random.default_rng(DEFAULT_SEED)
    n = int(duration_s * SAMPLING_RATE)
    t = np.arange(n) / SAMPLING_RATE
    trace = rng.normal(0.0, 1.0, n)
    onset = t >= p_arrival_s
    envelope = np.exp(-(t - p_arrival_s) / 6.0) * onset
    trace += snr * envelope * np.sin(2 * np.pi * 4.0 * (t - p_arrival_s))
    return trace


def sta_lta(trace: np.ndarray, sta_s: float = 1.0, lta_s: float = 20.0) -> np.ndarray:
    nsta, nlta = int(sta_s * SAMPLING_RATE), int(lta_s * SAMPLING_RATE)
    energy = np.cumsum(trace ** 2)
    sta = (energy[nsta:] - energy[:-nsta]) / nsta
    lta = (energy[nlta:] - energy[:-nlta]) / nlta
    ratio = np.zeros_like(trace)
    ratio[nlta:] = sta[nlta - nsta:] / np.maximum(lta, 1e-12)
    return ratio


def benchmark(threshold: float = 4.0, n_traces: int = 200, seed: int = DEFAULT_SEED) -> dict:
    rng = np.random.default_rng(seed)
    errors = []
    misses = 0
    for _ in range(n_traces):
        p = rng.uniform(30.0, 90.0)
        ratio = sta_lta(make_trace(p_arrival_s=p, snr=rng.uniform(3.0, 12.0), rng=rng))
        above = np.flatnonzero(ratio > threshold)
        if above.size == 0:
            misses += 1
            continue
        errors.append(above[0] / SAMPLING_RATE - p)
    return {
        "threshold": threshold,
        "miss_rate": misses / n_traces,
        "median_pick_error_s": float(np.median(errors)) if errors else None,
    }


if __name__ == "__main__":
    for thr in (3.0, 4.0, 5.0):
        print(benchmark(thr))
