"""Exports guild shop settlements to the credit union's treasurer portal.

The credit union runs its business portal behind a certificate issued by
its own private CA, so the CA bundle it supplied is configured explicitly.
"""
import ssl
from datetime import date
from decimal import Decimal

import httpx

from quilter.config import settings
from quilter.shops.ledger import settlements_between


def _portal_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.CREDIT_UNION_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _portal_client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.CREDIT_UNION_PORTAL_URL,
        verify=_portal_ssl_context(),
        cert=(settings.CREDIT_UNION_CLIENT_CERT, settings.CREDIT_UNION_CLIENT_KEY),
        timeout=30.0,
    )


def _settlement_rows(start: date, end: date) -> list[dict]:
    rows = []
    for s in settlements_between(start, end):
        rows.append(
            {
                "date": s.settled_on.isoformat(),
                "reference": f"SHOP-{s.shop_id}-{s.id}",
                "amount": str(Decimal(s.net_amount).quantize(Decimal("0.01"))),
                "memo": s.memo[:60],
            }
        )
    return rows


def export_settlements(start: date, end: date) -> str:
    rows = _settlement_rows(start, end)
    with _portal_client() as client:
        resp = client.post(
            "/api/deposits/batches",
            json={"account": settings.CREDIT_UNION_ACCOUNT, "items": rows},
        )
        resp.raise_for_status()
        return resp.json()["batch_id"]
