"""Writes the per-vehicle validator configuration consumed by the depot sync daemon."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import List

CONFIG_ROOT = Path(os.environ.get("VALIDATOR_CONFIG_ROOT", "/srv/validator-sync/config"))


@dataclass
class ValidatorConfig:
    vehicle_id: str
    doors: List[int]
    fare_table_version: int
    denylist_version: int
    offline_grace_minutes: int = 90
    languages: List[str] = field(default_factory=lambda: ["en", "fr"])


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        mode="wb", dir=target.parent, prefix=f".{target.name}.", delete=False
    ) as tmp:
        tmp.write(data)
        tmp.flush()
        os.fsync(tmp.fileno())
        tmp_name = tmp.name
    try:
        os.replace(tmp_name, target)
    except OSError:
        os.unlink(tmp_name)
        raise


def write_config(cfg: ValidatorConfig) -> Path:
    target = CONFIG_ROOT / f"{cfg.vehicle_id}.json"
    payload = json.dumps(asdict(cfg), indent=2, sort_keys=True).encode()
    _atomic_write(target, payload)
    return target


def write_fleet(configs: List[ValidatorConfig]) -> List[Path]:
    return [write_config(c) for c in configs]
