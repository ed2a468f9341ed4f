"""Credentials for the tug operator's booking API.

When a pilot job needs tug assistance, dispatch books the tugs through
the towage company's API. The API key is kept in AWS Secrets Manager;
only the secret's name is part of the code.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3
import requests

TUG_SECRET_ID = os.environ.get("TUG_API_SECRET_ID", "harbourpilots/prod/tug-booking-api")
TUG_API_URL = os.environ.get("TUG_API_URL", "https://booking.towage.example/api")


@dataclass(frozen=True)
class TugApiCredentials:
    account_id: str
    api_key: str

    def headers(self) -> dict[str, str]:
        return {"X-Account": self.account_id, "X-Api-Key": self.api_key}


@lru_cache(maxsize=1)
def load_credentials(secret_id: str = TUG_SECRET_ID) -> TugApiCredentials:
    client = boto3.client("secretsmanager")
    secret = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    return TugApiCredentials(account_id=secret["account_id"], api_key=secret["api_key"])


@dataclass
class TugBooking:
    job_id: str
    vessel_imo: str
    tugs: int
    make_fast_at: str
    berth: str


def book_tugs(booking: TugBooking) -> str:
    creds = load_credentials()
    resp = requests.post(
        f"{TUG_API_URL}/bookings",
        json={
            "reference": booking.job_id,
            "imo": booking.vessel_imo,
            "tugs": booking.tugs,
            "makeFastAt": booking.make_fast_at,
            "berth": booking.berth,
        },
        headers=creds.headers(),
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["bookingId"]


def cancel_booking(booking_id: str) -> None:
    creds = load_credentials()
    resp = requests.delete(f"{TUG_API_URL}/bookings/{booking_id}", headers=creds.headers(),
                           timeout=15)
    resp.raise_for_status()
