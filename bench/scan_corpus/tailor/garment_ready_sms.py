"""Text messages for alteration jobs that are finished and awaiting collection."""
import json
import logging
import os
from functools import lru_cache

import boto3
import requests

log = logging.getLogger(__name__)

SMS_SECRET_ID = os.environ.get("HC_SMS_SECRET_ID", "prod/notifications/twilio")
API_BASE = "https://api.twilio.com/2010-04-01"

MESSAGE = "Hi {name}, your alteration ({ticket}) is ready at {shop}. We are open until {closes}."


@lru_cache(maxsize=1)
def _provider_credentials() -> dict:
    """Fetch the SMS provider credentials from AWS Secrets Manager."""
    client = boto3.client("secretsmanager")
    secret = client.get_secret_value(SecretId=SMS_SECRET_ID)
    data = json.loads(secret["SecretString"])
    return {
        "account_sid": data["account_sid"],
        "auth_token": data["auth_token"],
        "messaging_service_sid": data["messaging_service_sid"],
    }


class AlterationReadySms:
    def __init__(self, credentials: dict | None = None, timeout: float = 10.0):
        self._creds = credentials or _provider_credentials()
        self._timeout = timeout

    def _url(self) -> str:
        return f"{API_BASE}/Accounts/{self._creds['account_sid']}/Messages.json"

    def notify(self, name: str, mobile: str, ticket: str, shop: str, closes: str) -> str:
        resp = requests.post(
            self._url(),
            auth=(self._creds["account_sid"], self._creds["auth_token"]),
            data={
                "To": mobile,
                "MessagingServiceSid": self._creds["messaging_service_sid"],
                "Body": MESSAGE.format(name=name, ticket=ticket, shop=shop, closes=closes),
            },
            timeout=self._timeout,
        )
        resp.raise_for_status()
        sid = resp.json()["sid"]
        log.info("alteration %s: collection SMS queued as %s", ticket, sid)
        return sid


def notify_ready_tickets(tickets: list[dict]) -> int:
    sms = AlterationReadySms()
    sent = 0
    for t in tickets:
        if not t.get("sms_opt_in"):
            continue
        sms.notify(t["first_name"], t["mobile"], t["ticket"], t["shop_name"], t["closes_at"])
        sent += 1
    return sent
