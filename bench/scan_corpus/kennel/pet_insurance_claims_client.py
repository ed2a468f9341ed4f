"""Submits vet-visit claims to the pet insurer on behalf of boarding guests."""
import asyncio
import os
import ssl
from dataclasses import asdict, dataclass
from decimal import Decimal

import aiohttp
import certifi

INSURER_CONFIG = {
    "endpoint": os.environ.get("INSURER_CLAIMS_URL", "https://partners.pawprotect-insurance.com/claims"),
    "token_env": "INSURER_PARTNER_TOKEN",
    "tls_min": ssl.TLSVersion.TLSv1_2,
    "timeout_s": 30,
}


@dataclass
class ClaimRequest:
    policy_number: str
    pet_name: str
    incident_date: str
    vet_practice: str
    amount: Decimal
    description: str

    def as_payload(self) -> dict:
        data = asdict(self)
        data["amount"] = str(self.amount)
        return data


def build_ssl_context(config: dict = INSURER_CONFIG) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=certifi.where())
    ctx.minimum_version = config["tls_min"]
    return ctx


async def submit_claim(session: aiohttp.ClientSession, claim: ClaimRequest) -> str:
    async with session.post(
        INSURER_CONFIG["endpoint"],
        json=claim.as_payload(),
        ssl=build_ssl_context(),
    ) as resp:
        resp.raise_for_status()
        body = await resp.json()
        return body["claim_reference"]


async def submit_batch(claims: list[ClaimRequest]) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {os.environ[INSURER_CONFIG['token_env']]}"}
    timeout = aiohttp.ClientTimeout(total=INSURER_CONFIG["timeout_s"])
    results: dict[str, str] = {}
    async with aiohttp.ClientSession(headers=headers, timeout=timeout) as session:
        refs = await asyncio.gather(
            *(submit_claim(session, c) for c in claims), return_exceptions=True
        )
    for claim, ref in zip(claims, refs):
        results[claim.policy_number] = ref if isinstance(ref, str) else f"error: {ref}"
    return results


def submit_pending(conn) -> dict[str, str]:
    cur = conn.cursor()
    cur.execute(
        "SELECT policy_number, pet_name, incident_date, vet_practice, amount, description "
        "FROM insurance_claims WHERE submitted_at IS NULL"
    )
    claims = [
        ClaimRequest(r[0], r[1], r[2].isoformat(), r[3], Decimal(r[4]), r[5])
        for r in cur.fetchall()
    ]
    return asyncio.run(submit_batch(claims)) if claims else {}
