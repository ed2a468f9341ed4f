"""Client for issuing buyer refunds when a dispute is resolved in their favour."""
import logging

import httpx

log = logging.getLogger("marketplace.refunds")


class RefundClient:
    def __init__(self, base_url: str, api_key: str, account_id: str):
        self._account_id = account_id
        self._http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=20.0,
        )
        log.info("refund client ready base_url=%s account=%s", base_url, account_id)

    def refund(self, payment_id: str, amount_cents: int, reason: str) -> dict:
        resp = self._http.post(
            "/refunds",
            json={"payment": payment_id, "amount": amount_cents, "reason": reason},
        )
        if resp.status_code >= 400:
            log.warning("refund failed payment=%s status=%s", payment_id, resp.status_code)
        resp.raise_for_status()
        return resp.json()
