"""Settings for the revenue-meter data service.

Secrets come from the environment (populated from Vault by the deploy agent);
this module only names them and fails fast if any are missing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

PASSWORD_ENV = "METER_DB_PASSWORD"
API_TOKEN_ENV = "METER_RECONCILIATION_TOKEN"
TOKEN_HEADER = "X-Meter-Token"
DEFAULT_DB_USER = "meter_reader"


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class MeterSettings:
    db_host: str
    db_name: str
    db_user: str
    db_password: str = field(repr=False)
    reconciliation_url: str = ""
    reconciliation_token: str = field(default="", repr=False)

    @property
    def dsn(self) -> str:
        return f"host={self.db_host} dbname={self.db_name} user={self.db_user} sslmode=verify-full"


def load() -> MeterSettings:
    return MeterSettings(
        db_host=_required("METER_DB_HOST"),
        db_name=os.environ.get("METER_DB_NAME", "meterdata"),
        db_user=os.environ.get("METER_DB_USER", DEFAULT_DB_USER),
        db_password=_required(PASSWORD_ENV),
        reconciliation_url=_required("METER_RECONCILIATION_URL"),
        reconciliation_token=_required(API_TOKEN_ENV),
    )
