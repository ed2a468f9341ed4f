"""Load database settings for the office services from environment/INI file.

Every service (quoting, scheduling, stock, crew app) calls ``engine_from_config``
at start-up so connection pooling is configured the same way everywhere.
"""
import configparser
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("slater.config")

CONFIG_PATH = Path(os.environ.get("SLATER_CONFIG", "/etc/slater/services.ini"))


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5


def load_settings(service: str, path: Path = CONFIG_PATH) -> DatabaseSettings:
    parser = configparser.ConfigParser()
    parser.read(path)
    section = parser[service] if parser.has_section(service) else parser["DEFAULT"]
    return DatabaseSettings(
        host=os.environ.get("DB_HOST", section.get("db_host", "localhost")),
        port=int(os.environ.get("DB_PORT", section.get("db_port", "5432"))),
        name=section.get("db_name", "slater"),
        user=os.environ.get("DB_USER", section.get("db_user", service)),
        password=os.environ["DB_PASSWORD"],
        pool_size=section.getint("pool_size", 5),
    )


def _dsn(cfg: DatabaseSettings) -> str:
    return f"postgresql+psycopg://{cfg.user}:{cfg.password}@{cfg.host}:{cfg.port}/{cfg.name}"


def engine_from_config(service: str) -> Engine:
    cfg = load_settings(service)
    dsn = _dsn(cfg)
    log.info("%s connecting to %s (pool=%d)", service, dsn, cfg.pool_size)
    return create_engine(dsn, pool_size=cfg.pool_size, pool_pre_ping=True)
