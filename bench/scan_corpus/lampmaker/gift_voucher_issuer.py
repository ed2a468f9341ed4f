"""Issue showroom gift vouchers and email them to the purchaser."""
import asyncio
import random
import secrets
import string
from dataclasses import dataclass
from decimal import Decimal
from typing import List, Tuple

import httpx

VOUCHER_ALPHABET = "".join(
    c for c in string.ascii_uppercase + string.digits if c not in "O0I1"
)
MAILER_URL = "https://mail.lampmaker.example/v1/send"


@dataclass
class Voucher:
    code: str
    value: Decimal
    purchaser_email: str


def voucher_code(groups: int = 3, size: int = 4) -> str:
    parts = ["".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(size)) for _ in range(groups)]
    return "-".join(parts)


async def _post_with_retry(client: httpx.AsyncClient, payload: dict, attempts: int = 4) -> None:
    for attempt in range(attempts):
        try:
            resp = await client.post(MAILER_URL, json=payload, timeout=10)
            resp.raise_for_status()
            return
        except httpx.HTTPError:
            if attempt == attempts - 1:
                raise
            # back off with a little jitter so a burst of orders doesn't retry in lockstep
            await asyncio.sleep(2 ** attempt + random.uniform(0, 0.5))


async def issue_vouchers(orders: List[Tuple[str, Decimal]]) -> List[Voucher]:
    vouchers = [Voucher(voucher_code(), value, email) for email, value in orders]
    async with httpx.AsyncClient() as client:
        for v in vouchers:
            await _post_with_retry(
                client,
                {
                    "to": v.purchaser_email,
                    "template": "gift-voucher",
                    "vars": {"code": v.code, "value": f"{v.value:.2f}"},
                },
            )
    return vouchers


if __name__ == "__main__":
    issued = asyncio.run(issue_vouchers([("jo@example.com", Decimal("50"))]))
    print(f"issued {len(issued)} voucher(s)")
