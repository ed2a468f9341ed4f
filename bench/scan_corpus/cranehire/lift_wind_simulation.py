"""Monte Carlo check of a lift against gusting wind.

The appointed person runs this while writing a lift plan: wind gusts are
sampled from the site's Weibull parameters and the effective load on the
hook is compared with the rated capacity from the load chart. A fixed seed
keeps the printed figures reproducible when the plan is re-issued.
"""
from dataclasses import dataclass

import numpy as np

DEFAULT_SEED = 20240611
AIR_DENSITY = 1.225


@dataclass
class LiftCase:
    load_t: float
    sail_area_m2: float
    drag_coefficient: float
    rated_capacity_t: float
    weibull_shape: float
    weibull_scale_ms: float


@dataclass
class SimulationResult:
    runs: int
    exceedance_probability: float
    p95_effective_load_t: float


def simulate(case: LiftCase, runs: int = 50_000, seed: int = DEFAULT_SEED) -> SimulationResult:
    rng = np.random.default_rng(seed)
    gusts = case.weibull_scale_ms * rng.weibull(case.weibull_shape, size=runs)
    wind_force_kn = 0.5 * AIR_DENSITY * gusts**2 * case.sail_area_m2 * case.drag_coefficient / 1000
    effective_t = np.hypot(case.load_t, wind_force_kn / 9.81)
    exceed = float(np.mean(effective_t > case.rated_capacity_t))
    return SimulationResult(
        runs=runs,
        exceedance_probability=exceed,
        p95_effective_load_t=float(np.percentile(effective_t, 95)),
    )


def verdict(result: SimulationResult, tolerance: float = 1e-3) -> str:
    if result.exceedance_probability <= tolerance:
        return "acceptable"
    if result.exceedance_probability <= 10 * tolerance:
        return "restrict to lower wind limit"
    return "re-plan lift"


if __name__ == "__main__":
    case = LiftCase(
        load_t=18.5, sail_area_m2=24.0, drag_coefficient=1.2,
        rated_capacity_t=21.0, weibull_shape=2.0, weibull_scale_ms=6.5,
    )
    res = simulate(case)
    print(f"{res.runs} runs, P(exceed)={res.exceedance_probability:.4%}, "
          f"p95={res.p95_effective_load_t:.2f} t -> {verdict(res)}")
