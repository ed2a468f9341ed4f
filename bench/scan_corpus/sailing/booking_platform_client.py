"""Thin client for the course booking platform used by the sailing school office."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests

DEFAULT_TIMEOUT = (5, 30)


@dataclass(frozen=True)
class PlatformConfig:
    base_url: str
    api_token: str
    school_id: str

    @classmethod
    def from_environment(cls, env=os.environ) -> "PlatformConfig":
        return cls(
            base_url=env["BOOKING_API_URL"].rstrip("/"),
            api_token=env["BOOKING_API_TOKEN"],
            school_id=env["BOOKING_SCHOOL_ID"],
        )


class BookingPlatform:
    def __init__(self, config: PlatformConfig) -> None:
        self.config = config
        self.http = requests.Session()
        self.http.headers.update(
            {
                "Authorization": f"Bearer {config.api_token}",
                "Accept": "application/json",
            }
        )

    def _url(self, path: str) -> str:
        return f"{self.config.base_url}/schools/{self.config.school_id}/{path.lstrip('/')}"

    def courses_starting(self, day: date) -> list[dict]:
        resp = self.http.get(
            self._url("courses"), params={"start_date": day.isoformat()}, timeout=DEFAULT_TIMEOUT
        )
        resp.raise_for_status()
        return resp.json()["courses"]

    def enrol(self, course_id: str, student: dict) -> dict:
        body = {
            "first_name": student["first_name"],
            "last_name": student["last_name"],
            "email": student["email"],
            "rya_number": student.get("rya_number"),
        }
        resp = self.http.post(self._url(f"courses/{course_id}/enrolments"), json=body, timeout=DEFAULT_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def cancel_enrolment(self, course_id: str, enrolment_id: str, reason: str) -> None:
        resp = self.http.delete(
            self._url(f"courses/{course_id}/enrolments/{enrolment_id}"),
            params={"reason": reason[:100]},
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()


def default_client() -> BookingPlatform:
    return BookingPlatform(PlatformConfig.from_environment())
