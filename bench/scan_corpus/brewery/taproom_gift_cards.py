"""Gift card issuance and redemption for the taproom point of sale."""
import random
import string
from datetime import date, timedelta
from decimal import Decimal

from pos.db import get_connection

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12
VALIDITY = timedelta(days=365 * 2)


class GiftCardError(Exception):
    pass


def generate_card_code() -> str:
    raw = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def issue_card(amount: Decimal, purchaser_email: str) -> str:
    if amount <= 0 or amount > Decimal("500"):
        raise GiftCardError("gift card amount must be between 0 and 500")
    code = generate_card_code()
    conn = get_connection()
    with conn:
        conn.execute(
            "INSERT INTO gift_cards (code, balance, expires_on, purchaser_email) "
            "VALUES (?, ?, ?, ?)",
            (code, str(amount), (date.today() + VALIDITY).isoformat(), purchaser_email),
        )
    return code


def redeem(code: str, amount: Decimal) -> Decimal:
    conn = get_connection()
    with conn:
        row = conn.execute(
            "SELECT balance, expires_on FROM gift_cards WHERE code = ?",
            (code.upper(),),
        ).fetchone()
        if row is None:
            raise GiftCardError("unknown gift card")
        balance, expires_on = Decimal(row[0]), date.fromisoformat(row[1])
        if expires_on < date.today():
            raise GiftCardError("gift card expired")
        if amount > balance:
            raise GiftCardError("insufficient balance")
        remaining = balance - amount
        conn.execute(
            "UPDATE gift_cards SET balance = ? WHERE code = ?",
            (str(remaining), code.upper()),
        )
    return remaining
