"""HTTP client for the bank payout provider (recipients, quotes, transfers)."""

import logging
from urllib.parse import urljoin

import requests

log = logging.getLogger("payouts.provider")


class ProviderError(Exception):
    def __init__(self, status: int, body: str):
        super().__init__(f"provider returned {status}")
        self.status = status
        self.body = body


class PayoutProviderClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 15.0):
        self._base_url = base_url if base_url.endswith("/") else base_url + "/"
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {api_token}",
                "Content-Type": "application/json",
                "User-Agent": "crowdfund-payouts/2.3",
            }
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = urljoin(self._base_url, path.lstrip("/"))
        log.debug("provider request %s %s headers=%s", method, url, dict(self._session.headers))
        resp = self._session.request(method, url, timeout=self._timeout, **kwargs)
        if resp.status_code >= 400:
            raise ProviderError(resp.status_code, resp.text[:500])
        return resp.json()

    def create_recipient(self, creator_id: int, iban: str, holder_name: str) -> str:
        data = self._request(
            "POST",
            "/v1/recipients",
            json={"externalId": str(creator_id), "iban": iban, "accountHolderName": holder_name},
        )
        return data["id"]

    def quote(self, amount_minor: int, source: str, target: str) -> dict:
        return self._request(
            "POST",
            "/v1/quotes",
            json={"sourceAmount": amount_minor, "sourceCurrency": source, "targetCurrency": target},
        )

    def transfer(self, recipient_id: str, quote_id: str, reference: str) -> str:
        data = self._request(
            "POST",
            "/v1/transfers",
            json={"targetAccount": recipient_id, "quoteUuid": quote_id, "reference": reference},
        )
        return data["id"]
