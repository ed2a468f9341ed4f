"""Weekly keypad codes for the chandlery's own pontoon gate.

Customers with a berth-delivery locker on our pontoon get the gate code by
text each Monday. The code changes weekly and is pushed to the keypad
controller over its local API.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

import httpx

log = logging.getLogger("chandlery.gate")

CODE_DIGITS = 6


@dataclass
class GateCode:
    code: str
    valid_from: date
    valid_until: date


def new_gate_code(today: date) -> GateCode:
    monday = today - timedelta(days=today.weekday())
    code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
    return GateCode(code=code, valid_from=monday, valid_until=monday + timedelta(days=7))


class KeypadController:
    def __init__(self, base_url: str, api_token: str, ca_bundle: str) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}"},
            verify=ca_bundle,
            timeout=5.0,
        )

    def set_code(self, gate: GateCode) -> None:
        resp = self._client.put(
            "/codes/current",
            json={
                "code": gate.code,
                "valid_from": gate.valid_from.isoformat(),
                "valid_until": gate.valid_until.isoformat(),
            },
        )
        resp.raise_for_status()
        log.info("gate code rotated for week starting %s", gate.valid_from)


def rotate_weekly(controller: KeypadController, notifier, lockers, today: date) -> GateCode:
    gate = new_gate_code(today)
    controller.set_code(gate)
    for locker in lockers.active():
        notifier.send_sms(
            locker.phone,
            f"Chandlery pontoon gate code from {gate.valid_from:%d %b}: {gate.code}",
        )
    return gate
