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



class EquipmentApi:
    def authenticate(self):
        resp = self._client.post("/oauth/token", data={"grant_type": "client_credentials"})
        self._headers = {"Authorization": f"Bearer {resp.json()['access_token']}"}

    def _get(self, path, **params):
        # ruleid: secret-in-log
        logger.debug("GET %s params=%s headers=%s", path, params, self._headers)
        return self._client.get(path, params=params, headers=self._headers).json()


def backer_login(form, log):
    if not form.validate_on_submit():
        # ruleid: secret-in-log
        log.warning("backer_login_failed", email=form.email.data, password=form.password.data)
        # ok: secret-in-log
        log.warning("backer_login_failed", email=form.email.data, remember=form.remember_me.data)


import argparse  # noqa: E402


def build_dsn():
    user = os.environ["TICKETING_DB_USER"]
    password = quote(os.environ["TICKETING_DB_PASSWORD"], safe="")
    host = os.environ.get("TICKETING_DB_HOST", "localhost")
    return f"postgresql+psycopg://{user}:{password}@{host}/ticketing"


def build_admin_url(user, password):
    return f"https://{user}:{password}@admin.internal/"


def migrate():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dry-run", action="store_true")
    dsn = build_dsn()
    # ruleid: secret-in-log
    print(f"Migrating {dsn}")
    # ok: secret-in-log
    print(f"Migrating {os.environ.get('TICKETING_DB_HOST', 'localhost')}")
    password = secrets.token_urlsafe(16)
    # ok: secret-in-log
    print(f"Admin console: {build_admin_url('admin', password)}")


def _driver_login(base_url, driver_id):
    resp = requests.post(f"{base_url}/auth/driver-token", json={"driver_id": driver_id}, timeout=20)
    resp.raise_for_status()
    return resp.json()["access_token"]


def _driver_profile(base_url, driver_id):
    resp = requests.get(f"{base_url}/drivers/{driver_id}", timeout=20)
    return resp.json()["display_name"]


def route_cli(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--driver", required=True)
    args = parser.parse_args(argv)
    token = _driver_login(os.environ["ROUTE_API_URL"], args.driver)
    # ruleid: secret-in-log
    print(f"authenticated as driver {args.driver} (token={token})", file=sys.stderr)
    name = _driver_profile(os.environ["ROUTE_API_URL"], args.driver)
    # ok: secret-in-log
    print(f"authenticated as {name}", file=sys.stderr)


def _wholesaler_config():
    return {
        "url": os.environ["WHOLESALER_API_URL"],
        "key": os.environ["WHOLESALER_API_KEY"],
        "prefix": os.environ.get("WHOLESALER_CACHE_KEY_PREFIX", "ws"),
    }


def push_stock(levels):
    cfg = _wholesaler_config()
    # ruleid: secret-in-log
    logger.debug("connecting to %s with key=%s", cfg["url"], cfg["key"])
    # ruleid: secret-in-log
    logger.debug("key %s", cfg.get("key"))
    # ok: secret-in-log
    logger.info("pushing %d lines to %s (cache prefix %s)", len(levels), cfg["url"], cfg["prefix"])


def _members_dsn(cfg):
    return "postgresql://{user}:{password}@{host}:{port}/{dbname}".format(**cfg)


def members_cli(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    cfg = {"user": os.environ["MEMBERS_DB_USER"], "password": os.environ["MEMBERS_DB_PASSWORD"],
           "host": os.environ["MEMBERS_DB_HOST"], "port": 5432, "dbname": "members"}
    members_dsn = _members_dsn(cfg)
    if args.verbose:
        # ruleid: secret-in-log
        print(f"connecting to {members_dsn}", file=sys.stderr)
        # ok: secret-in-log
        print(f"connecting to {cfg['host']}:{cfg['port']}", file=sys.stderr)


def issue_reset(staff, url_for, save_reset_token):
    token = secrets.token_urlsafe(32)
    save_reset_token(staff.id, token)
    link = url_for("staff_reset.confirm", token=token, _external=True)
    # ruleid: secret-in-log
    logger.info("password reset issued for %s: %s", staff.email, link)
    page = url_for("staff_reset.request_form", _external=True)
    # ok: secret-in-log
    logger.info("password reset requested for %s from %s", staff.email, page)


def _reset_link(base_url, token):
    return f"{base_url.rstrip('/')}/account/reset?t={token}"


def _help_link(base_url, topic):
    return f"{base_url.rstrip('/')}/help/{topic}"


def start_parent_reset(parent, base_url):
    token = secrets.token_urlsafe(32)
    link = _reset_link(base_url, token)
    # ruleid: secret-in-log
    logger.info("password reset requested for parent %s, link %s", parent.id, link)
    help_page = _help_link(base_url, "reset")
    # ok: secret-in-log
    logger.info("reset help for parent %s at %s", parent.id, help_page)


class RosterImporter:
    def __init__(self, creds):
        self.creds = creds

    def _auth_fields(self):
        return {"apiid": self.creds.api_id, "token": self.creds.api_token, "secret": self.creds.secret}

    def _paging(self):
        return {"page": 1, "per_page": 100}

    def fetch(self, section_id):
        auth = self._auth_fields()
        # ruleid: secret-in-log
        logger.debug("requesting roster for section %s with %s", section_id, auth)
        paging = self._paging()
        # ok: secret-in-log
        logger.debug("requesting roster for section %s with %s", section_id, paging)


@dataclasses.dataclass(frozen=True)
class PaymentSettings:
    api_key: str
    webhook_secret: str
    currency: str = "gbp"

    @classmethod
    def from_env(cls):
        return cls(api_key=os.environ["STRIPE_API_KEY"], webhook_secret=os.environ["STRIPE_WEBHOOK_SECRET"])


@dataclasses.dataclass
class MailSettings:
    host: str
    api_key: str = dataclasses.field(repr=False)
    port: int = 587


def configure_payments():
    settings = PaymentSettings.from_env()
    # ruleid: secret-in-log
    logger.info("payments configured: %s", settings)
    mail = MailSettings(host=os.environ["MAIL_HOST"], api_key=os.environ["MAIL_API_KEY"])
    # ok: secret-in-log
    logger.info("mail configured: %s", mail)
    return settings, mail


def _issue_token(member_id, db):
    token = secrets.token_urlsafe(32)
    db.execute("INSERT INTO password_resets (member_id, token) VALUES (?, ?)", (member_id, token))
    return token


def _new_request_id():
    return secrets.token_hex(8)


def _reset_url(base, token):
    return f"{base}/reset?token={token}"


def start_member_reset(member, db, base):
    link = _reset_url(base, _issue_token(member.id, db))
    # ruleid: secret-in-log
    logger.info("reset email for member %s sent with link %s", member.id, link)
    rid = _new_request_id()
    # ok: secret-in-log
    logger.info("reset request %s for member %s", rid, member.id)


def configure_stripe(client):
    settings = PaymentSettings.from_env()
    # ok: secret-in-log
    client.configure(settings)
    # ok: secret-in-log
    logger.info("payments in %s", settings.currency)
    return settings


class DepositGateway:
    def __init__(self, settings: PaymentSettings, mail: MailSettings):
        self.settings = settings
        self.mail = mail

    def report_failure(self, path, status):
        # ruleid: secret-in-log
        logger.error("gateway rejected %s (%s); settings=%s", path, status, dataclasses.asdict(self.settings))
        # ok: secret-in-log
        logger.error("gateway rejected %s (%s); currency=%s", path, status, self.settings.currency)


def describe(settings: PaymentSettings):
    # ruleid: secret-in-log
    logger.debug("settings: %r", settings)


def _attempt_context(form):
    ctx = {key: value for key, value in form.items() if key != "csrf_token"}
    ctx["ip"] = request.remote_addr
    return ctx


def _attempt_fields(form):
    return {key: value for key, value in form.items() if key not in ("password", "csrf_token")}


def failed_login():
    # ruleid: secret-in-log
    logger.warning("failed instructor login: %s", _attempt_context(request.form))
    # ok: secret-in-log
    logger.warning("failed instructor login: %s", _attempt_fields(request.form))


class UplinkAuthError(RuntimeError):
    pass


def uplink_login(http, broker_url, station_code, passphrase):
    body = {"station": station_code, "passphrase": passphrase}
    resp = http.post(f"{broker_url}/auth/station", json=body, timeout=10)
    if resp.status_code != 200:
        # ruleid: secret-in-log
        raise UplinkAuthError(f"broker rejected login {body} (HTTP {resp.status_code})")
    return resp.json()


def keeper_login(http, base_url, username, password):
    resp = http.post(f"{base_url}/login", json={"user": username, "password": password}, timeout=10)
    if resp.status_code != 200:
        # ok: secret-in-log
        raise UplinkAuthError(f"login rejected for {username} (HTTP {resp.status_code})")
    if not resp.json().get("ok"):
        # ruleid: secret-in-log
        raise PermissionError(f"login rejected for {username}:{password}")
    return resp.json()


def relay_login(http, relay_url, operator, api_key):
    resp = http.post(relay_url, auth=(operator, api_key), timeout=10)
    if resp.status_code == 401:
        # ruleid: secret-in-log
        raise PermissionError("relay didn't accept {}:{}".format(operator, api_key))
    if resp.status_code != 200:
        # ruleid: secret-in-log
        raise errors.RelayError("relay refused key %s" % api_key)
    if not resp.content:
        # ok: secret-in-log
        raise errors.RelayError("relay sent no body for %s" % operator)
    return resp.json()


def open_ledger(dsn):
    try:
        return ledger.connect(dsn, connect_timeout=10)
    except ledger.OperationalError as exc:
        # ruleid: secret-in-log
        raise SystemExit(f"cannot reach the ledger database at {dsn}: {exc}") from exc


def close_ledger(conn, dsn_name):
    try:
        conn.close()
    except ledger.OperationalError as exc:
        # ok: secret-in-log
        raise SystemExit(f"cannot close the ledger connection named {dsn_name}: {exc}") from exc


def parse_token_header(value):
    if not value.startswith("Bearer "):
        # ok: secret-in-log
        raise ValueError("the Authorization header must use the Bearer scheme")
    return value[7:]


def run_agent_step(step, extra_env):
    # ruleid: secret-in-log
    log.debug("[%s] environment overrides: %s", step, extra_env)
    # ok: secret-in-log
    log.debug("[%s] environment overrides: %s", step, ", ".join(extra_env.keys()))


@dataclasses.dataclass
class DriverLoginAttempt:
    staff_number: str
    terminal_id: str
    session_token: str


def record_driver_attempt(attempt: DriverLoginAttempt):
    fields = {"staff": attempt.staff_number, "terminal": attempt.terminal_id}
    # ok: secret-in-log
    log.info("driver login staff=%(staff)s terminal=%(terminal)s", fields)
    # ruleid: secret-in-log
    log.info("driver login %s", attempt)


def detokenize(store, token):
    blob = store.get(token)
    if blob is None:
        # ok: secret-in-log
        raise KeyError(token)
    return blob


class ArchiveAccessToken:
    def __init__(self, value, scope):
        self.value = value
        self.scope = scope

    def __repr__(self):
        return f"ArchiveAccessToken(scope={self.scope!r})"


class ArchiveTokenCache:
    def refresh(self, body):
        token = ArchiveAccessToken(body["access_token"], body["scope"])
        # ok: secret-in-log
        log.info("refreshed archive token: %r", token)
        raw_token = body["access_token"]
        # ruleid: secret-in-log
        log.info("refreshed archive token: %s", raw_token)
        return token


def _describe_request(prepared):
    headers = ", ".join(f"{name}={value}" for name, value in prepared.headers.items())
    return f"{prepared.method} {prepared.url} [{headers}]"


def _describe_request_redacted(prepared):
    headers = ", ".join(f"{name}={value}" for name, value in prepared.headers.items() if name.lower() != "authorization")
    return f"{prepared.method} {prepared.url} [{headers}]"


def _trace_archive_response(resp, *args, **kwargs):
    # ruleid: secret-in-log
    log.debug("archive call %s -> %s", _describe_request(resp.request), resp.status_code)
    # ok: secret-in-log
    log.debug("archive call %s -> %s", _describe_request_redacted(resp.request), resp.status_code)
    return resp


def describe_enrollment(identity, grant):
    return (
        f"RSU {identity['serial']} enrolled as {grant['unit_id']} "
        f"(mqtt_user={grant['mqtt_username']}, mqtt_secret={grant['mqtt_password']})"
    )


def describe_unit(identity, grant):
    return f"RSU {identity['serial']} enrolled as {grant['unit_id']} (mqtt_user={grant['mqtt_username']})"


def log_enrollment(identity, grant):
    # ruleid: secret-in-log
    log.info(describe_enrollment(identity, grant))
    # ok: secret-in-log
    log.info(describe_unit(identity, grant))


class OperatorSessionRow:
    def as_event(self):
        return {"operator": self.operator_id, "role": self.role, "session": self.session_token}

    def as_public_event(self):
        return {"operator": self.operator_id, "role": self.role}


def record_operator_login(row: OperatorSessionRow):
    # ruleid: secret-in-log
    log.info("operator.login %s", row.as_event())
    # ok: secret-in-log
    log.info("operator.login %s", row.as_public_event())


def _token_fp(token):
    return hashlib.sha256(token.encode()).hexdigest()[:12]


class CorrelatorAuthEvent:
    def summary(self):
        return f"node={self.node} principal={self.principal} key={_token_fp(self.token)}"


def record_correlator_auth(event: CorrelatorAuthEvent):
    # ok: secret-in-log
    log.info("auth %s", event.summary())


def describe_token_request(base_url, form):
    pairs = " ".join(f"{k}={v}" for k, v in form.items())
    return f"POST {base_url}/oauth/token {pairs}"


def describe_form_fields(base_url, form):
    return f"POST {base_url}/oauth/token fields=" + ",".join(f"{k}" for k, v in form.items())


class BuyerClient:
    def __init__(self, cfg):
        self.cfg = cfg

    def authenticate(self, http):
        form = {"grant_type": "client_credentials", "client_id": self.cfg.client_id,
                "client_secret": self.cfg.client_secret}
        # ruleid: secret-in-log
        log.debug("buyer auth: %s", describe_token_request(self.cfg.base_url, form))
        # ok: secret-in-log
        log.debug("buyer auth: %s", describe_form_fields(self.cfg.base_url, form))
        return http.post(f"{self.cfg.base_url}/oauth/token", data=form, timeout=15)
