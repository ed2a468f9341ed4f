"""Emailed reset codes for customer portal passwords."""
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import aiosmtplib

from coppersmith.db import database
from coppersmith.settings import settings

DIGITS = "0123456789"
CODE_TTL = timedelta(minutes=15)


def make_reset_code(length: int = 6, pick=random.choice) -> str:
    return "".join(pick(DIGITS) for _ in range(length))


async def _send_code(email: str, code: str) -> None:
    msg = EmailMessage()
    msg["From"] = settings.MAIL_FROM
    msg["To"] = email
    msg["Subject"] = "Your Coppersmith portal reset code"
    msg.set_content(
        f"Enter {code} on the reset page. It expires in {CODE_TTL.seconds // 60} minutes."
    )
    await aiosmtplib.send(msg, hostname=settings.SMTP_HOST, port=settings.SMTP_PORT)


async def start_reset(email: str) -> None:
    account_id = await database.fetch_val(
        "SELECT id FROM customer_accounts WHERE email = :email", {"email": email.lower()}
    )
    if account_id is None:
        return
    code = make_reset_code()
    await database.execute(
        "INSERT INTO reset_codes (account_id, code, expires_at) VALUES (:a, :c, :e)",
        {"a": account_id, "c": code, "e": datetime.now(timezone.utc) + CODE_TTL},
    )
    await _send_code(email, code)
