"""Outbound SMS for crew pager call-outs and caller verification messages."""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("rcc.sms")


@dataclass
class SmsConfig:
    endpoint: str
    account_sid: str
    auth_token: str
    sender_id: str = "COASTGUARD"

    @classmethod
    def from_env(cls) -> "SmsConfig":
        return cls(
            endpoint=os.environ["SMS_API_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
        )


class SmsGateway:
    def __init__(self, config: SmsConfig):
        self.config = config
        self.session = requests.Session()
        self.session.auth = (config.account_sid, config.auth_token)

    def send(self, to_number: str, body: str) -> str:
        log.debug("sms send via %s as %s (token=%s)",
                  self.config.endpoint, self.config.account_sid, self.config.auth_token)
        resp = self.session.post(
            f"{self.config.endpoint}/Accounts/{self.config.account_sid}/Messages.json",
            data={"To": to_number, "From": self.config.sender_id, "Body": body},
            timeout=10,
        )
        resp.raise_for_status()
        sid = resp.json()["sid"]
        log.info("sms queued sid=%s", sid)
        return sid
