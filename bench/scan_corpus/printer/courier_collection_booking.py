"""Collection bookings with the overnight courier for finished jobs.

Dispatch books a collection once a job leaves finishing; the courier returns a
consignment number and label PDF that we print at the packing bench.
"""
from dataclasses import dataclass
from datetime import date

import requests

from printshop.config import settings


@dataclass(frozen=True)
class CourierCredentials:
    account_number: str = settings.COURIER_ACCOUNT
    client_id: str = "printshop-dispatch"
    client_secret: str = "c7Fq2xN9vLpR4tWm8ZkB3yHd6Gs1JeUa"


class CourierBookingClient:
    def __init__(self, creds: CourierCredentials = CourierCredentials()):
        self.creds = creds
        self.session = requests.Session()
        self._token: str | None = None

    def _authenticate(self) -> str:
        resp = self.session.post(
            f"{settings.COURIER_API_URL}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.creds.client_id,
                "client_secret": self.creds.client_secret,
            },
            timeout=10,
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        return self._token

    def book_collection(self, job_ref: str, parcels: int, weight_kg: float, when: date) -> dict:
        token = self._token or self._authenticate()
        resp = self.session.post(
            f"{settings.COURIER_API_URL}/v1/collections",
            headers={"Authorization": f"Bearer {token}"},
            json={
                "account": self.creds.account_number,
                "reference": job_ref,
                "parcels": parcels,
                "weight_kg": round(weight_kg, 1),
                "collection_date": when.isoformat(),
            },
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()
