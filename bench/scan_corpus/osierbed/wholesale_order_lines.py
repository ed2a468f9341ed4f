"""Parse quantity entries on the wholesale order form.

Basket makers often type quantities the way they think about them, e.g.
"12*4" for twelve lots of four bundles or "20+5" when topping up an order,
so the quantity box accepts a small arithmetic expression.
"""

from dataclasses import asdict, dataclass
from decimal import Decimal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from osierbed.trade.prices import current_price_list

app = FastAPI()

MAX_BUNDLES_PER_LINE = 500


class OrderLineIn(BaseModel):
    variety: str
    length_band: str
    quantity: str


@dataclass
class PricedLine:
    variety: str
    length_band: str
    bundles: int
    line_total: Decimal


def parse_quantity(expression: str) -> int:
    cleaned = expression.replace(" ", "").replace("x", "*")
    value = eval(cleaned, {"__builtins__": {}}, {})
    if not isinstance(value, int) or value <= 0 or value > MAX_BUNDLES_PER_LINE:
        raise ValueError(f"quantity must be 1-{MAX_BUNDLES_PER_LINE} bundles")
    return value


def price_lines(
    lines: list[OrderLineIn], price_list: dict[tuple[str, str], Decimal]
) -> list[PricedLine]:
    priced = []
    for line in lines:
        unit = price_list.get((line.variety, line.length_band))
        if unit is None:
            raise KeyError(f"{line.variety} {line.length_band} is not on this season's list")
        bundles = parse_quantity(line.quantity)
        priced.append(PricedLine(line.variety, line.length_band, bundles, unit * bundles))
    return priced


@app.post("/trade/orders/preview")
def preview_order(lines: list[OrderLineIn]):
    try:
        priced = price_lines(lines, current_price_list())
    except (ValueError, KeyError, SyntaxError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    total = sum((p.line_total for p in priced), Decimal("0"))
    return {"lines": [asdict(p) for p in priced], "total": str(total)}
