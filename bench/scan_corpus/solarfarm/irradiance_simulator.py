"""Synthetic irradiance and inverter output generator.

Produces reproducible clear-sky-with-clouds profiles for regression tests of
the performance-ratio calculator and for demoing dashboards without live data.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

DEFAULT_SEED = 20240611


@dataclass
class PlantSpec:
    capacity_kwp: float
    inverter_count: int
    dc_ac_ratio: float = 1.25
    temp_coeff: float = -0.0037


def clear_sky_ghi(index: pd.DatetimeIndex, peak_wm2: float = 1000.0) -> np.ndarray:
    hours = index.hour + index.minute / 60
    shape = np.clip(np.sin(np.pi * (hours - 6) / 12), 0, None)
    return peak_wm2 * shape ** 1.2


def simulate_day(day: str, spec: PlantSpec, cloudiness: float = 0.3,
                 seed: int = DEFAULT_SEED, freq: str = "5min") -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    index = pd.date_range(f"{day} 00:00", f"{day} 23:55", freq=freq, tz="UTC")
    ghi = clear_sky_ghi(index)
    cloud = 1 - cloudiness * rng.beta(2, 5, size=len(index))
    ghi_obs = ghi * cloud
    t_module = 25 + 0.03 * ghi_obs + rng.normal(0, 1.5, size=len(index))
    ac_limit = spec.capacity_kwp / spec.dc_ac_ratio
    p_dc = spec.capacity_kwp * ghi_obs / 1000 * (1 + spec.temp_coeff * (t_module - 25))
    p_ac = np.minimum(p_dc * 0.975, ac_limit)
    per_inverter = p_ac / spec.inverter_count
    return pd.DataFrame({
        "ghi_wm2": ghi_obs.round(1),
        "t_module_c": t_module.round(1),
        "p_ac_kw": p_ac.round(2),
        "p_ac_per_inverter_kw": per_inverter.round(2),
    }, index=index)
