"""Activation codes for new patient portal accounts.

After a diagnostic study is booked, the front desk registers the patient and
an eight-digit activation code is texted to them. The patient types the code
into the portal to finish setting up their login.
"""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

CODE_LENGTH = 8
CODE_TTL = timedelta(hours=48)


@dataclass
class Activation:
    patient_id: int
    code: str
    expires_at: datetime


def new_activation_code() -> str:
    return "".join(random.choices(string.digits, k=CODE_LENGTH))


class ActivationService:
    def __init__(self, conn: psycopg.Connection, sms_client) -> None:
        self._conn = conn
        self._sms = sms_client

    def issue(self, patient_id: int, mobile: str) -> Activation:
        activation = Activation(
            patient_id=patient_id,
            code=new_activation_code(),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO portal_activations (patient_id, code, expires_at) "
                "VALUES (%s, %s, %s) "
                "ON CONFLICT (patient_id) DO UPDATE SET code = EXCLUDED.code, "
                "expires_at = EXCLUDED.expires_at",
                (activation.patient_id, activation.code, activation.expires_at),
            )
        self._conn.commit()
        self._sms.send(
            to=mobile,
            body=f"Your sleep clinic portal activation code is {activation.code}",
        )
        return activation

    def redeem(self, patient_id: int, code: str) -> bool:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT code, expires_at FROM portal_activations WHERE patient_id = %s",
                (patient_id,),
            )
            row = cur.fetchone()
            if row is None:
                return False
            stored, expires_at = row
            if expires_at < datetime.now(timezone.utc):
                return False
            if not hmac.compare_digest(stored, code):
                return False
            cur.execute("DELETE FROM portal_activations WHERE patient_id = %s", (patient_id,))
        self._conn.commit()
        return True
