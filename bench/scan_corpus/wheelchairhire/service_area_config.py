"""Which postcode districts each depot delivers to, loaded from deployment settings."""
import ast
import os
from functools import lru_cache

DEFAULT_AREAS = "{'LDS': ('LS1', 'LS2', 'LS6'), 'BRD': ('BD1', 'BD3')}"


class ServiceAreaError(ValueError):
    pass


@lru_cache(maxsize=1)
def depot_areas() -> dict[str, tuple[str, ...]]:
    raw = os.environ.get("DEPOT_SERVICE_AREAS", DEFAULT_AREAS)
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise ServiceAreaError("DEPOT_SERVICE_AREAS is not a valid literal") from exc
    if not isinstance(value, dict):
        raise ServiceAreaError("DEPOT_SERVICE_AREAS must be a mapping")
    return {depot.upper(): tuple(d.upper() for d in districts) for depot, districts in value.items()}


def district_of(postcode: str) -> str:
    compact = postcode.replace(" ", "").upper()
    if len(compact) < 5:
        raise ServiceAreaError(f"Incomplete postcode: {postcode!r}")
    return compact[:-3]


def depot_for(postcode: str) -> str | None:
    district = district_of(postcode)
    for depot, districts in depot_areas().items():
        if district in districts:
            return depot
    return None


def covered(postcode: str) -> bool:
    try:
        return depot_for(postcode) is not None
    except ServiceAreaError:
        return False
