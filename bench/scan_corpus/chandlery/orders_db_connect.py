"""Connection set-up for the orders database used by the web shop and dispatch.

Builds the SQLAlchemy URL from environment settings and logs where it is
connecting, with the password hidden.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import URL, create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("chandlery.ordersdb")


@dataclass(frozen=True)
class OrdersDbSettings:
    host: str
    port: int
    database: str
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "OrdersDbSettings":
        return cls(
            host=os.environ["ORDERS_DB_HOST"],
            port=int(os.environ.get("ORDERS_DB_PORT", "5432")),
            database=os.environ["ORDERS_DB_NAME"],
            username=os.environ["ORDERS_DB_USER"],
            password=os.environ["ORDERS_DB_PASSWORD"],
        )

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
        )


def connect(settings: OrdersDbSettings) -> Engine:
    url = settings.url()
    log.info("connecting to orders database %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_pre_ping=True, pool_size=10)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    log.info("orders database reachable")
    return engine


def open_orders_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM orders WHERE status = :status"), {"status": "open"}
        ).scalar_one()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    eng = connect(OrdersDbSettings.from_env())
    log.info("%d open orders", open_orders_count(eng))
