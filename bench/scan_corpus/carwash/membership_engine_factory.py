"""Engine factory for the membership reporting replica."""
from __future__ import annotations

import logging
import os
from typing import Mapping

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine

logger = logging.getLogger("membership.replica")


def replica_url(environ: Mapping[str, str] = os.environ) -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=environ["REPLICA_DB_USER"],
        password=environ["REPLICA_DB_PASSWORD"],
        host=environ["REPLICA_DB_HOST"],
        port=int(environ.get("REPLICA_DB_PORT", "5432")),
        database=environ.get("REPLICA_DB_NAME", "membership"),
        query={"application_name": "membership-reports", "sslmode": "require"},
    )


class ReplicaEngineFactory:
    def __init__(self, url: URL | None = None, pool_size: int = 3) -> None:
        self.url = url or replica_url()
        self.pool_size = pool_size

    def build(self) -> Engine:
        logger.info(
            "opening reporting replica %s pool_size=%d",
            self.url.render_as_string(hide_password=True),
            self.pool_size,
        )
        engine = create_engine(self.url, pool_size=self.pool_size, pool_pre_ping=True)

        @event.listens_for(engine, "connect")
        def _read_only(dbapi_conn, _record):
            with dbapi_conn.cursor() as cur:
                cur.execute("SET default_transaction_read_only = on")

        return engine


_engine: Engine | None = None


def engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = ReplicaEngineFactory().build()
    return _engine
