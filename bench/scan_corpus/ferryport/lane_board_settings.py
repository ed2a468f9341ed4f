"""Settings for the lane allocation board service, loaded from the deployment environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


def _from_file_or_env(name: str) -> str:
    """Support Docker/Kubernetes secrets mounted as files via NAME_FILE."""
    file_ref = os.environ.get(f"{name}_FILE")
    if file_ref:
        return Path(file_ref).read_text(encoding="utf-8").strip()
    return _required(name)


@dataclass(frozen=True)
class LaneBoardSettings:
    TOKEN_ENV_VAR = "LANE_BOARD_API_TOKEN"
    DB_PASSWORD_ENV_VAR = "LANE_DB_PASSWORD"

    terminal_code: str = field(default_factory=lambda: _required("TERMINAL_CODE"))
    db_host: str = field(default_factory=lambda: _required("LANE_DB_HOST"))
    db_name: str = "lane_allocation"
    db_user: str = field(default_factory=lambda: _required("LANE_DB_USER"))
    db_password: str = field(
        default_factory=lambda: _from_file_or_env(LaneBoardSettings.DB_PASSWORD_ENV_VAR),
        repr=False,
    )
    api_token: str = field(
        default_factory=lambda: _from_file_or_env(LaneBoardSettings.TOKEN_ENV_VAR),
        repr=False,
    )
    lanes_per_sailing: int = 6
    hazardous_lane: str = "H1"

    def sqlalchemy_url(self) -> str:
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.db_user,
            password=self.db_password,
            host=self.db_host,
            database=self.db_name,
        ).render_as_string(hide_password=False)


def load() -> LaneBoardSettings:
    return LaneBoardSettings()
