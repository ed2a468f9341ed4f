"""Database connection helper for the finished-goods warehouse service.

The warehouse service tracks pallets of sieves and screen panels from
packing to dispatch. Connection details come from WAREHOUSE_DB_URL.
"""
import logging
import os
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("warehouse.db")

CONNECT_ATTEMPTS = 5


def engine_from_env(var: str = "WAREHOUSE_DB_URL") -> Engine:
    url = make_url(os.environ[var])
    shown = url.render_as_string(hide_password=True)
    last_exc = None
    for attempt in range(1, CONNECT_ATTEMPTS + 1):
        engine = create_engine(url, pool_pre_ping=True, pool_size=10)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("connected to warehouse database %s", shown)
            return engine
        except OperationalError as exc:
            last_exc = exc
            engine.dispose()
            log.warning("database %s not reachable (attempt %d/%d)", shown, attempt, CONNECT_ATTEMPTS)
            time.sleep(min(2 ** attempt, 20))
    raise RuntimeError(f"could not connect to {shown}") from last_exc


def pallet_count(engine: Engine, status: str = "packed") -> int:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT COUNT(*) FROM pallets WHERE status = :status"), {"status": status}
        ).scalar_one()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    eng = engine_from_env()
    print(f"packed pallets waiting for dispatch: {pallet_count(eng)}")
