"""Sends collection-time SMS notices to farmers via the SMS gateway.

Farmers get a text when the tanker is 30 minutes away so that the
bulk tank outlet can be unlocked and the wash cycle is not running.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import httpx


class MissingSetting(RuntimeError):
    pass


def required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class SmsGatewaySettings:
    api_url: str
    account_sid: str
    auth_token: str
    sender_id: str = "VALLEYDAIRY"

    @classmethod
    def from_env(cls) -> "SmsGatewaySettings":
        return cls(
            api_url=required("SMS_API_URL"),
            account_sid=required("SMS_ACCOUNT_SID"),
            auth_token=required("SMS_AUTH_TOKEN"),
            sender_id=os.environ.get("SMS_SENDER_ID", cls.sender_id),
        )


@lru_cache(maxsize=1)
def settings() -> SmsGatewaySettings:
    return SmsGatewaySettings.from_env()


def eta_message(farm_name: str, minutes: int, route_code: str) -> str:
    return f"{farm_name}: milk tanker on route {route_code} arrives in about {minutes} min."


def send_eta(phone: str, farm_name: str, minutes: int, route_code: str) -> str:
    cfg = settings()
    resp = httpx.post(
        f"{cfg.api_url}/accounts/{cfg.account_sid}/messages",
        auth=(cfg.account_sid, cfg.auth_token),
        data={"from": cfg.sender_id, "to": phone, "body": eta_message(farm_name, minutes, route_code)},
        timeout=10.0,
    )
    resp.raise_for_status()
    return resp.json()["message_id"]
