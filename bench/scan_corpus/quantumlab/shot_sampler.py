"""Noisy-simulator backend: samples measurement outcomes from a statevector.

Runs submitted to the ``sim-noisy`` backend accept an optional ``seed`` so
users can reproduce a result exactly; when absent we draw one and return it
in the job metadata.
"""
from collections import Counter

import numpy as np

DEFAULT_READOUT_ERROR = 0.015


def _apply_readout_error(bits: np.ndarray, p: float, rng: np.random.Generator) -> np.ndarray:
    flips = rng.random(bits.shape) < p
    return np.bitwise_xor(bits, flips.astype(bits.dtype))


def sample_counts(statevector: np.ndarray, shots: int, seed: int | None = None,
                  readout_error: float = DEFAULT_READOUT_ERROR) -> tuple[dict[str, int], int]:
    if seed is None:
        seed = int(np.random.SeedSequence().entropy % (2**32))
    rng = np.random.default_rng(seed)

    probs = np.abs(statevector) ** 2
    probs = probs / probs.sum()
    n_qubits = int(np.log2(len(probs)))

    outcomes = rng.choice(len(probs), size=shots, p=probs)
    bits = ((outcomes[:, None] >> np.arange(n_qubits)[::-1]) & 1).astype(np.uint8)
    bits = _apply_readout_error(bits, readout_error, rng)

    keys = ["".join(map(str, row)) for row in bits]
    return dict(Counter(keys)), seed


def run_job(job: dict, statevector: np.ndarray) -> dict:
    counts, seed = sample_counts(statevector, int(job["shots"]), job.get("seed"))
    return {"counts": counts, "metadata": {"seed": seed, "backend": "sim-noisy"}}
