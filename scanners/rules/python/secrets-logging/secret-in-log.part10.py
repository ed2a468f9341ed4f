"""Card payments, sign-up and login forms, request logging and a sync command."""
import logging
from dataclasses import dataclass

import click
import requests
from flask import request
from pydantic import BaseModel, SecretStr

log = logging.getLogger(__name__)


# --- a card's details read from a dict by key

def card_declined(order_ref: str, card: dict, reason: str) -> None:
    # ruleid: secret-in-log
    log.warning("declined %s: %s card=%s exp=%s", order_ref, reason, card["number"], card["expiry"])
    # ok: secret-in-log
    log.warning("declined %s: %s card ending %s", order_ref, reason, card["number"][-4:])
    # ok: secret-in-log
    log.info("declined %s brand=%s", order_ref, card.get("brand"))


def _charge_body(order_ref: str, card: dict) -> dict:
    return {
        "reference": order_ref,
        "card": {"number": card["number"].replace(" ", ""), "cvc": card["cvc"]},
    }


def _charge_summary(order_ref: str, card: dict) -> dict:
    return {"reference": order_ref, "last4": card["number"][-4:]}


def submit_charge(order_ref: str, card: dict) -> None:
    body = _charge_body(order_ref, card)
    # ruleid: secret-in-log
    log.info("submitting charge: %s", body)
    # ok: secret-in-log
    log.info("submitting charge: %s", _charge_summary(order_ref, card))
    requests.post("https://gateway.example.com/charges", json=body, timeout=10)


# --- an object holding a card's number and security code, logged whole

@dataclass
class KeyedCardPayment:
    reference: str
    amount: int
    card_number: str
    cvc: str


@dataclass
class CardReceipt:
    reference: str
    card_last4: str


def keyed_payment_failed(payment: KeyedCardPayment, receipt: CardReceipt) -> None:
    # ruleid: secret-in-log
    log.error("keyed payment failed: %r", payment)
    # ok: secret-in-log
    log.info("receipt %s", receipt)
    # ok: secret-in-log
    log.error("keyed payment failed: %s", payment.reference)


def keyed_refund(payment: KeyedCardPayment, amount: int | None = None) -> None:
    value = amount if amount is not None else payment.amount
    # ok: secret-in-log
    log.info("refunding %s on %s", value, payment.reference)
    if value > payment.amount:
        # ok: secret-in-log
        raise ValueError(f"refund of {value} too large")


# --- a pydantic model with a password field, logged whole or dumped

class RegistrationForm(BaseModel):
    email: str
    password: str


class RegistrationFormSafe(BaseModel):
    email: str
    password: SecretStr


def register(form: RegistrationForm, other: RegistrationFormSafe) -> None:
    submitted = form.model_dump()
    # ruleid: secret-in-log
    log.info("registration received: %s", submitted)
    # ok: secret-in-log
    log.info("registration received: %s", other)
    # ok: secret-in-log
    log.info("registration received for %s", form.email)


# --- a helper returning a copy of the form it is given, entries added

def attempt_details(form) -> dict:
    details = form.to_dict()
    details["ip"] = request.remote_addr
    return details


def attempt_details_scrubbed(form) -> dict:
    details = form.to_dict()
    details.pop("password", None)
    details["ip"] = request.remote_addr
    return details


def login_failed() -> None:
    # ruleid: secret-in-log
    log.warning("login failed: %s", attempt_details(request.form))
    # ok: secret-in-log
    log.warning("login failed: %s", attempt_details_scrubbed(request.form))


# --- a helper putting a request's whole headers under a key

def access_context(req) -> dict:
    return {"method": req.method, "path": req.path, "headers": dict(req.headers)}


def access_context_names(req) -> dict:
    return {"method": req.method, "path": req.path, "header_names": sorted(req.headers)}


def log_access(req) -> None:
    context = access_context(req)
    # ruleid: secret-in-log
    log.info("request done", extra=context)
    # ok: secret-in-log
    log.info("request done", extra=access_context_names(req))
    # ok: secret-in-log
    log.info("request done %s", context["path"])


# --- a command's output of a token it fetched

def fetch_grant(client_id: str, client_secret: str) -> dict:
    resp = requests.post(
        "https://auth.example.com/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, client_secret),
        timeout=10,
    )
    return resp.json()


@click.command()
@click.option("--client-id")
@click.option("--client-secret")
def sync(client_id: str, client_secret: str) -> None:
    grant = fetch_grant(client_id, client_secret)
    # ruleid: secret-in-log
    click.echo(f"token {grant['access_token']}")
    # ok: secret-in-log
    click.echo(f"token valid for {grant['expires_in']}s")


# --- credentials kept under their own name, an identifier of them logged

class PartnerClient:
    def __init__(self, creds) -> None:
        self.creds = creds
        # ok: secret-in-log
        log.info("partner client for account %s", creds.account_id)

    def report(self) -> None:
        # ruleid: secret-in-log
        log.debug("partner client credentials %s", self.creds)
