"""Health check for the accounting/ERP database used by the wholesale invoicing job."""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger("lavenderfarm.erp_check")


@dataclass
class ErpCheckSettings:
    database_url: str = field(default_factory=lambda: os.environ["ERP_DATABASE_URL"])
    attempts: int = 3
    pause_seconds: float = 5.0

    @property
    def display_url(self) -> str:
        return make_url(self.database_url).render_as_string(hide_password=True)


def check_once(settings: ErpCheckSettings) -> float:
    engine = create_engine(settings.database_url, pool_pre_ping=True)
    started = time.perf_counter()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            conn.execute(text("SELECT count(*) FROM sales_ledger WHERE posted_on = current_date"))
    finally:
        engine.dispose()
    return time.perf_counter() - started


def run(settings: ErpCheckSettings) -> int:
    log.info("checking ERP database at %s", settings.display_url)
    for attempt in range(1, settings.attempts + 1):
        try:
            elapsed = check_once(settings)
        except SQLAlchemyError as exc:
            log.warning(
                "attempt %d/%d failed for %s: %s",
                attempt,
                settings.attempts,
                settings.display_url,
                type(exc).__name__,
            )
            time.sleep(settings.pause_seconds)
            continue
        log.info("ERP database reachable in %.0f ms", elapsed * 1000)
        return 0
    log.error("ERP database unreachable after %d attempts", settings.attempts)
    return 2


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sys.exit(run(ErpCheckSettings()))
