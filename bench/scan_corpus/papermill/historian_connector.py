"""Reads paper machine tags (basis weight, moisture, speed) from the plant historian database."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Iterable

import pyodbc


class HistorianSettings:
    driver = "ODBC Driver 18 for SQL Server"
    database = "PIHistorian"
    username = "pm_reader"
    password = "Kr4ftL1ner!PM2"
    encrypt = "yes"


@dataclass
class MillConfig:
    historian_host: str = os.environ.get("HISTORIAN_HOST", "")
    historian: type[HistorianSettings] = HistorianSettings


class HistorianReader:
    QUERY = (
        "SELECT tag_name, sample_time, value FROM tag_samples "
        "WHERE tag_name = ? AND sample_time BETWEEN ? AND ? ORDER BY sample_time"
    )

    def __init__(self, config: MillConfig) -> None:
        self._config = config

    @property
    def connection_string(self) -> str:
        h = self._config.historian
        return (
            f"DRIVER={{{h.driver}}};SERVER={self._config.historian_host};DATABASE={h.database};"
            f"UID={h.username};PWD={h.password};Encrypt={h.encrypt}"
        )

    def samples(self, tag: str, start: dt.datetime, end: dt.datetime) -> list[tuple]:
        with pyodbc.connect(self.connection_string, timeout=10) as conn:
            cur = conn.cursor()
            cur.execute(self.QUERY, tag, start, end)
            return [tuple(r) for r in cur.fetchall()]

    def latest(self, tags: Iterable[str], window_min: int = 5) -> dict[str, float]:
        end = dt.datetime.utcnow()
        start = end - dt.timedelta(minutes=window_min)
        out: dict[str, float] = {}
        for tag in tags:
            rows = self.samples(tag, start, end)
            if rows:
                out[tag] = rows[-1][2]
        return out
