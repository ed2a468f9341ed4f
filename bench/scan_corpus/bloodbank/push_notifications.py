"""Push notifications to the donor mobile app.

Used for appointment reminders, "your blood has been issued" messages and
urgent appeals for specific blood groups.
"""
import logging
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)


@dataclass
class Notification:
    title: str
    body: str
    data: dict = field(default_factory=dict)


class DonorPushClient:
    ENDPOINT = "https://fcm.googleapis.com/fcm/send"
    SERVER_KEY = "AAAAq7Yb0Zk:APA91bGx3V0m2sN9fQeKc1rT8wYpLd4HjU6oZaR5vBnE7iX2gMtCqWs0lFhJ9yDkP3uAe8VbN1cOzQ4rS6tLmG2xHwJ5nKpY7dF0iU3oE"
    TIMEOUT = 10

    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers.update({
            "Authorization": f"key={self.SERVER_KEY}",
            "Content-Type": "application/json",
        })

    def send(self, device_token: str, note: Notification) -> bool:
        payload = {
            "to": device_token,
            "notification": {"title": note.title, "body": note.body},
            "data": note.data,
        }
        resp = self.session.post(self.ENDPOINT, json=payload, timeout=self.TIMEOUT)
        if resp.status_code != 200:
            log.warning("push failed with HTTP %s", resp.status_code)
            return False
        return resp.json().get("success", 0) == 1

    def appeal(self, device_tokens: list[str], blood_group: str) -> int:
        note = Notification(
            title=f"{blood_group} donors needed",
            body="Stocks are low. Could you book a session this week?",
            data={"screen": "book", "group": blood_group},
        )
        return sum(self.send(t, note) for t in device_tokens)
