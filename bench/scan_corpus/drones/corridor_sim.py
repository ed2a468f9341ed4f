"""Monte Carlo estimate of energy use along a delivery corridor.

Wind is sampled per segment from a Weibull speed distribution and a von Mises
direction around the prevailing bearing. The generator is seeded so planners
can reproduce a run from its report.
"""
import numpy as np

DEFAULT_SEED = 20240611


def simulate_energy(
    segments_m: np.ndarray,
    headings_rad: np.ndarray,
    airspeed_ms: float = 15.0,
    wind_scale_ms: float = 6.0,
    wind_shape: float = 2.0,
    prevailing_rad: float = 4.2,
    power_w: float = 850.0,
    runs: int = 5000,
    seed: int = DEFAULT_SEED,
) -> dict:
    rng = np.random.default_rng(seed)
    n = len(segments_m)
    speed = wind_scale_ms * rng.weibull(wind_shape, size=(runs, n))
    direction = rng.vonmises(prevailing_rad, 4.0, size=(runs, n))
    headwind = speed * np.cos(direction - headings_rad[None, :])
    ground_speed = np.clip(airspeed_ms - headwind, 3.0, None)
    time_s = (segments_m[None, :] / ground_speed).sum(axis=1)
    energy_wh = time_s * power_w / 3600.0
    return {
        "seed": seed,
        "runs": runs,
        "energy_wh_p50": float(np.percentile(energy_wh, 50)),
        "energy_wh_p95": float(np.percentile(energy_wh, 95)),
        "energy_wh_max": float(energy_wh.max()),
    }
