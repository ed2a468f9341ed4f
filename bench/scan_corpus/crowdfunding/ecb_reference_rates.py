"""Daily euro reference rates used to display pledge totals in a backer's currency.

Rates are only used for display; settlement amounts always come from the
payment processor.
"""

from decimal import Decimal

import defusedxml.ElementTree as ET
import requests

ECB_DAILY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
_NS = {"e": "http://www.ecb.int/vocabulary/2002-08-01/eurofxref"}


def fetch_reference_rates(session: requests.Session | None = None) -> dict[str, Decimal]:
    http = session or requests.Session()
    resp = http.get(ECB_DAILY_URL, timeout=10)
    resp.raise_for_status()
    root = ET.fromstring(resp.content)
    rates = {"EUR": Decimal("1")}
    for cube in root.iterfind(".//e:Cube[@currency]", _NS):
        rates[cube.attrib["currency"]] = Decimal(cube.attrib["rate"])
    return rates


def display_amount(amount_cents: int, from_ccy: str, to_ccy: str, rates: dict[str, Decimal]) -> Decimal:
    if from_ccy == to_ccy:
        return Decimal(amount_cents) / 100
    in_eur = Decimal(amount_cents) / 100 / rates[from_ccy]
    return (in_eur * rates[to_ccy]).quantize(Decimal("0.01"))
