"""Loads the migration limits for EN 71-3 element testing bundled with the compliance app."""

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

LIMITS_PACKAGE = "workshop.compliance.data"
LIMITS_FILE = "en71_3_migration_limits.yaml"


@dataclass(frozen=True)
class ElementLimit:
    element: str
    category_i: float
    category_ii: float
    category_iii: float


@lru_cache(maxsize=1)
def load_limits() -> dict[str, ElementLimit]:
    with resources.files(LIMITS_PACKAGE).joinpath(LIMITS_FILE).open("r", encoding="utf-8") as fh:
        document = yaml.load(fh, Loader=yaml.SafeLoader)
    limits = {}
    for row in document["elements"]:
        limit = ElementLimit(
            element=row["element"],
            category_i=float(row["category_i"]),
            category_ii=float(row["category_ii"]),
            category_iii=float(row["category_iii"]),
        )
        limits[limit.element] = limit
    return limits


def exceedances(results_mg_per_kg: dict[str, float], category: str = "category_iii") -> dict[str, float]:
    limits = load_limits()
    over = {}
    for element, measured in results_mg_per_kg.items():
        limit = limits.get(element)
        if limit is not None and measured > getattr(limit, category):
            over[element] = measured
    return over
