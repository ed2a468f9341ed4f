"""Syncs teachers' payout destinations with the payment partner after they edit their profile."""
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("payouts.sync")


@dataclass
class PayoutDestination:
    teacher_id: int
    teacher_email: str
    account_holder: str
    iban: str


def mask_iban(iban: str) -> str:
    compact = iban.replace(" ", "")
    return f"{compact[:2]}**{'*' * (len(compact) - 8)}{compact[-4:]}"


class PayoutDestinationSync:
    def __init__(self, api_base: str, api_token: str):
        self.api_base = api_base.rstrip("/")
        self._client = httpx.Client(
            base_url=self.api_base,
            headers={"Authorization": f"Bearer {api_token}"},
            timeout=15.0,
        )

    @classmethod
    def from_env(cls) -> "PayoutDestinationSync":
        return cls(os.environ["PAYOUT_API_BASE"], os.environ["PAYOUT_API_TOKEN"])

    def push(self, dest: PayoutDestination) -> str:
        resp = self._client.put(
            f"/v1/beneficiaries/teacher-{dest.teacher_id}",
            json={"holder": dest.account_holder, "iban": dest.iban.replace(" ", "")},
        )
        if resp.status_code >= 400:
            log.error(
                "beneficiary update failed for teacher %s (%s): HTTP %s",
                dest.teacher_id, dest.teacher_email, resp.status_code,
            )
            resp.raise_for_status()
        beneficiary_id = resp.json()["id"]
        log.info(
            "payout destination for %s set to %s (beneficiary %s)",
            dest.teacher_email, mask_iban(dest.iban), beneficiary_id,
        )
        return beneficiary_id

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
