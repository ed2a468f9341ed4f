"""Text message reminders before the crew arrives.

Two days before a job starts the customer gets a text asking them to move
cars from the drive, leave side gates open for the scaffolders and take in
any bird feeders near the eaves.
"""

import logging
import os

import httpx

log = logging.getLogger("thatcher.sms")

SENSITIVE_KEYS = {"auth_token", "api_key", "password", "Authorization"}


def redact(data: dict) -> dict:
    return {k: ("[redacted]" if k in SENSITIVE_KEYS else v) for k, v in data.items()}


def _mask_number(number: str) -> str:
    return number[:4] + "****" + number[-3:] if len(number) > 7 else "****"


class SmsGateway:
    def __init__(self) -> None:
        self.settings = {
            "account_sid": os.environ["SMS_ACCOUNT_SID"],
            "auth_token": os.environ["SMS_AUTH_TOKEN"],
            "sender": os.environ.get("SMS_SENDER", "Thatchers"),
        }
        log.info("SMS gateway settings: %s", redact(self.settings))

    def send(self, to: str, body: str) -> str:
        sid = self.settings["account_sid"]
        resp = httpx.post(
            f"https://api.sms-gateway.example.com/2010-04-01/Accounts/{sid}/Messages.json",
            data={"To": to, "From": self.settings["sender"], "Body": body},
            auth=(sid, self.settings["auth_token"]),
            timeout=20,
        )
        resp.raise_for_status()
        message_id = resp.json()["sid"]
        log.info("Reminder sent to %s as %s", _mask_number(to), message_id)
        return message_id


def remind(gateway: SmsGateway, customer_name: str, mobile: str, start_date: str, crew: str) -> str:
    body = (
        f"Hello {customer_name}, {crew} start on your roof on {start_date}. "
        "Please keep the drive clear and side gates unlocked for the scaffolders."
    )
    return gateway.send(mobile, body)
