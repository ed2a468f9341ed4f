"""Verification of printed exam certificates.

Each certificate carries a short verification code: a truncated HMAC over the
pupil, grade and exam date.  Employers, other schools and competition
organisers can check the code on the public verification page.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import date


class CertificateError(Exception):
    pass


def _signing_key() -> bytes:
    key = os.environ.get("CERTIFICATE_SIGNING_KEY")
    if not key:
        raise RuntimeError("CERTIFICATE_SIGNING_KEY missing")
    return base64.b64decode(key)


@dataclass(frozen=True)
class Certificate:
    certificate_no: str
    pupil_name: str
    grade: str
    exam_date: date
    presented_code: str = ""

    def _message(self) -> bytes:
        fields = (self.certificate_no, self.pupil_name.upper(), self.grade,
                  self.exam_date.isoformat())
        return "|".join(fields).encode("utf-8")

    @property
    def expected_code(self) -> str:
        mac = hmac.new(_signing_key(), self._message(), hashlib.sha256).digest()
        return base64.b32encode(mac[:10]).decode("ascii")

    def with_code(self) -> "Certificate":
        return Certificate(self.certificate_no, self.pupil_name, self.grade,
                           self.exam_date, self.expected_code)

    def verify(self) -> None:
        presented = self.presented_code.replace("-", "").upper()
        if presented != self.expected_code:
            raise CertificateError("verification code does not match")


def format_code(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def check_certificate(number: str, name: str, grade: str, exam_day: str, code: str) -> bool:
    cert = Certificate(number.strip(), name.strip(), grade.strip(),
                       date.fromisoformat(exam_day), code)
    try:
        cert.verify()
    except CertificateError:
        return False
    return True
