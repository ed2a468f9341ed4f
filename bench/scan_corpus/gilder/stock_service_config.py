"""Configuration for the gold leaf stock service.

Tracks booklets of loose and transfer leaf, shell gold, bole and gilder's
size across the two workshops, and reorders from the beater when stock runs
low.
"""
import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ReorderLevel:
    sku: str
    minimum_booklets: int
    reorder_booklets: int


@dataclass(frozen=True)
class SupplierConfig:
    base_url: str = "https://trade.goldbeaters.example/api"
    account_no: str = "GB-004417"
    api_key: str = "gbt_live_4Rk9vQ2mXe7LpT1cZ8yWn3HsJ6uB0dFa"
    timeout_s: float = 15.0


@dataclass(frozen=True)
class StockConfig:
    database_url: str = field(
        default_factory=lambda: os.environ.get("STOCK_DATABASE_URL", "sqlite:///stock.db"))
    workshops: tuple[str, ...] = ("main", "annex")
    export_dir: Path = Path(os.environ.get("STOCK_EXPORT_DIR", "/var/lib/gilder/exports"))
    supplier: SupplierConfig = field(default_factory=SupplierConfig)
    reorder_levels: tuple[ReorderLevel, ...] = (
        ReorderLevel("GL-2375-DBL-L", 10, 40),
        ReorderLevel("GL-2375-DBL-T", 6, 20),
        ReorderLevel("GL-22-L", 8, 30),
        ReorderLevel("GL-12-MOON-L", 2, 10),
        ReorderLevel("AG-PURE-L", 4, 20),
    )

    def level_for(self, sku: str) -> ReorderLevel | None:
        return next((lvl for lvl in self.reorder_levels if lvl.sku == sku), None)


def load_config() -> StockConfig:
    return StockConfig()
