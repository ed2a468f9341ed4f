"""Creates the database engine used by the warehouse and returns services."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("hosier.db")


@dataclass
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 10

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ.get("WAREHOUSE_DB_HOST", "localhost"),
            port=int(os.environ.get("WAREHOUSE_DB_PORT", "5432")),
            name=os.environ.get("WAREHOUSE_DB_NAME", "warehouse"),
            user=os.environ["WAREHOUSE_DB_USER"],
            password=os.environ["WAREHOUSE_DB_PASSWORD"],
            pool_size=int(os.environ.get("WAREHOUSE_DB_POOL", "10")),
        )

    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def make_engine(settings: DbSettings | None = None) -> Engine:
    settings = settings or DbSettings.from_env()
    dsn = settings.url()
    log.info("connecting warehouse engine to %s (pool=%d)", dsn, settings.pool_size)
    engine = create_engine(dsn, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    log.info("warehouse database ready: %s", version.split(",")[0])
    return engine


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    make_engine()
