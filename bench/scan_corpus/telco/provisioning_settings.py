"""Runtime settings for the provisioning workers (SIM activation, barring, plan changes)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class DatabaseSettings:
    dsn: str = field(default_factory=lambda: os.environ["PROVISIONING_DB_DSN"])
    pool_size: int = int(os.environ.get("PROVISIONING_DB_POOL", "10"))


@dataclass(frozen=True)
class HssSettings:
    base_url: str = field(default_factory=lambda: os.environ["HSS_API_URL"])
    api_key: str = field(
        default_factory=lambda: os.environ.get("HSS_API_KEY", "hss_prod_4f9a2c71e8b34d05a6c9e1f27b8d3a60")
    )
    timeout: float = float(os.environ.get("HSS_TIMEOUT", "8"))
    dry_run: bool = _env_bool("HSS_DRY_RUN")


@dataclass(frozen=True)
class QueueSettings:
    broker_url: str = field(default_factory=lambda: os.environ["PROVISIONING_BROKER_URL"])
    activation_queue: str = "sim.activate"
    barring_queue: str = "sim.bar"
    prefetch: int = 20
    max_retries: int = 5


@dataclass(frozen=True)
class ProvisioningSettings:
    db: DatabaseSettings = field(default_factory=DatabaseSettings)
    hss: HssSettings = field(default_factory=HssSettings)
    queue: QueueSettings = field(default_factory=QueueSettings)
    default_apn: str = "internet.mvno"
    activation_sla_minutes: int = 15


def load_settings() -> ProvisioningSettings:
    return ProvisioningSettings()
