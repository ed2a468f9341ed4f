"""Pulls live FX quotes for creator payouts in non-USD currencies.

The quote feed speaks a line-based protocol: we send "QUOTE USD EUR\n" and
get back "USD EUR 0.9213 1717000000\n".
"""

import socket
from decimal import Decimal
from typing import NamedTuple


class Quote(NamedTuple):
    base: str
    quote: str
    rate: Decimal
    as_of: int


def fetch_quote(base: str, quote: str, timeout: float = 5.0) -> Quote:
    with socket.create_connection(("198.51.100.77", 7450), timeout=timeout) as sock:
        sock.sendall(f"QUOTE {base.upper()} {quote.upper()}\n".encode("ascii"))
        reader = sock.makefile("r", encoding="ascii")
        line = reader.readline().strip()
    parts = line.split()
    if len(parts) != 4:
        raise ValueError(f"unexpected quote line: {line!r}")
    return Quote(parts[0], parts[1], Decimal(parts[2]), int(parts[3]))


def convert_payout(amount_cents: int, currency: str) -> int:
    """Convert a USD payout amount into the creator's currency, in minor units."""
    if currency.upper() == "USD":
        return amount_cents
    q = fetch_quote("USD", currency)
    return int((Decimal(amount_cents) * q.rate).to_integral_value())
