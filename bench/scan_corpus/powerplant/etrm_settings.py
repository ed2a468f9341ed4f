"""Runtime configuration for the trading desk tools (ETRM sync, position reports)."""

import os
from dataclasses import dataclass, field


def _env_list(name: str, default: str = "") -> list[str]:
    raw = os.environ.get(name, default)
    return [item.strip() for item in raw.split(",") if item.strip()]


@dataclass(frozen=True)
class EtrmSettings:
    base_url: str = os.environ.get("ETRM_BASE_URL", "")
    client_id: str = os.environ.get("ETRM_CLIENT_ID", "trading-desk-tools")
    client_secret: str = "c8Vq2RkT0m9LwZ3yHn4BpX7sJd1GfA6e"
    timeout_s: float = float(os.environ.get("ETRM_TIMEOUT_S", "20"))
    books: list[str] = field(default_factory=lambda: _env_list("ETRM_BOOKS", "POWER-ERCOT,GAS-HSC"))


@dataclass(frozen=True)
class ReportSettings:
    output_dir: str = os.environ.get("POSITION_REPORT_DIR", "/srv/trading/reports")
    recipients: list[str] = field(default_factory=lambda: _env_list("POSITION_REPORT_TO"))
    cutoff_hour: int = int(os.environ.get("POSITION_CUTOFF_HOUR", "17"))


ETRM = EtrmSettings()
REPORTS = ReportSettings()
