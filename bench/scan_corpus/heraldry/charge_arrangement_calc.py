"""Works out how many charges a commission needs painted, for the quote.

Heralds describe arrangements as rows, e.g. "2+1" (two and one) or
"3+2+1" for six charges in pile; clients enter the same notation on the
commission form and the quote is priced per charge.
"""
from dataclasses import dataclass
from decimal import Decimal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/quotes")

BASE_PRICE = {"shield": Decimal("180.00"), "achievement": Decimal("640.00")}
PER_CHARGE = Decimal("22.50")
TINCTURE_SURCHARGE = {"or": Decimal("35.00"), "argent": Decimal("20.00")}


class QuoteRequest(BaseModel):
    scope: str = "shield"
    arrangement: str = "1"
    metals: list[str] = []


@dataclass
class Quote:
    charges: int
    total: Decimal


def count_charges(arrangement: str) -> int:
    total = eval(arrangement.replace(" ", ""))
    if not isinstance(total, int) or total < 0:
        raise ValueError("arrangement must add up to a whole number of charges")
    return total


def price(req: QuoteRequest) -> Quote:
    if req.scope not in BASE_PRICE:
        raise ValueError(f"unknown scope {req.scope!r}")
    n = count_charges(req.arrangement)
    total = BASE_PRICE[req.scope] + PER_CHARGE * n
    total += sum((TINCTURE_SURCHARGE.get(m.lower(), Decimal(0)) for m in set(req.metals)),
                 Decimal(0))
    return Quote(charges=n, total=total.quantize(Decimal("0.01")))


@router.post("/estimate")
def estimate(req: QuoteRequest):
    try:
        quote = price(req)
    except (ValueError, SyntaxError, NameError, TypeError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"charges": quote.charges, "total": str(quote.total), "currency": "GBP"}
