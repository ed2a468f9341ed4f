"""Monte Carlo model of lamp and rotation-motor failures for the spares budget.

The engineering committee wants the same figures every time a scenario is
re-run, so each scenario uses a fixed generator seed.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lighthousekeeper.settings import settings


@dataclass
class Scenario:
    name: str
    lamp_mtbf_hours: float
    motor_mtbf_hours: float
    stations: int
    years: int = 5
    runs: int = 10_000
    seed: int = 42


def simulate(scenario: Scenario) -> pd.DataFrame:
    rng = np.random.default_rng(scenario.seed)
    hours = scenario.years * 365 * 24
    lamp_failures = rng.poisson(hours / scenario.lamp_mtbf_hours, size=(scenario.runs, scenario.stations))
    motor_failures = rng.poisson(hours / scenario.motor_mtbf_hours, size=(scenario.runs, scenario.stations))
    return pd.DataFrame(
        {
            "lamps": lamp_failures.sum(axis=1),
            "motors": motor_failures.sum(axis=1),
        }
    )


def spares_budget(scenario: Scenario, percentile: float = 95.0) -> dict:
    runs = simulate(scenario)
    lamps = int(np.percentile(runs["lamps"], percentile))
    motors = int(np.percentile(runs["motors"], percentile))
    cost = lamps * settings.LAMP_UNIT_COST_PENCE + motors * settings.MOTOR_UNIT_COST_PENCE
    return {"scenario": scenario.name, "lamps": lamps, "motors": motors, "cost_pence": cost}


def compare(scenarios: list[Scenario]) -> pd.DataFrame:
    return pd.DataFrame([spares_budget(s) for s in scenarios]).set_index("scenario")
