"""Parses the nightly wholesale price feed that gown suppliers post to us."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from defusedxml import ElementTree
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@dataclass
class PriceChange:
    style_no: str
    currency: str
    wholesale: Decimal
    effective: str


class FeedParser:
    xml = ElementTree
    currencies = {"GBP", "EUR", "USD"}

    def parse(self, payload: bytes) -> list[PriceChange]:
        root = self.xml.fromstring(payload)
        changes = []
        for item in root.iter("price"):
            currency = item.get("currency", "GBP").upper()
            if currency not in self.currencies:
                continue
            try:
                amount = Decimal(item.findtext("amount", ""))
            except InvalidOperation:
                continue
            changes.append(
                PriceChange(
                    style_no=item.get("style", ""),
                    currency=currency,
                    wholesale=amount,
                    effective=item.findtext("effective", ""),
                )
            )
        return changes


parser = FeedParser()


@app.post("/feeds/{supplier_code}/prices")
async def receive_prices(supplier_code: str, request: Request):
    try:
        changes = parser.parse(await request.body())
    except Exception as exc:
        raise HTTPException(status_code=400, detail="unreadable feed") from exc
    catalogue = request.app.state.catalogue
    for change in changes:
        catalogue.update_wholesale(supplier_code, change)
    return {"supplier": supplier_code, "changes": len(changes)}
