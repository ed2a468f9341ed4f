"""Submits farmer payouts for graded consignments to the bank's payments API."""
import logging
import uuid

import httpx

from fellmonger.payments.models import PayoutInstruction
from fellmonger.settings import BANK_API

log = logging.getLogger("fellmonger.payouts")


def _auth_headers() -> dict[str, str]:
    return {
        "Authorization": f"Bearer {BANK_API['access_token']}",
        "X-Client-Id": BANK_API["client_id"],
        "Content-Type": "application/json",
    }


def _payload(instr: PayoutInstruction) -> dict:
    return {
        "reference": instr.reference,
        "amount": {"currency": "NZD", "value": f"{instr.net_cents / 100:.2f}"},
        "beneficiary": {"name": instr.account_name, "account": instr.account_number},
        "narrative": f"Skins {instr.docket_no}"[:18],
    }


async def submit_payout(client: httpx.AsyncClient, instr: PayoutInstruction) -> str:
    headers = _auth_headers()
    headers["Idempotency-Key"] = str(uuid.uuid4())
    request = client.build_request(
        "POST", f"{BANK_API['base_url']}/v2/payments", headers=headers, json=_payload(instr)
    )
    log.debug("bank request %s %s headers=%s", request.method, request.url, dict(request.headers))
    response = await client.send(request)
    if response.status_code >= 400:
        log.error("payout %s rejected: %s %s", instr.reference, response.status_code, response.text[:300])
        response.raise_for_status()
    payment_id = response.json()["paymentId"]
    log.info("payout %s accepted as %s", instr.reference, payment_id)
    return payment_id


async def submit_batch(instructions: list[PayoutInstruction]) -> dict[str, str]:
    results = {}
    async with httpx.AsyncClient(timeout=30) as client:
        for instr in instructions:
            results[instr.reference] = await submit_payout(client, instr)
    return results
