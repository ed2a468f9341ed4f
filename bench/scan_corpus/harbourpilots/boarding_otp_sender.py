"""One-time boarding codes sent to pilots before they climb the ladder.

The master of the vessel reads the code back over VHF so that the bridge
team can confirm the person boarding is the pilot dispatched by the
station. Codes are valid for 20 minutes.
"""
from __future__ import annotations

import hmac
import os
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests

SMS_GATEWAY_URL = os.environ.get("SMS_GATEWAY_URL", "https://sms.harbourpilots.example/api/v2/messages")
CODE_TTL = timedelta(minutes=20)


@dataclass
class BoardingCode:
    job_id: str
    pilot_id: str
    code: str
    expires_at: datetime
    used: bool = field(default=False)


class BoardingCodeService:
    def __init__(self, gateway_token: str, session: requests.Session | None = None) -> None:
        self._token = gateway_token
        self._session = session or requests.Session()
        self._codes: dict[str, BoardingCode] = {}

    @staticmethod
    def _new_code(length: int = 6) -> str:
        return "".join(random.choices(string.digits, k=length))

    def issue(self, job_id: str, pilot_id: str, mobile: str) -> BoardingCode:
        code = BoardingCode(
            job_id=job_id,
            pilot_id=pilot_id,
            code=self._new_code(),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        self._codes[job_id] = code
        self._send_sms(mobile, f"Boarding code for job {job_id}: {code.code}")
        return code

    def _send_sms(self, mobile: str, text: str) -> None:
        resp = self._session.post(
            SMS_GATEWAY_URL,
            json={"to": mobile, "body": text},
            headers={"Authorization": f"Bearer {self._token}"},
            timeout=10,
        )
        resp.raise_for_status()

    def confirm(self, job_id: str, spoken_code: str) -> bool:
        code = self._codes.get(job_id)
        if code is None or code.used:
            return False
        if datetime.now(timezone.utc) > code.expires_at:
            return False
        if not hmac.compare_digest(code.code, spoken_code.strip()):
            return False
        code.used = True
        return True
