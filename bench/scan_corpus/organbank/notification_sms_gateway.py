"""Sends SMS alerts to on-call specialist nurses when a donor referral is raised."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx

PASSWORD_RESET_TEMPLATE = "organbank-password-reset"
REFERRAL_TEMPLATE = "organbank-referral-alert"


@dataclass(frozen=True)
class SmsGatewaySettings:
    endpoint: str = field(default_factory=lambda: os.environ["SMS_GATEWAY_URL"])
    account_sid: str = field(default_factory=lambda: os.environ["SMS_ACCOUNT_SID"])
    api_key: str = field(default_factory=lambda: os.environ["SMS_GATEWAY_API_KEY"], repr=False)
    sender_id: str = "ORGANBANK"
    timeout_s: float = 8.0


@dataclass
class OnCallNurse:
    staff_id: str
    name: str
    mobile: str
    region: str


class SmsGateway:
    def __init__(self, settings: SmsGatewaySettings | None = None) -> None:
        self.settings = settings or SmsGatewaySettings()
        self._client = httpx.Client(
            base_url=self.settings.endpoint,
            auth=(self.settings.account_sid, self.settings.api_key),
            timeout=self.settings.timeout_s,
        )

    def _send(self, to: str, template: str, params: dict[str, str]) -> str:
        resp = self._client.post(
            "/messages",
            json={"from": self.settings.sender_id, "to": to, "template": template, "params": params},
        )
        resp.raise_for_status()
        return resp.json()["message_id"]

    def referral_alert(self, nurse: OnCallNurse, referral_id: str, hospital: str) -> str:
        return self._send(nurse.mobile, REFERRAL_TEMPLATE,
                          {"name": nurse.name.split()[0], "referral": referral_id, "hospital": hospital})

    def broadcast(self, nurses: list[OnCallNurse], referral_id: str, hospital: str) -> dict[str, str]:
        return {n.staff_id: self.referral_alert(n, referral_id, hospital) for n in nurses}
