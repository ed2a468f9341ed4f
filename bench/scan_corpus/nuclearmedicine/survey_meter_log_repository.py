"""Repository for radiation-safety survey meter readings.

Area surveys (dose rate in uSv/h) and contamination wipes are logged
daily in the hot lab, injection rooms and PET uptake bays.
"""
from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class SurveyReading:
    measured_at: datetime
    area_code: str
    instrument_serial: str
    reading_usv_h: float
    wipe_cpm: Optional[int]
    surveyor: str


class SurveyLogRepository:
    action_level_usv_h = 7.5

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str) -> "SurveyLogRepository":
        return cls(create_engine(url, pool_pre_ping=True))

    def readings(self, area: str, start: date, end: date) -> list[SurveyReading]:
        stmt = text(
            "SELECT measured_at, area_code, instrument_serial, reading_usv_h, wipe_cpm, surveyor "
            "FROM survey_readings WHERE area_code = :area "
            "AND measured_at >= :start AND measured_at < :end ORDER BY measured_at"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"area": area, "start": start, "end": end}).mappings()
            return [SurveyReading(**row) for row in rows]

    def record(self, reading: SurveyReading) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO survey_readings (measured_at, area_code, instrument_serial, "
                    "reading_usv_h, wipe_cpm, surveyor) VALUES (:measured_at, :area_code, "
                    ":instrument_serial, :reading_usv_h, :wipe_cpm, :surveyor)"
                ),
                reading.__dict__,
            )

    def exceedances(self, area: str, start: date, end: date) -> list[SurveyReading]:
        return [
            r for r in self.readings(area, start, end)
            if r.reading_usv_h > self.action_level_usv_h
        ]
