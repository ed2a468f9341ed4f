"""Startup helper shared by the job app, the rota planner and the portal:
builds the Postgres connection from environment settings and checks that
migrations are current before the service starts taking traffic."""
import logging
import os
import sys
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("millwright.bootstrap")

EXPECTED_REVISION_ENV = "MW_SCHEMA_REVISION"


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
            host=os.environ.get("MW_DB_HOST", "localhost"),
            port=int(os.environ.get("MW_DB_PORT", "5432")),
            name=os.environ.get("MW_DB_NAME", "millwright"),
            user=os.environ["MW_DB_USER"],
            password=os.environ["MW_DB_PASSWORD"],
        )

    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def make_engine(settings: DbSettings) -> Engine:
    dsn = settings.url()
    log.info("connecting to database %s", dsn)
    return create_engine(dsn, pool_size=10, pool_pre_ping=True)


def check_schema(engine: Engine) -> bool:
    expected = os.environ.get(EXPECTED_REVISION_ENV)
    with engine.connect() as conn:
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    if expected and current != expected:
        log.error("schema at %s, service expects %s", current, expected)
        return False
    log.info("schema revision %s", current)
    return True


def bootstrap() -> Engine:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    engine = make_engine(DbSettings.from_env())
    if not check_schema(engine):
        sys.exit(3)
    return engine
