"""Settings for the coach-paint and varnish supplier integration.

Colour matching for restorations uses the supplier's heritage colour
library; orders for enamel, varnish and lining paint go through its API.
"""
import os
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class PaintSupplierSettings:
    base_url: str
    account_number: str
    api_key: str
    colour_library: str = "heritage-coach"
    default_finish: str = "gloss"
    timeout_s: float = 20.0
    preferred_depots: tuple[str, ...] = field(default_factory=lambda: ("Leeds", "York"))


_DEFAULTS = {
    "base_url": "https://trade.coachpaints.co.uk/api/v3",
    "account_number": "WW-004127",
    "api_key": "cp_live_7f3K9qLx2R8mVb4TnY6wZs1dHe0uJcA5",
}


def _env(name: str, fallback: str) -> str:
    value = os.environ.get(name)
    return value if value else fallback


@lru_cache(maxsize=1)
def load_settings() -> PaintSupplierSettings:
    return PaintSupplierSettings(
        base_url=_env("PAINT_API_URL", _DEFAULTS["base_url"]),
        account_number=_env("PAINT_ACCOUNT", _DEFAULTS["account_number"]),
        api_key=_env("PAINT_API_KEY", _DEFAULTS["api_key"]),
        colour_library=_env("PAINT_COLOUR_LIBRARY", "heritage-coach"),
        default_finish=_env("PAINT_DEFAULT_FINISH", "gloss"),
        timeout_s=float(_env("PAINT_TIMEOUT", "20")),
    )


def auth_headers(settings: PaintSupplierSettings | None = None) -> dict[str, str]:
    s = settings or load_settings()
    return {
        "X-Account": s.account_number,
        "X-Api-Key": s.api_key,
        "Accept": "application/json",
    }


def colour_search_params(query: str, settings: PaintSupplierSettings | None = None) -> dict:
    s = settings or load_settings()
    return {"library": s.colour_library, "q": query, "finish": s.default_finish}
