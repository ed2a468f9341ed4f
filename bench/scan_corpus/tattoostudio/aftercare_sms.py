"""Aftercare reminder texts sent through Twilio's Messages API."""
import os
from dataclasses import dataclass

import httpx

TWILIO_API = "https://api.twilio.com/2010-04-01"


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str
    auth_token: str
    from_number: str

    @classmethod
    def from_env(cls) -> "TwilioSettings":
        return cls(
            account_sid=os.environ["TWILIO_ACCOUNT_SID"],
            auth_token=os.environ["TWILIO_AUTH_TOKEN"],
            from_number=os.environ["TWILIO_FROM_NUMBER"],
        )


REMINDERS = {
    3: "Hi {name}, day 3 of healing: your film can come off today. Wash gently and pat dry.",
    14: "Hi {name}, two weeks in! Keep moisturising lightly and avoid sun on the new work.",
    42: "Hi {name}, your piercing is due a downsize check. Reply BOOK and we'll call you.",
}


def send_reminder(settings: TwilioSettings, phone: str, name: str, day: int) -> str:
    url = f"{TWILIO_API}/Accounts/{settings.account_sid}/Messages.json"
    with httpx.Client(auth=(settings.account_sid, settings.auth_token), timeout=10.0) as client:
        resp = client.post(
            url,
            data={"From": settings.from_number, "To": phone, "Body": REMINDERS[day].format(name=name)},
        )
        resp.raise_for_status()
        return resp.json()["sid"]
