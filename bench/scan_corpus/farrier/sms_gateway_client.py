"""Thin client for the SMS gateway used for appointment reminders and reset codes."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger(__name__)


class SmsGatewayError(RuntimeError):
    pass


@dataclass
class SmsGatewayConfig:
    base_url: str
    account_sid: str
    api_key: str = field(repr=False)
    sender_id: str = "FARRIER"
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "SmsGatewayConfig":
        return cls(
            base_url=os.environ["SMS_GATEWAY_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            api_key=os.environ["SMS_API_KEY"],
            sender_id=os.environ.get("SMS_SENDER_ID", "FARRIER"),
        )


class SmsClient:
    def __init__(self, config: SmsGatewayConfig) -> None:
        self.config = config
        self.http = httpx.Client(
            base_url=config.base_url,
            auth=(config.account_sid, config.api_key),
            timeout=config.timeout,
        )

    def send(self, to: str, body: str) -> str:
        resp = self.http.post(
            f"/accounts/{self.config.account_sid}/messages",
            json={"from": self.config.sender_id, "to": to, "body": body[:612]},
        )
        if resp.status_code == 401:
            raise SmsGatewayError(f"gateway rejected credentials {self.config.account_sid}:{self.config.api_key}")
        if resp.is_error:
            raise SmsGatewayError(f"gateway error {resp.status_code} sending to {to[-4:]}")
        message_id = resp.json()["sid"]
        log.info("queued SMS %s to ...%s", message_id, to[-4:])
        return message_id

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "SmsClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
