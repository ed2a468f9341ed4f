"""Database settings for the allergen traceability service.

Connection details come from the environment (populated by the secrets
manager sidecar); only non-sensitive defaults are kept here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class TraceDbSettings:
    host: str = field(default_factory=lambda: _required("TRACE_DB_HOST"))
    port: int = field(default_factory=lambda: int(os.environ.get("TRACE_DB_PORT", "5432")))
    name: str = "traceability"
    user: str = field(default_factory=lambda: _required("TRACE_DB_USER"))
    password: str = field(default_factory=lambda: _required("TRACE_DB_PASSWORD"), repr=False)
    sslmode: str = "verify-full"
    pool_size: int = 5

    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def build_engine(settings: TraceDbSettings | None = None) -> Engine:
    settings = settings or TraceDbSettings()
    return create_engine(
        settings.url(),
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        hide_parameters=True,
    )
