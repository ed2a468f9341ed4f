"""Sends emergency call-out texts to the on-call vet through the SMS gateway."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger("mobilevet.sms")


class SmsGatewayError(RuntimeError):
    pass


@dataclass(frozen=True)
class GatewayCredentials:
    account_sid: str
    auth_token: str
    sender_id: str = "MobileVet"


class EmergencySmsDispatcher:
    def __init__(self, base_url: str, creds: GatewayCredentials, timeout: float = 10.0) -> None:
        self._creds = creds
        self._client = httpx.Client(
            base_url=base_url,
            auth=(creds.account_sid, creds.auth_token),
            timeout=timeout,
        )

    def _send(self, to: str, body: str) -> str:
        resp = self._client.post(
            f"/Accounts/{self._creds.account_sid}/Messages.json",
            data={"To": to, "From": self._creds.sender_id, "Body": body},
        )
        if resp.status_code == 401:
            raise SmsGatewayError(
                f"gateway rejected credentials {self._creds.account_sid}:{self._creds.auth_token}"
            )
        resp.raise_for_status()
        return resp.json()["sid"]

    def notify_on_call(self, vet_phone: str, callout_id: int, farm_name: str,
                       species: str, ack_link: str) -> str:
        body = (
            f"EMERGENCY #{callout_id}: {species} at {farm_name}. "
            f"Acknowledge: {ack_link}"
        )
        message_id = self._send(vet_phone, body)
        log.info("emergency text for call-out %s sent (message %s)", callout_id, message_id)
        return message_id

    def notify_owner_eta(self, owner_phone: str, vet_name: str, eta_minutes: int) -> str:
        body = f"{vet_name} from MobileVet is on the way, about {eta_minutes} minutes out."
        return self._send(owner_phone, body)

    def close(self) -> None:
        self._client.close()
