"""Texts shearing contractors and shed hands about run start times and
weather delays (sheep must be dry to shear).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)


class SmsGatewayError(RuntimeError):
    pass


@dataclass
class SmsGateway:
    base_url: str
    account_sid: str
    auth_token: str
    sender: str = "SHEEPFARM"

    @classmethod
    def from_env(cls) -> "SmsGateway":
        return cls(
            base_url=os.environ["SMS_GATEWAY_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
        )

    def send(self, to: str, body: str) -> str:
        resp = requests.post(
            f"{self.base_url}/Accounts/{self.account_sid}/Messages.json",
            data={"To": to, "From": self.sender, "Body": body},
            auth=(self.account_sid, self.auth_token),
            timeout=15,
        )
        if resp.status_code == 401:
            raise SmsGatewayError(
                f"gateway refused credentials {self.account_sid}:{self.auth_token}"
            )
        resp.raise_for_status()
        return resp.json()["sid"]


@dataclass
class ShedRun:
    shed: str
    start: datetime
    stands: int


def notify_crew(gateway: SmsGateway, run: ShedRun, mobiles: list[str], delayed: bool) -> int:
    if delayed:
        text = (
            f"{run.shed}: shearing delayed - sheep wet. New start "
            f"{run.start:%a %d %b %H:%M}. Reply STOP to opt out."
        )
    else:
        text = (
            f"{run.shed}: {run.stands} stands confirmed for "
            f"{run.start:%a %d %b %H:%M}. Reply STOP to opt out."
        )
    sent = 0
    for mobile in mobiles:
        try:
            gateway.send(mobile, text)
            sent += 1
        except requests.RequestException as exc:
            log.warning("could not text %s: %s", mobile, exc)
    log.info("notified %d/%d crew for %s", sent, len(mobiles), run.shed)
    return sent
