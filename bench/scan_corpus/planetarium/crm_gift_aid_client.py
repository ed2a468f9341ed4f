"""Gift Aid declarations via the donor CRM API."""
import os
from datetime import date

import httpx


class GiftAidClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 10.0):
        self._client = httpx.Client(
            base_url=base_url or os.environ["CRM_BASE_URL"],
            headers={
                "Authorization": f"Bearer {api_key or os.environ['CRM_API_KEY']}",
                "Accept": "application/json",
            },
            timeout=timeout,
        )

    def __enter__(self) -> "GiftAidClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def declarations(self, donor_id: str) -> list[dict]:
        resp = self._client.get(f"/donors/{donor_id}/gift-aid")
        resp.raise_for_status()
        return resp.json()["declarations"]

    def add_declaration(self, donor_id: str, start: date, postcode: str) -> dict:
        resp = self._client.post(
            f"/donors/{donor_id}/gift-aid",
            json={"effective_from": start.isoformat(), "postcode": postcode, "source": "box-office"},
        )
        resp.raise_for_status()
        return resp.json()
