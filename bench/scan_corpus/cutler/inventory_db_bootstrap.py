"""Connect to the inventory database at worker start-up, retrying while Postgres comes up."""
import logging
import os
import time
from dataclasses import dataclass

import psycopg2

log = logging.getLogger("inventory.db")


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
            host=os.environ.get("INVENTORY_DB_HOST", "localhost"),
            port=int(os.environ.get("INVENTORY_DB_PORT", "5432")),
            name=os.environ.get("INVENTORY_DB_NAME", "inventory"),
            user=os.environ.get("INVENTORY_DB_USER", "inventory"),
            password=os.environ["INVENTORY_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def connect(settings: DbSettings, attempts: int = 10, delay: float = 3.0):
    last_exc = None
    for attempt in range(1, attempts + 1):
        try:
            conn = psycopg2.connect(settings.dsn, connect_timeout=5)
            log.info("connected to inventory db on %s (attempt %d)", settings.host, attempt)
            return conn
        except psycopg2.OperationalError as exc:
            last_exc = exc
            log.warning("inventory db not ready at %s: %s", settings.dsn, exc)
            time.sleep(delay)
    raise RuntimeError("inventory database unavailable") from last_exc


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    conn = connect(DbSettings.from_env())
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM blade_blanks WHERE on_hand > 0")
        log.info("%d blank types in stock", cur.fetchone()[0])


if __name__ == "__main__":
    main()
