"""Sends "your ice is on the way" texts with the driver's ETA.

Triggered when a driver marks the previous stop as delivered. Uses the SMS
provider's REST API with the account credentials from the environment.
"""
import asyncio
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("icehouse.delivery.eta")


@dataclass(frozen=True)
class SmsCredentials:
    account_sid: str
    auth_token: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmsCredentials":
        return cls(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"], os.environ["SMS_SENDER"])


class EtaNotifier:
    def __init__(self, creds: SmsCredentials | None = None):
        self.creds = creds or SmsCredentials.from_env()
        self.client = httpx.AsyncClient(
            base_url=f"https://api.twilio.com/2010-04-01/Accounts/{self.creds.account_sid}",
            auth=(self.creds.account_sid, self.creds.auth_token),
            timeout=10.0,
        )

    async def notify(self, phone: str, customer: str, eta_minutes: int) -> bool:
        text = f"Hi {customer}, your IceHouse delivery is about {eta_minutes} min away."
        try:
            resp = await self.client.post(
                "/Messages.json", data={"To": phone, "From": self.creds.sender, "Body": text}
            )
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("ETA text to %s failed: %s", phone[-4:].rjust(len(phone), "*"), exc.__class__.__name__)
            return False
        return True

    async def notify_many(self, stops: list[dict]) -> int:
        results = await asyncio.gather(
            *(self.notify(s["phone"], s["customer"], s["eta_minutes"]) for s in stops if s.get("phone"))
        )
        return sum(results)

    async def aclose(self) -> None:
        await self.client.aclose()
