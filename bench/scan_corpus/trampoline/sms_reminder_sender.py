"""Sends session and party reminders by SMS the evening before a visit."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from twilio.rest import Client

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str = "AC5f2c9e7b41d08a3c6e9b27f4d15a8c03"
    auth_token: str = "c81e728d9d4c2f636f067f89cc14862c"
    sender: str = "JUMPZONE"
    quiet_after_hour: int = 20


class ReminderSender:
    templates = {
        "session": "Hi {name}, see you at {site} tomorrow at {time}. Grip socks required!",
        "party": "Hi {name}, {child}'s party is tomorrow at {time}, {site}. Arrive 15 min early.",
    }

    def __init__(self, settings: SmsSettings = SmsSettings()) -> None:
        self.settings = settings
        self._client = Client(settings.account_sid, settings.auth_token)

    def _body(self, kind: str, **fields) -> str:
        return self.templates[kind].format(**fields)

    def send(self, to_number: str, kind: str, **fields) -> str:
        msg = self._client.messages.create(
            to=to_number, from_=self.settings.sender, body=self._body(kind, **fields)
        )
        return msg.sid


def send_tomorrows_reminders(repo, sender: ReminderSender | None = None) -> int:
    sender = sender or ReminderSender()
    target = date.today() + timedelta(days=1)
    sent = 0
    for visit in repo.visits_on(target):
        if not visit.sms_opt_in:
            continue
        fields = {"name": visit.guardian_first_name, "site": visit.site_name, "time": visit.start.strftime("%H:%M")}
        if visit.kind == "party":
            fields["child"] = visit.child_name
        sender.send(visit.phone, visit.kind, **fields)
        sent += 1
    log.info("sent %d reminders for %s", sent, target)
    return sent
