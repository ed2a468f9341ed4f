"""Database configuration and engine factory for the online hat shop."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger("hatmaker.shop.db")


@dataclass(frozen=True)
class ShopDatabaseConfig:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "ShopDatabaseConfig":
        return cls(
            host=os.environ["SHOP_DB_HOST"],
            port=int(os.environ.get("SHOP_DB_PORT", "5432")),
            name=os.environ["SHOP_DB_NAME"],
            user=os.environ["SHOP_DB_USER"],
            password=os.environ["SHOP_DB_PASSWORD"],
            pool_size=int(os.environ.get("SHOP_DB_POOL_SIZE", "5")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def build_engine(config: ShopDatabaseConfig | None = None) -> Engine:
    config = config or ShopDatabaseConfig.from_env()
    log.info("Connecting shop database: %s (pool=%d)", config.dsn, config.pool_size)
    return create_engine(
        config.dsn,
        pool_size=config.pool_size,
        pool_pre_ping=True,
        pool_recycle=1800,
    )


SessionFactory = sessionmaker(expire_on_commit=False)


def init_sessions(engine: Engine | None = None) -> sessionmaker:
    SessionFactory.configure(bind=engine or build_engine())
    return SessionFactory
