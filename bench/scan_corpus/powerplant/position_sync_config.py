"""Configuration for the nightly position sync between the ETRM and the risk system."""

import os
from dataclasses import dataclass, field


class ConfigError(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class PositionSyncConfig:
    etrm_url: str
    etrm_client_id: str
    etrm_client_secret: str = field(repr=False)
    risk_db_dsn: str = field(repr=False)
    books: tuple[str, ...] = ()
    batch_size: int = 500

    @classmethod
    def from_env(cls) -> "PositionSyncConfig":
        return cls(
            etrm_url=_require("ETRM_BASE_URL"),
            etrm_client_id=_require("ETRM_CLIENT_ID"),
            etrm_client_secret=_require("ETRM_CLIENT_SECRET"),
            risk_db_dsn=_require("RISK_DB_DSN"),
            books=tuple(b.strip() for b in os.environ.get("SYNC_BOOKS", "").split(",") if b.strip()),
            batch_size=int(os.environ.get("SYNC_BATCH_SIZE", "500")),
        )
