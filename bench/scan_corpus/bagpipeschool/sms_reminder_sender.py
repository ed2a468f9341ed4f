"""Send SMS reminders for tomorrow's lessons and band rehearsals.

Runs nightly from cron.  The SMS provider uses HTTP basic auth with an
account SID and auth token, both taken from the environment.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

import requests

log = logging.getLogger("sms_reminders")


class SmsDeliveryError(RuntimeError):
    pass


@dataclass
class Reminder:
    phone: str
    pupil_name: str
    what: str
    when: str


class SmsClient:
    def __init__(self, base_url: str, account_sid: str, auth_token: str, sender: str):
        self._url = f"{base_url.rstrip('/')}/Accounts/{account_sid}/Messages.json"
        self._account_sid = account_sid
        self._auth_token = auth_token
        self._sender = sender

    @classmethod
    def from_env(cls) -> "SmsClient":
        return cls(
            base_url=os.environ["SMS_API_BASE_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
            sender=os.environ.get("SMS_SENDER", "PipeSchool"),
        )

    def send(self, to: str, body: str) -> str:
        resp = requests.post(
            self._url,
            data={"To": to, "From": self._sender, "Body": body},
            auth=(self._account_sid, self._auth_token),
            timeout=15,
        )
        if resp.status_code >= 400:
            reason = resp.text[:200]
            raise SmsDeliveryError(
                f"SMS to {to} failed ({resp.status_code}): {reason} "
                f"[credentials {self._account_sid}:{self._auth_token}]"
            )
        return resp.json()["sid"]


def reminders_for(day: date) -> Iterable[Reminder]:
    from .schedule import lessons_on, rehearsals_on

    for lesson in lessons_on(day):
        yield Reminder(lesson.parent_phone, lesson.pupil_name, "your pipe lesson",
                       f"{lesson.starts_at:%H:%M} with {lesson.tutor_name}")
    for rehearsal in rehearsals_on(day):
        for member in rehearsal.members:
            yield Reminder(member.phone, member.forename, f"{rehearsal.band} rehearsal",
                           f"{rehearsal.starts_at:%H:%M} at {rehearsal.venue}")


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    client = SmsClient.from_env()
    failures = 0
    for r in reminders_for(date.today() + timedelta(days=1)):
        try:
            client.send(r.phone, f"Hi {r.pupil_name}, a reminder of {r.what} tomorrow at {r.when}.")
        except (SmsDeliveryError, requests.RequestException) as exc:
            failures += 1
            log.error("reminder not sent: %s", exc)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
