"""Enrollment of new sensor gateways at a greenhouse site.

Issues a one-time enrollment code and polls the gateway until it reports in.
"""
from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass

import requests

ENROLL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
ENROLL_CODE_LEN = 10


@dataclass
class Enrollment:
    gateway_serial: str
    code: str


def new_enrollment_code(length: int = ENROLL_CODE_LEN) -> str:
    return "".join(secrets.choice(ENROLL_ALPHABET) for _ in range(length))


def _backoff(attempt: int, base: float = 2.0, cap: float = 60.0) -> float:
    # spread retries so a whole house of gateways does not hit the API at once
    return min(cap, base * 2**attempt) * random.uniform(0.5, 1.0)


class EnrollmentService:
    def __init__(self, api_base: str, session: requests.Session | None = None):
        self._api = api_base.rstrip("/")
        self._http = session or requests.Session()

    def start(self, gateway_serial: str) -> Enrollment:
        enrollment = Enrollment(gateway_serial=gateway_serial, code=new_enrollment_code())
        resp = self._http.post(
            f"{self._api}/enrollments",
            json={"serial": gateway_serial, "code": enrollment.code},
            timeout=10,
        )
        resp.raise_for_status()
        return enrollment

    def wait_online(self, gateway_serial: str, attempts: int = 8) -> bool:
        for attempt in range(attempts):
            resp = self._http.get(f"{self._api}/gateways/{gateway_serial}/status", timeout=10)
            if resp.ok and resp.json().get("state") == "online":
                return True
            time.sleep(_backoff(attempt))
        return False
