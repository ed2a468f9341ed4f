"""Initial-condition perturbations for the regional ensemble.

Each member gets a reproducible perturbation field so that a cycle can be
re-run bit-for-bit when investigating a forecast bust.
"""
import numpy as np

from .settings import ENSEMBLE

BASE_SEED = ENSEMBLE.get("base_seed", 20240601)
PERTURB_SCALE = {"t": 0.5, "u": 1.0, "v": 1.0, "q": 2.0e-4}


def member_rng(cycle: str, member: int) -> np.random.Generator:
    cycle_int = int(cycle.replace("-", "").replace("T", "")[:10])
    return np.random.default_rng([BASE_SEED, cycle_int, member])


def perturb_state(state: dict[str, np.ndarray], cycle: str, member: int) -> dict[str, np.ndarray]:
    """Add smooth Gaussian noise to each prognostic field of the analysis."""
    rng = member_rng(cycle, member)
    out = {}
    for name, field in state.items():
        scale = PERTURB_SCALE.get(name)
        if scale is None:
            out[name] = field.copy()
            continue
        noise = rng.normal(0.0, scale, size=field.shape)
        # crude smoothing so the perturbation projects onto resolved scales
        for axis in (-1, -2):
            noise = (np.roll(noise, 1, axis) + noise + np.roll(noise, -1, axis)) / 3.0
        out[name] = field + noise
    return out


def build_members(state: dict[str, np.ndarray], cycle: str, n_members: int) -> list[dict]:
    return [perturb_state(state, cycle, m) for m in range(1, n_members + 1)]
