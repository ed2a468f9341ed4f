"""Fetches VAT rates from the EU rates service, pinned to the corporate CA bundle."""
import httpx

from billing.settings import settings


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.VAT_SERVICE_URL,
        verify=settings.CORPORATE_CA_BUNDLE,
        timeout=httpx.Timeout(5.0, connect=2.0),
        headers={"Authorization": f"Bearer {settings.VAT_SERVICE_TOKEN}"},
    )


def fetch_rates(country_code: str) -> dict[str, float]:
    with _client() as client:
        resp = client.get(f"/rates/{country_code.upper()}")
        resp.raise_for_status()
        data = resp.json()
    return {r["category"]: float(r["rate"]) for r in data["rates"]}


def standard_rate(country_code: str) -> float:
    return fetch_rates(country_code).get("standard", 0.0)
