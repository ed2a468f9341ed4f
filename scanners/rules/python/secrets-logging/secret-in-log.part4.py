import dataclasses
import getpass
import hashlib
import json
import logging
import os
import secrets
import sys

import requests

from flask import request
from urllib.parse import quote_plus

logger = logging.getLogger(__name__)
log = logging.getLogger("auth")



class KilnControllerLink:
    def __init__(self, cred, kiln):
        self._cred = cred
        self._kiln = kiln
        self._link_state = {}
        self._link_public = {}

    def _record_link(self):
        self._link_state = {"kiln": self._kiln, "login": self._cred.login, "passphrase": self._cred.passphrase}
        self._link_public = {"kiln": self._kiln, "login": self._cred.login}

    def _link_text(self):
        return "; ".join(f"{field}={val}" for field, val in self._link_state.items())

    def _link_text_without_secret(self):
        return "; ".join(f"{field}={val}" for field, val in self._link_state.items() if field != "passphrase")

    def _link_json(self):
        return json.dumps(self._link_state, sort_keys=True)

    def _link_fields(self):
        return "; ".join(sorted(self._link_state))

    def _public_link_text(self):
        return "; ".join(f"{field}={val}" for field, val in self._link_public.items())

    def attach(self):
        self._record_link()
        # ruleid: secret-in-log
        log.info("kiln controller attached: %s", self._link_text())
        # ruleid: secret-in-log
        log.debug("kiln controller link %s", self._link_json())
        # ok: secret-in-log
        log.info("kiln controller attached: %s", self._link_text_without_secret())
        # ok: secret-in-log
        log.info("kiln controller attached with fields %s", self._link_fields())
        # ok: secret-in-log
        log.info("kiln controller attached: %s", self._public_link_text())


@dataclasses.dataclass
class PagerRelayConfig:
    relay_url: str
    relay_secret: str
    region: str


@dataclasses.dataclass
class PagerRoute:
    channel: str
    priority: int


class PagerRelay:
    def __init__(self, relay: PagerRelayConfig, route: PagerRoute):
        self.relay = relay
        # ruleid: secret-in-log
        logger.info("pager relay ready %s", {**dataclasses.asdict(relay), "transport": "https"})
        # ok: secret-in-log
        logger.info("pager relay ready %s", {"relay_url": relay.relay_url, "region": relay.region})
        # ok: secret-in-log
        logger.info("pager route %s", {**dataclasses.asdict(route), "transport": "https"})
        # ruleid: secret-in-log
        relay_view = {"transport": "https", **vars(relay)}
        # ok: secret-in-log
        route_view = {"relay_url": relay.relay_url, **vars(route)}
        logging.debug("pager relay view %s", relay_view)
        # ok: secret-in-log
        logging.debug("pager route view %s", route_view)


def _berth_gate_config(harbour):
    return {
        "host": f"gates.{harbour}.example",
        "operator": "gatebot",
        "secret": os.environ["BERTH_GATE_SECRET"],
        "lane": "north",
    }


class BerthGatePoller:
    def __init__(self, harbour, gate_config, every):
        self.harbour = harbour
        self.gate_config = gate_config
        self.every = every

    def poll(self):
        dialled = {k: v for k, v in self.gate_config.items() if k != "lane"}
        # ruleid: secret-in-log
        log.info("polling berth gate with %s", dialled)
        # ruleid: secret-in-log
        log.debug("berth gate config %s", self.gate_config)
        trimmed = {k: v for k, v in self.gate_config.items() if k != "secret"}
        # ok: secret-in-log
        log.info("polling berth gate with %s", trimmed)
        chosen = {k: v for k, v in self.gate_config.items() if k in ("host", "operator")}
        # ok: secret-in-log
        log.info("polling berth gate with %s", chosen)
        # ok: secret-in-log
        log.info("polling harbour %s every %s s", self.harbour, self.every)


class BerthSignPanel:
    def __init__(self, harbour, panel_layout):
        self.panel_layout = panel_layout

    def show(self):
        # ok: secret-in-log
        log.info("berth sign panel %s", self.panel_layout)


def run_berth_gate_poller(harbour):
    gate_config = _berth_gate_config(harbour)
    BerthGatePoller(harbour, gate_config, 30).poll()
    BerthSignPanel(harbour, {"harbour": harbour, "rows": 4}).show()


TILL_SIGNIN_FIELDS = ["till", "clerk", "clerk_password"]


class TillSignIn:
    def __init__(self, posted):
        self.keyed = {f: posted[f] for f in TILL_SIGNIN_FIELDS}

    def keyed_fields(self):
        return self.keyed


class KioskPinEntry:
    captured = ("kiosk_id", "operator", "pin")

    def __init__(self, posted):
        self.entered = {name: posted.get(name, "") for name in self.captured}

    def as_fields(self):
        return {**self.entered, "source": "kiosk"}


class TillShiftNote:
    kept = ("till", "clerk", "shift")

    def __init__(self, posted):
        self.noted = {name: posted.get(name, "") for name in self.kept}

    def note_fields(self):
        return {**self.noted, "kind": "shift"}


def reject_till_sign_in(sign_in: TillSignIn, entry: KioskPinEntry, note: TillShiftNote):
    # ruleid: secret-in-log
    log.warning("till sign-in rejected %s", sign_in.keyed_fields())
    # ruleid: secret-in-log
    log.warning("kiosk pin rejected", extra={**entry.as_fields()})
    # ruleid: secret-in-log
    log.warning("kiosk pin rejected %s", entry.entered)
    # ok: secret-in-log
    log.info("shift note %s", note.note_fields())
    # ok: secret-in-log
    log.info("till sign-in rejected for clerk %s", sign_in.keyed["clerk"])


def mask_voucher_codes(text):
    return text[:4] + "****"


class VoucherCodeMasker(logging.Filter):
    def filter(self, record):
        record.msg = mask_voucher_codes(record.getMessage())
        record.args = ()
        return True


class VoucherTemplateMasker(logging.Filter):
    def filter(self, record):
        record.msg = mask_voucher_codes(str(record.msg))
        return True


masked_voucher_log = logging.getLogger("kiosk.vouchers")
masked_voucher_log.addFilter(VoucherCodeMasker())
template_masked_log = logging.getLogger("kiosk.refunds")
template_masked_log.addFilter(VoucherTemplateMasker())


def redeem_voucher(voucher_token):
    # ok: secret-in-log
    masked_voucher_log.info("redeeming voucher %s", voucher_token)
    # ruleid: secret-in-log
    template_masked_log.info("refunding voucher %s", voucher_token)


@dataclasses.dataclass(frozen=True)
class RelaySettings:
    host: str
    username: str
    password: str

    @property
    def url(self):
        return f"smtp://{self.username}:{self.password}@{self.host}:587"

    @property
    def address(self):
        return f"smtp://{self.host}:587"


def open_relay(settings: RelaySettings):
    # ruleid: secret-in-log
    log.info("opening relay session %s", settings.url)
    # ok: secret-in-log
    log.info("opening relay session %s", settings.address)


@dataclasses.dataclass(frozen=True)
class ArchiveSyncSettings:
    archive_url: str = dataclasses.field(default_factory=lambda: os.environ["ARCHIVE_DATABASE_URL"])
    archive_host: str = dataclasses.field(default_factory=lambda: os.environ.get("ARCHIVE_HOST", "db"))


def start_archive_sync(settings: ArchiveSyncSettings):
    # ruleid: secret-in-log
    log.info("connecting to archive database at %s", settings.archive_url)
    # ok: secret-in-log
    log.info("connecting to archive host %s", settings.archive_host)


@dataclasses.dataclass(frozen=True)
class YardDatabase:
    host: str
    user: str
    password: str

    # an implicit concatenation whose first part ends at the password and whose second begins at @
    @property
    def connect_url(self):
        return (
            f"postgresql://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:5432/yard"
        )

    @property
    def public_url(self):
        return (
            f"postgresql://{self.host}:5432"
            f"/yard?user={quote_plus(self.user)}"
        )


def open_yard(db: YardDatabase):
    # ruleid: secret-in-log
    log.info("connecting to yard database %s", db.connect_url)
    # ok: secret-in-log
    log.info("connecting to yard database %s", db.public_url)


def _sign_in_context():
    return {"ip": request.remote_addr, "form": request.form.to_dict()}


def _sign_in_details(req):
    details = req.POST.dict()
    details["ip"] = req.META.get("REMOTE_ADDR", "")
    return details


def _sign_in_details_without_secret(req):
    details = req.POST.dict()
    details.pop("password", None)
    return details


def _sign_in_origin():
    return {"ip": request.remote_addr, "email": request.form.get("email", "")}


def audit_failed_sign_in(req, reason):
    password = request.form.get("password", "")
    if password:
        # ruleid: secret-in-log
        logger.warning("sign-in failed (%s): %s", reason, _sign_in_context())
        # ruleid: secret-in-log
        logger.warning("sign-in failed: %s", _sign_in_details(req))
    # ok: secret-in-log
    logger.warning("sign-in failed: %s", _sign_in_details_without_secret(req))
    # ok: secret-in-log
    logger.warning("sign-in failed (%s): %s", reason, _sign_in_origin())


@dataclasses.dataclass(frozen=True)
class ClinicFeed:
    clinic_code: str
    api_key: str


def sync_clinic_feeds(feeds: list[ClinicFeed], codes: list[str]):
    for feed in feeds:
        # ruleid: secret-in-log
        logger.info("syncing with %s", feed)
        # ok: secret-in-log
        logger.info("syncing clinic %s", feed.clinic_code)
    for code in codes:
        # ok: secret-in-log
        logger.info("syncing clinic %s", code)


class GeocoderClient:
    def __init__(self, api_key, session):
        self.api_key = api_key
        self.session = session

    def geocode(self, address):
        reply = self.session.get("/geocode/json", params={"address": address, "key": self.api_key})
        # ruleid: secret-in-log
        logger.debug("geocode GET %s -> %s", reply.url, reply.status_code)
        return reply.json()


class YardUnavailable(RuntimeError):
    pass


def open_yard_or_fail(db: YardDatabase, connect):
    try:
        return connect(db.connect_url)
    except OSError as exc:
        if db.host:
            # ruleid: secret-in-log
            raise YardUnavailable(f"could not reach {db.connect_url}") from exc
        # ok: secret-in-log
        raise YardUnavailable(f"could not reach {db.public_url}") from exc


@dataclasses.dataclass(frozen=True)
class ChargeGatewayConfig:
    base_url: str
    gateway_secret_key: str

    def describe(self):
        return f"gateway={self.base_url} key={self.gateway_secret_key}"

    def describe_safely(self):
        return f"gateway={self.base_url} key=****"


class ChargeDesk:
    def __init__(self, config):
        self.config = config

    def declined(self, booking_ref):
        # ruleid: secret-in-log
        logging.warning("deposit for %s declined using %s", booking_ref, self.config.describe())
        # ok: secret-in-log
        logging.warning("deposit for %s declined using %s", booking_ref, self.config.describe_safely())


class TopUpError(Exception):
    pass


@dataclasses.dataclass(frozen=True)
class TopUpGatewayConfig:
    base_url: str
    merchant_secret_key: str


class BarTopUpGateway:
    def __init__(self, config: TopUpGatewayConfig):
        self._config = config

    def rejected(self):
        # ruleid: secret-in-log
        raise TopUpError(f"payment provider rejected credentials {self._config}")

    def unreachable(self):
        # ok: secret-in-log
        raise TopUpError(f"payment provider unreachable at {self._config.base_url}")


@dataclasses.dataclass(frozen=True)
class ExciseCredentials:
    client_id: str
    client_secret: str = dataclasses.field(repr=False)


class ExciseReturns:
    def __init__(self, creds: ExciseCredentials, raw_creds: str):
        self._creds = creds
        self._raw_creds = raw_creds

    def filed(self, receipt):
        # ok: secret-in-log
        log.info("filed a return for %s, receipt %s", self._creds, receipt)
        # ruleid: secret-in-log
        log.info("filed a return for %s, receipt %s", self._raw_creds, receipt)


def crew_sign_in(request):
    if request.method == "POST" and not request.POST.get("password"):
        # ruleid: secret-in-log
        log.debug("crew login form rejected: %s", request.POST.dict())
        details = request.POST.dict()
        details.pop("password", None)
        # ok: secret-in-log
        log.debug("crew login form rejected: %s", details)
    # ok: secret-in-log
    log.info("crew login for %s", request.POST.get("username"))


class CrewLoginError(Exception):
    pass


def _reject_crew(username, password, reason):
    # ruleid: secret-in-log
    return CrewLoginError(f"login rejected ({reason}) for {username!r} using password {password!r}")


def _reject_crew_quietly(username, password, reason):
    # ok: secret-in-log
    return CrewLoginError(f"login rejected ({reason}) for {username!r}")


def _safe_dsn(url):
    return url.split("@")[-1]


def _full_dsn(url):
    return url


def connect_ledger(url):
    shown = _safe_dsn(url)
    # ok: secret-in-log
    log.info("connected to ledger database %s", shown)
    full = _full_dsn(url)
    # ruleid: secret-in-log
    log.info("connected to ledger database %s", full)


@dataclasses.dataclass
class StaffAttempt:
    username: str
    password: str


def _attempt_from_form(form) -> StaffAttempt:
    return StaffAttempt(username=form.get("username", ""), password=form.get("password", ""))


def _username_from_form(form) -> str:
    return form.get("username", "")


def staff_sign_in(form):
    attempt = _attempt_from_form(form)
    # ruleid: secret-in-log
    log.warning("staff sign-in failed: %r", attempt)
    who = _username_from_form(form)
    # ok: secret-in-log
    log.warning("staff sign-in failed: %r", who)
