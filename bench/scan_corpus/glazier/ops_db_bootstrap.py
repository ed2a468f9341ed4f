"""Start-up database wiring for the glazing operations service.

Builds the PostgreSQL connection string from the deployment environment,
creates the engine and checks the schema version before workers start.
"""
import logging
import os
import sys
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

logger = logging.getLogger("glazeops.bootstrap")

EXPECTED_SCHEMA = 42


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ.get("OPS_DB_HOST", "localhost"),
            port=int(os.environ.get("OPS_DB_PORT", "5432")),
            name=os.environ.get("OPS_DB_NAME", "glazeops"),
            user=os.environ["OPS_DB_USER"],
            password=os.environ["OPS_DB_PASSWORD"],
        )

    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def make_engine(settings: DbSettings) -> Engine:
    dsn = settings.url()
    logger.info("Connecting to operations database at %s", dsn)
    return create_engine(dsn, pool_size=10, pool_pre_ping=True)


def check_schema(engine: Engine) -> int:
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version FROM schema_version")).scalar_one()
    if version != EXPECTED_SCHEMA:
        logger.critical("Schema version %s, expected %s - run migrations", version, EXPECTED_SCHEMA)
        sys.exit(2)
    return version


def bootstrap() -> Engine:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    engine = make_engine(DbSettings.from_env())
    check_schema(engine)
    logger.info("Database ready (schema %s)", EXPECTED_SCHEMA)
    return engine
