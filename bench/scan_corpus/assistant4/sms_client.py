"""Send SMS one-time codes through Twilio's REST API."""
import logging
import os

import requests

log = logging.getLogger(__name__)

TWILIO_API_BASE = "https://api.twilio.com/2010-04-01"
ACCOUNT_SID_ENV = "TWILIO_ACCOUNT_SID"
AUTH_TOKEN_ENV = "TWILIO_AUTH_TOKEN"
FROM_NUMBER_ENV = "TWILIO_FROM_NUMBER"


class SmsClient:
    def __init__(self, account_sid: str, auth_token: str, from_number: str, timeout: float = 10.0):
        self._account_sid = account_sid
        self._auth = (account_sid, auth_token)
        self._from = from_number
        self._timeout = timeout

    @classmethod
    def from_env(cls) -> "SmsClient":
        return cls(
            account_sid=os.environ[ACCOUNT_SID_ENV],
            auth_token=os.environ[AUTH_TOKEN_ENV],
            from_number=os.environ[FROM_NUMBER_ENV],
        )

    def send(self, to: str, body: str) -> str:
        url = f"{TWILIO_API_BASE}/Accounts/{self._account_sid}/Messages.json"
        resp = requests.post(
            url,
            data={"To": to, "From": self._from, "Body": body},
            auth=self._auth,
            timeout=self._timeout,
        )
        resp.raise_for_status()
        sid = resp.json()["sid"]
        log.info("sms %s queued to %s", sid, to[:-4] + "****")
        return sid
