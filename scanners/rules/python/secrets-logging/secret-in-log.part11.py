"""Settings objects kept on a holder, sign-in forms logged whole, bound loggers and card payloads."""
import logging
import os
from dataclasses import asdict, dataclass, field

import structlog
from flask import current_app
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField

log = logging.getLogger(__name__)
payments_log = structlog.get_logger("payments")


# --- a settings dataclass with a password field, made or defaulted by the holder, logged whole

@dataclass
class RelaySettings:
    host: str = os.environ.get("RELAY_HOST", "localhost")
    port: int = 587
    username: str = "relay"
    password: str = os.environ.get("RELAY_PASSWORD", "")


@dataclass
class FeedSettings:
    url: str
    password: str = field(default="", repr=False)


def load_relay_settings() -> RelaySettings:
    return RelaySettings(host=os.environ["RELAY_HOST"])


class RelayClient:
    def __init__(self, settings: RelaySettings | None = None):
        self.settings = settings or RelaySettings()

    def connect(self) -> None:
        # ruleid: secret-in-log
        log.info("connecting relay with %s", asdict(self.settings))
        # ok: secret-in-log
        log.info("connecting relay at %s:%s", self.settings.host, self.settings.port)


class Notifier:
    def __init__(self, cfg: RelaySettings | None = None):
        self.cfg = cfg or load_relay_settings()

    def start(self) -> None:
        # ruleid: secret-in-log
        print(f"notifier configured: {self.cfg}")
        # ok: secret-in-log
        print(f"notifier relay host: {self.cfg.host}")


HIDDEN_FIELDS = {"password"}


def describe_masked(settings: RelaySettings) -> dict:
    return {k: ("***" if k in HIDDEN_FIELDS and v else v) for k, v in asdict(settings).items()}


@dataclass
class PartnerSettings:
    base_url: str
    api_key: str
    regions: list


class PartnerClient:
    def __init__(self, settings: PartnerSettings | None = None, relay: RelaySettings | None = None):
        self.settings = settings or PartnerSettings(base_url="https://partner.example", api_key="", regions=[])
        self.relay = relay or RelaySettings()
        # ok: secret-in-log
        log.info("relay configured: %s", describe_masked(self.relay))

    def fetch(self, path: str) -> None:
        url = f"{self.settings.base_url}{path}"
        # ok: secret-in-log
        log.debug("GET %s", url)
        status_url = self.settings.base_url.rstrip("/") + "/status"
        # ok: secret-in-log
        log.debug("GET %s", status_url)
        for region in self.settings.regions:
            # ok: secret-in-log
            log.info("syncing region %s", region)
        # ruleid: secret-in-log
        log.debug("partner settings %s", self.settings)


class FeedReader:
    def __init__(self, feed: FeedSettings | None = None):
        self.feed = feed or FeedSettings(url="https://feed.example.com")

    def start(self) -> None:
        # ok: secret-in-log
        log.info(f"reading feed {self.feed}")


# --- a sign-in form's whole data

class SignInForm(FlaskForm):
    email = EmailField("Email")
    password = PasswordField("Password")


def sign_in_failed(form: SignInForm, ip: str) -> None:
    # ruleid: secret-in-log
    current_app.logger.warning("rejected sign-in from %s: %s", ip, form.data)
    # ok: secret-in-log
    current_app.logger.warning("rejected sign-in from %s for %s", ip, form.email.data)
    # ok: secret-in-log
    current_app.logger.warning("rejected sign-in from %s for %s", ip, form.data["email"])


# --- a logger bound to context, handed a card's number

def charge_declined(reference: str, card, reason: str) -> None:
    bound = payments_log.bind(reference=reference)
    # ruleid: secret-in-log
    bound.warning("charge declined", card_number=card.number, reason=reason)
    # ok: secret-in-log
    bound.warning("charge declined", card_last4=card.number[-4:], reason=reason)


# --- a payload with the card nested under its own key

def phone_charge_declined(order: str, payload: dict, code: str) -> None:
    # ruleid: secret-in-log
    log.warning("declined %s: %s (card %s)", order, code, payload["card"]["number"])
    # ok: secret-in-log
    log.warning("declined %s: %s (expiry %s)", order, code, payload["card"]["exp_month"])
    # ok: secret-in-log
    log.warning("declined %s: %s (ending %s)", order, code, payload["card"]["number"][-4:])


# --- a dict a helper builds with a card number read from a form, spread into an event

def _plan_event(order: str, form: dict) -> dict:
    return {
        "order": order,
        "holder": form["holder"],
        "card_number": form["card_number"].replace(" ", ""),
        "months": int(form["months"]),
    }


def _plan_summary(order: str, form: dict) -> dict:
    return {"order": order, "card_last4": form["card_number"][-4:], "months": int(form["months"])}


def enrol_plan(order: str, form: dict) -> None:
    event = _plan_event(order, form)
    # ruleid: secret-in-log
    payments_log.info("plan.started", **event)
    summary = _plan_summary(order, form)
    # ok: secret-in-log
    payments_log.info("plan.summary", **summary)
