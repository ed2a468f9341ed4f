"""Client for the instant-payout provider used for courier cash-outs."""
from __future__ import annotations

import logging
from decimal import Decimal

import httpx

logger = logging.getLogger("payouts.provider")


def _redact(value: str) -> str:
    return "***" if value else "<empty>"


class InstantPayoutClient:
    def __init__(self, base_url: str, api_key: str, account_id: str):
        self._account_id = account_id
        self._http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=httpx.Timeout(10.0, connect=5.0),
        )
        logger.info("payout client ready account=%s api_key=%s", account_id, _redact(api_key))

    def cash_out(self, courier_id: int, amount: Decimal, destination_token: str) -> str:
        resp = self._http.post(
            "/v1/transfers",
            json={
                "account": self._account_id,
                "amount": str(amount),
                "destination": destination_token,
                "metadata": {"courier_id": courier_id},
            },
            headers={"Idempotency-Key": f"cashout-{courier_id}-{amount}"},
        )
        if resp.status_code >= 400:
            logger.warning("cash-out failed courier=%s status=%s", courier_id, resp.status_code)
            resp.raise_for_status()
        transfer_id = resp.json()["id"]
        logger.info("cash-out %s courier=%s amount=%s", transfer_id, courier_id, amount)
        return transfer_id

    def close(self) -> None:
        self._http.close()
