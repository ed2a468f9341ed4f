"""Worker that moves water level readings from the MQTT spool into Postgres."""
from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("telemetry.ingest")

INSERT_SQL = text(
    "INSERT INTO level_readings (station_code, observed_at, level_m) "
    "VALUES (:station, :observed_at, :level)"
)


class IngestWorker:
    def __init__(self, database_url: str, spool_dir: Path, batch_size: int = 500) -> None:
        self.url = make_url(database_url)
        self.engine = create_engine(self.url, pool_pre_ping=True)
        self.spool_dir = spool_dir
        self.batch_size = batch_size

    def describe(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def _batch(self) -> list[Path]:
        return sorted(self.spool_dir.glob("*.json"))[: self.batch_size]

    def run_once(self) -> int:
        files = self._batch()
        if not files:
            return 0
        rows = []
        for path in files:
            reading = json.loads(path.read_text(encoding="utf-8"))
            rows.append(
                {
                    "station": reading["station"],
                    "observed_at": reading["observed_at"],
                    "level": float(reading["level_m"]),
                }
            )
        with self.engine.begin() as conn:
            conn.execute(INSERT_SQL, rows)
        for path in files:
            path.unlink()
        return len(rows)

    def run_forever(self, idle_sleep: float = 5.0) -> None:
        log.info("ingest worker writing to %s", self.describe())
        while True:
            try:
                count = self.run_once()
            except Exception:
                log.exception("ingest batch failed against %s", self.describe())
                count = 0
            if count:
                log.info("ingested %d readings", count)
            else:
                time.sleep(idle_sleep)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    IngestWorker(
        os.environ["TELEMETRY_DATABASE_URL"],
        Path(os.environ.get("TELEMETRY_SPOOL_DIR", "/var/spool/telemetry")),
    ).run_forever()
