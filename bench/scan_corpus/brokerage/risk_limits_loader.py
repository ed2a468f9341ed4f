"""Loads per-desk and per-symbol risk limits used by the pre-trade risk check.

The YAML files live in the risk-config repository and are pulled onto the
order-router hosts by the deploy job; risk managers edit them via pull requests.
"""
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class RiskLimits:
    max_order_notional: Decimal
    max_order_qty: int
    max_position_notional: Decimal
    restricted_symbols: set[str] = field(default_factory=set)
    symbol_overrides: dict[str, dict] = field(default_factory=dict)


def load_limits(path: Path) -> RiskLimits:
    with path.open("r", encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=_Loader) or {}
    defaults = doc.get("defaults", {})
    return RiskLimits(
        max_order_notional=Decimal(str(defaults["max_order_notional"])),
        max_order_qty=int(defaults["max_order_qty"]),
        max_position_notional=Decimal(str(defaults["max_position_notional"])),
        restricted_symbols={s.upper() for s in doc.get("restricted", [])},
        symbol_overrides={k.upper(): v for k, v in doc.get("overrides", {}).items()},
    )


def load_all(config_dir: Path) -> dict[str, RiskLimits]:
    return {p.stem: load_limits(p) for p in sorted(config_dir.glob("*.yaml"))}
