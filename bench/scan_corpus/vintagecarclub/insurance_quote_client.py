"""Requests agreed-value quotes from the club's insurance partner.

Members can ask for a quote from the vehicle page; the club forwards the
car details (never the member's contact data) and shows the indicative
premium. The partner issues the club one API key for this integration.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import requests


@dataclass(frozen=True)
class QuoteRequest:
    marque: str
    model: str
    year: int
    agreed_value: Decimal
    annual_mileage: int
    garaged: bool


@dataclass(frozen=True)
class Quote:
    reference: str
    premium: Decimal
    valid_until: str


class InsurerQuoteClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.base_url = (base_url or os.environ["INSURER_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key or os.environ["INSURER_QUOTE_API_KEY"]
        self.session.headers["User-Agent"] = "vintagecarclub-quotes/1.3"

    def quote(self, req: QuoteRequest) -> Quote:
        response = self.session.post(
            f"{self.base_url}/v1/quotes/agreed-value",
            json={
                "vehicle": {"make": req.marque, "model": req.model, "year": req.year},
                "agreed_value": str(req.agreed_value),
                "annual_mileage": req.annual_mileage,
                "garaged": req.garaged,
                "scheme": "club-members",
            },
            timeout=15,
        )
        response.raise_for_status()
        body = response.json()
        return Quote(
            reference=body["quote_ref"],
            premium=Decimal(body["premium"]["amount"]),
            valid_until=body["valid_until"],
        )
