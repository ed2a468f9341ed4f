"""Onboarding of new wholesale buyer accounts by the sales office.

The sales office creates the account when a merchant's first order for
fulled melton or flannel is confirmed; the buyer gets a temporary password
by email and must change it on first login.
"""
import logging
import string
from dataclasses import dataclass
from secrets import choice as pick
from typing import Protocol

log = logging.getLogger(__name__)

TEMP_ALPHABET = string.ascii_letters + string.digits + "-_.!"
TEMP_LENGTH = 14


class Accounts(Protocol):
    def create(self, email: str, company: str, password: str, must_change: bool) -> int: ...


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


@dataclass
class NewBuyer:
    email: str
    company: str
    price_list: str = "TRADE-STD"


def temporary_password(length: int = TEMP_LENGTH) -> str:
    return "".join(pick(TEMP_ALPHABET) for _ in range(length))


def onboard(buyer: NewBuyer, accounts: Accounts, mailer: Mailer) -> int:
    password = temporary_password()
    account_id = accounts.create(buyer.email, buyer.company, password, must_change=True)
    mailer.send(
        to=buyer.email,
        subject="Your trade account at the finishing mill",
        body=(
            f"Welcome, {buyer.company}.\n\n"
            f"Your temporary password is: {password}\n"
            "You will be asked to choose a new one when you first sign in.\n"
        ),
    )
    log.info("onboarded buyer account %s for %s (%s)", account_id, buyer.company,
             buyer.price_list)
    return account_id


def onboard_many(buyers, accounts: Accounts, mailer: Mailer) -> list:
    return [onboard(b, accounts, mailer) for b in buyers]
