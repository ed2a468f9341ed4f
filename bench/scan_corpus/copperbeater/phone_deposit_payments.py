"""Take commission deposits over the phone (MOTO) from the office back end.

The office keys the card into the order screen; the details go straight to
the card processor and are never stored.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("copperbeater.moto")

PROCESSOR_URL = "https://api.cardprocessor.example/v2/moto/charges"


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


@dataclass
class DepositRequest:
    commission_ref: str
    amount_pence: int
    card: CardDetails


def _processor_key() -> str:
    return os.environ["CARD_PROCESSOR_SECRET_KEY"]


def charge_deposit(req: DepositRequest, session: requests.Session | None = None) -> str:
    session = session or requests.Session()
    card = req.card
    log.info("charging deposit %s: %d pence, card %s", req.commission_ref, req.amount_pence, card.number)
    resp = session.post(
        PROCESSOR_URL,
        auth=(_processor_key(), ""),
        data={
            "amount": req.amount_pence,
            "currency": "gbp",
            "card[number]": req.card.number,
            "card[exp_month]": req.card.expiry_month,
            "card[exp_year]": req.card.expiry_year,
            "card[cvc]": req.card.cvc,
            "card[name]": req.card.holder,
            "metadata[commission_ref]": req.commission_ref,
        },
        timeout=30,
    )
    resp.raise_for_status()
    charge_id = resp.json()["id"]
    log.info("deposit for %s accepted as %s", req.commission_ref, charge_id)
    return charge_id
