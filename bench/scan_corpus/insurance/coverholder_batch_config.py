"""Pipeline step: parse the ``batch.yaml`` shipped with a coverholder upload.

The file tells the loader which currency, date format and column mapping
the coverholder used for this month's bordereaux.
"""
import logging
from dataclasses import dataclass
from pathlib import Path

import yaml

log = logging.getLogger("bdx.batch_config")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SUPPORTED_CURRENCIES = {"GBP", "EUR", "USD"}


class BatchConfigError(ValueError):
    pass


@dataclass(frozen=True)
class BatchConfig:
    currency: str
    date_format: str
    column_map: dict[str, str]


def read_batch_config(batch_dir: Path) -> BatchConfig:
    with (batch_dir / "batch.yaml").open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=_Loader)
    if not isinstance(raw, dict):
        raise BatchConfigError("batch.yaml must be a mapping")

    currency = str(raw.get("currency", "GBP")).upper()
    if currency not in SUPPORTED_CURRENCIES:
        raise BatchConfigError(f"unsupported currency {currency}")

    column_map = raw.get("columns") or {}
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in column_map.items()):
        raise BatchConfigError("columns must map strings to strings")

    config = BatchConfig(
        currency=currency,
        date_format=str(raw.get("date_format", "%d/%m/%Y")),
        column_map=dict(column_map),
    )
    log.info("batch config: %s, %d mapped columns", config.currency, len(config.column_map))
    return config
