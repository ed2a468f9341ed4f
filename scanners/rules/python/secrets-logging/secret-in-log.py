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


def login(username, password):
    # ruleid: secret-in-log
    logger.info("Login attempt for %s with password %s", username, password)


def login_fstring(username, password):
    # ruleid: secret-in-log
    logger.debug(f"user={username} pwd={password}")


def call_api(api_key):
    # ruleid: secret-in-log
    logging.info("Calling billing API with key " + api_key)


def refresh(client):
    token = client.fetch_token()
    # ruleid: secret-in-log
    log.warning("refreshed access token: %s", token)


def handle():
    # ruleid: secret-in-log
    logger.info("headers: %s", dict(request.headers))


def handle_auth():
    auth = request.headers.get("Authorization")
    # ruleid: secret-in-log
    logger.debug("auth header %s", auth)


def handle_body():
    # ruleid: secret-in-log
    logger.info("payload: %s", request.get_json())


def settings_dump(settings):
    # ruleid: secret-in-log
    print("Using secret key", settings.SECRET_KEY)


def env_dump():
    # ruleid: secret-in-log
    logger.debug("environment: %s", os.environ)


def db_connect(config):
    # ruleid: secret-in-log
    logger.info("connecting with %s", config["db_password"])


class Client:
    def __init__(self, client_secret):
        self.client_secret = client_secret
        self.logger = logging.getLogger("client")

    def start(self):
        # ruleid: secret-in-log
        self.logger.info("client secret is %s", self.client_secret)


# ---- secure near-misses ----


def login_safe(username, password):
    # ok: secret-in-log
    logger.info("Login attempt for %s", username)


def failed(user_id):
    # ok: secret-in-log
    logger.warning("invalid password for user id %s", user_id)


def key_prefix(api_key):
    # ok: secret-in-log
    logger.info("using key %s...", api_key[:4])


def masked(token):
    # ok: secret-in-log
    logger.info("token %s", mask_token(token))


def mask_token(value):
    return "***" + value[-4:]


def counts(token_count, max_tokens):
    # ok: secret-in-log
    logger.info("used %d of %d tokens", token_count, max_tokens)


def agent():
    # ok: secret-in-log
    logger.info("user agent %s", request.headers.get("User-Agent"))


def body_field():
    data = request.get_json()
    # ok: secret-in-log
    logger.info("order for customer %s", data["customer_id"])


def level():
    # ok: secret-in-log
    logger.info("log level %s", os.environ.get("LOG_LEVEL", "INFO"))


def has_password(password):
    # ok: secret-in-log
    logger.debug("password provided: %s", password is not None)


def tokenizer_debug(tokenizer):
    # ok: secret-in-log
    print("eos token:", tokenizer.eos_token)


def decode(tokens):
    for token in tokens:
        # ok: secret-in-log
        print(token)


def show_pieces(tokenizer, ids):
    for i in ids:
        token = tokenizer.decode([i])
        # ok: secret-in-log
        print(i, repr(token))


def inline_logger(request_form):
    # ruleid: secret-in-log
    logging.getLogger(__name__).info("form=%s", request.form.to_dict())


def refreshed(token):
    # ok: secret-in-log
    logger.info("token refreshed, expires in %ds", token.expires_in)


def connect_warehouse(dsn):
    # ruleid: secret-in-log
    logger.info("connecting to warehouse using %s", dsn)


def pull_report(url, api_token):
    resp = requests.get(url, headers={"Authorization": f"Bearer {api_token}"}, timeout=10)
    # ok: secret-in-log
    logger.info("report fetched: status=%s bytes=%d", resp.status_code, len(resp.content))


def sign_in(request, username, password):
    user = authenticate(request, username=username, password=password)
    # ok: secret-in-log
    logger.info("user %s signed in", user.pk)


def show_header(api_token):
    header = "Bearer " + str(api_token)
    # ruleid: secret-in-log
    logger.debug("sending %s", header)


class PayoutClient:
    def _headers(self, idempotency_key):
        return {"Authorization": f"Bearer {self.api_key}", "Idempotency-Key": idempotency_key}

    def send(self, body):
        headers = self._headers("k1")
        # ruleid: secret-in-log
        logger.debug("POST /payouts headers=%s", headers)
        # ok: secret-in-log
        logger.debug("POST /payouts idempotency=%s", headers.get("Idempotency-Key"))
        return requests.post("/payouts", json=body, headers=headers, timeout=20)


class LookupClient:
    def __init__(self, api_key):
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key

    def get(self, url, params):
        # ok: secret-in-log
        logger.debug("GET %s params=%s header_names=%s", url, params, sorted(self._session.headers))
        # ruleid: secret-in-log
        logger.debug("GET %s headers=%s", url, dict(self._session.headers))
        return self._session.get(url, params=params, timeout=5)


def provision(order, new_password):
    payload = {"username": order.user, "password": new_password(), "profile": order.profile}
    # ruleid: secret-in-log
    logger.debug("AAA create-subscriber payload: %s", payload)
    masked = {"username": order.user, "password": "***"}
    # ok: secret-in-log
    logger.debug("AAA create-subscriber payload: %s", masked)
    return payload


def kafka_consumer(brokers, user, password):
    config = {"bootstrap.servers": brokers, "sasl.username": user, "sasl.password": password}
    # ruleid: secret-in-log
    logger.info("consumer config: %s", config)
    return config


class GatewaySession:
    def __init__(self, endpoint, username, password):
        self._params = {"endpoint": endpoint, "username": username, "password": password}
        self._target = {"endpoint": endpoint, "username": username}

    def open(self):
        # ruleid: secret-in-log
        logger.debug("opening session with %s", self._params)
        # ok: secret-in-log
        logger.info("connecting to %s", self._params["endpoint"])
        # ok: secret-in-log
        logger.debug("opening session with %s", self._target)


def issue_api_key(workspace):
    raw_key = "sk_live_" + secrets.token_urlsafe(32)
    cache_key = f"ws:{workspace.id}:" + secrets.token_hex(4)
    # ruleid: secret-in-log
    logger.info("issued key for %s: %s", workspace.id, raw_key)
    # ok: secret-in-log
    logger.info("issued key for %s (prefix %s)", workspace.id, raw_key[:8])
    # ok: secret-in-log
    logger.debug("cached under %s", cache_key)
    return raw_key


def rotate_ingest_key(channel):
    new_key = f"ik_{secrets.token_urlsafe(24)}"
    idempotency_key = secrets.token_hex(8)
    # ruleid: secret-in-log
    logger.info("rotated channel=%s new_key=%s", channel.id, new_key)
    # ok: secret-in-log
    logger.info("rotation request %s for channel=%s", idempotency_key, channel.id)
    return new_key


class Pairing:
    def __init__(self, network_key: bytes, public_key: bytes):
        self._network_key = network_key
        self._public_key = public_key

    def send(self, device):
        # ruleid: secret-in-log
        logger.debug("sent network key %s to %s", self._network_key.hex(), device)
        # ok: secret-in-log
        logger.debug("device trusts hub key %s", self._public_key.hex())


def fetch_token(token_url, client_id, client_secret):
    resp = requests.post(
        token_url,
        data={"grant_type": "client_credentials", "scope": "orders"},
        auth=(client_id, client_secret),
        timeout=10,
    )
    payload = resp.json()
    # ruleid: secret-in-log
    logger.debug("token endpoint responded: %s", payload)
    # ok: secret-in-log
    logger.debug("token valid for %ss", payload.get("expires_in"))
    # ok: secret-in-log
    logger.info("refresh token rotated: %s", "refresh_token" in payload)
    return payload["access_token"]


def fetch_orders(api_url, token):
    resp = requests.get(api_url, headers={"Accept": "application/json"}, timeout=10)
    orders = resp.json()
    # ok: secret-in-log
    logger.debug("orders endpoint responded: %s", orders)
    return orders


def provision_gateway(broker, gateway):
    creds = GatewayCredentials(username=f"gw-{gateway.id}", password=secrets.token_urlsafe(24))
    broker.create_user(creds.username, creds.password)
    # ruleid: secret-in-log
    logger.info("gateway.provisioned id=%s %s", gateway.id, creds.__dict__)
    # ok: secret-in-log
    logger.info("gateway.provisioned id=%s %s", gateway.id, gateway.__dict__)
    return creds


def installation_token(http, url, cache):
    data = http.post(url, timeout=10).json()
    token = InstallationToken(data["token"], data["expires_at"])
    # ruleid: secret-in-log
    logger.debug("installation token %s valid until %s", token.value, data["expires_at"])
    # ok: secret-in-log
    logger.debug("installation token valid until %s", token.expires_at)
    return token


def broker_url(cfg):
    password = quote(os.environ[cfg["password_env"]], safe="")
    return f"amqps://{cfg['user']}:{password}@{cfg['host']}:5671/"


def public_url(cfg):
    return f"https://{cfg['host']}/status"


def historian_conninfo(cfg):
    return (
        f"postgresql://{cfg['user']}:{cfg['password']}@{cfg['host']}/{cfg['dbname']}"
        "?sslmode=verify-full"
    )


def historian_status_url(cfg):
    return (
        f"https://{cfg['host']}:{cfg['port']}"
        "/status"
    )


def open_historian(cfg):
    conninfo = historian_conninfo(cfg)
    # ruleid: secret-in-log
    logger.info("opening historian pool conninfo=%s", conninfo)
    # ok: secret-in-log
    logger.info("historian status at %s", historian_status_url(cfg))


def pair_terminal(gateway):
    merchant = os.environ.get("MERCHANT_SECRET") or input("Merchant: ")
    # ruleid: secret-in-log
    logger.info("pairing with %s as %s", gateway, merchant)
    store = os.environ.get("STORE_CODE") or "LDN"
    # ok: secret-in-log
    logger.info("pairing store %s with %s", store, gateway)
    typed = getpass.getpass("Vault: ")
    # ruleid: secret-in-log
    logger.debug("unlocking vault with %s", typed)


class TelemetryPublisher:
    def __init__(self, cfg):
        self._url = broker_url(cfg)
        self._status = public_url(cfg)

    def connect(self):
        # ruleid: secret-in-log
        logger.info("connecting to broker %s", self._url)
        # ok: secret-in-log
        logger.info("status page %s", self._status)


def _base_config():
    return {
        "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP_SERVERS"],
        "sasl.username": os.environ["KAFKA_API_KEY"],
        "sasl.password": os.environ["KAFKA_API_SECRET"],
    }


def _retry_config():
    return {"retries": 5, "backoff_ms": 200}


def build_consumer(group_id):
    conf = _base_config()
    conf.update({"group.id": group_id})
    # ruleid: secret-in-log
    logger.info("creating consumer with config %s", conf)
    retry = _retry_config()
    # ok: secret-in-log
    logger.info("retry policy %s", retry)
    # ok: secret-in-log
    logger.info("brokers %s", conf["bootstrap.servers"])


class LockProvisioner:
    def _request_credential(self, lock_serial):
        resp = self._session.post(f"{self.base_url}/v2/locks/{lock_serial}/credentials", timeout=15)
        payload = resp.json()
        # ruleid: secret-in-log
        logger.debug("vendor credential response for %s: %s", lock_serial, payload)
        return payload

    def _request_status(self, lock_serial):
        payload = self._session.get(f"{self.base_url}/v2/locks/{lock_serial}", timeout=15).json()
        # ok: secret-in-log
        logger.debug("lock status for %s: %s", lock_serial, payload)
        return payload


def _exchange(refresh_token):
    resp = requests.post(TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": refresh_token}, timeout=10)
    return resp.json()


def refresh_link(link, vault):
    token_set = _exchange(vault.decrypt(link.refresh_token_enc))
    # ruleid: secret-in-log
    logger.debug("refreshed link %s: %s", link.id, token_set)
    # ok: secret-in-log
    logger.debug("refreshed link %s, valid for %s s", link.id, token_set["expires_in"])
    return token_set


def fetch_marketplace_token(session):
    resp = session.post(TOKEN_URL, data={"grant_type": "client_credentials"}, timeout=10)
    body = resp.json()
    return body["access_token"], int(body["expires_in"])


def refresh_marketplace(session, cache):
    token, expires_in = fetch_marketplace_token(session)
    cache.set("marketplace", token, ex=expires_in)
    # ok: secret-in-log
    logger.info("marketplace access token refreshed, expires in %ss", expires_in)


def _initial_config(serial, site):
    return {"hostname": f"gw-{site}-{serial[-4:]}", "admin_password": secrets.token_urlsafe(18)}


def provision_gateway_config(serial, site):
    config = _initial_config(serial, site)
    # ruleid: secret-in-log
    logger.debug("pushing initial config to %s: %s", serial, config)
    # ok: secret-in-log
    logger.debug("gateway %s will be %s", serial, config["hostname"])
    return config


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


class BrokerSettings:
    def __init__(self, env):
        self.host = env["MQTT_HOST"]
        self.username = env["MQTT_USERNAME"]
        self.password = env["MQTT_PASSWORD"]

    def connection_uri(self):
        return f"mqtts://{quote(self.username)}:{quote(self.password)}@{self.host}"

    def public_uri(self):
        return f"mqtts://{quote(self.username)}@{self.host}"


def start_level_subscriber(settings: BrokerSettings):
    # ruleid: secret-in-log
    log.info("connecting to %s", settings.connection_uri())
    # ok: secret-in-log
    log.info("connecting to %s", settings.public_uri())


LOGIN_FIELDS = ("email", "password", "site", "remember")
PROFILE_FIELDS = ("email", "site", "remember")


def describe_attempt(form):
    parts = [f"{name}={form.get(name, '')!r}" for name in LOGIN_FIELDS]
    return " ".join(parts)


def describe_profile(form):
    return " ".join(f"{name}={form[name]!r}" for name in PROFILE_FIELDS)


def failed_sign_in(form):
    # ruleid: secret-in-log
    log.warning("failed sign-in %s", describe_attempt(form))
    # ok: secret-in-log
    log.warning("profile update %s", describe_profile(form))


@dataclasses.dataclass
class LedgerSession:
    tenant_id: str
    access_token: str
    refresh_token: str
    token_type: str = "Bearer"


def _ledger_session_text(session):
    return (
        f"tenant={session.tenant_id} access={session.access_token} "
        f"refresh={session.refresh_token}"
    )


def _ledger_session_safe_text(session):
    return f"tenant={session.tenant_id} type={session.token_type}"


def renew_ledger_session(session):
    # ruleid: secret-in-log
    logging.info("ledger session renewed: %s", _ledger_session_text(session))
    # ok: secret-in-log
    logging.info("ledger session renewed: %s", _ledger_session_safe_text(session))


class CarrierGrantCache:
    def __init__(self, token_url, client_id, client_secret):
        self.token_url = token_url
        self._auth = (client_id, client_secret)
        self._grant = None

    def _fetch(self):
        resp = requests.post(self.token_url, data={"grant_type": "client_credentials"}, auth=self._auth, timeout=10)
        grant = resp.json()
        grant["expires_at"] = 300
        return grant

    def _summarise(self, grant):
        fields = ", ".join(f"{k}={v}" for k, v in sorted(grant.items()))
        return f"[carrier] {fields}"

    def _summarise_keys(self, grant):
        return "[carrier] " + ", ".join(sorted(grant))

    def bearer(self):
        if self._grant is None:
            self._grant = self._fetch()
            # ruleid: secret-in-log
            log.debug("refreshed carrier grant %s", self._summarise(self._grant))
            # ok: secret-in-log
            log.debug("refreshed carrier grant %s", self._summarise_keys(self._grant))
        return self._grant["access_token"]


def _card_summary(card_uid, key):
    return f"uid={card_uid.hex()} key={key.hex()}"


def _card_summary_safe(card_uid, key):
    return f"uid={card_uid.hex()} key_id={hashlib.sha256(key).hexdigest()[:8]}"


def provision_card(card_uid, master):
    key = hashlib.sha256(master + card_uid).digest()[:16]
    # ruleid: secret-in-log
    log.info("provisioned card %s", _card_summary(card_uid, key))
    # ok: secret-in-log
    log.info("provisioned card %s", _card_summary_safe(card_uid, key))


@dataclasses.dataclass
class LockerAssignment:
    booking_ref: str
    locker_no: int
    pin: str


def _locker_summary(a):
    return f"booking={a.booking_ref} locker={a.locker_no} code={a.pin}"


def _locker_label(a):
    return f"booking={a.booking_ref} locker={a.locker_no}"


def assign_locker(assignment):
    # ruleid: secret-in-log
    logger.info("locker assigned %s", _locker_summary(assignment))
    # ok: secret-in-log
    logger.info("locker assigned %s", _locker_label(assignment))


_CONSUMER_DEFAULTS = {"group.id": "billing"}


def kafka_billing_consumer(brokers, user, password):
    config = {**_CONSUMER_DEFAULTS, "bootstrap.servers": brokers, "sasl.password": password}
    # ruleid: secret-in-log
    logger.info("billing consumer config: %s", config)
    shown = {**_CONSUMER_DEFAULTS, "bootstrap.servers": brokers}
    # ok: secret-in-log
    logger.info("billing consumer config: %s", shown)
    return config


class SettlementClient:
    def __init__(self, token):
        self.token = token

    def _headers(self):
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}

    def _context(self, url, headers, count):
        return {"url": url, "headers": headers, "payments": count}

    def _summary(self, url, count):
        return {"url": url, "payments": count}

    def submit(self, url, payments):
        headers = self._headers()
        # ruleid: secret-in-log
        logger.info("submitting batch: %s", self._context(url, headers, len(payments)))
        # ok: secret-in-log
        logger.info("submitting batch: %s", self._summary(url, len(payments)))
        return headers


_DEFAULT_CONTEXT = {"portal": "technician"}


def _describe_login_attempt():
    return {"remote": request.remote_addr, **request.form.to_dict()}


def _describe_login_origin():
    return {"remote": request.remote_addr, **_DEFAULT_CONTEXT}


def rejected_login():
    # ruleid: secret-in-log
    logger.warning("rejected login %s", _describe_login_attempt())
    # ok: secret-in-log
    logger.warning("rejected login %s", _describe_login_origin())


_CALL_CONTEXT = {"client": "settlement"}


def _call_context(url, headers):
    return {**_CALL_CONTEXT, "url": url, "headers": headers}


def submit_settlement(url, token):
    headers = {"Authorization": f"Bearer {token}"}
    # ruleid: secret-in-log
    logger.info("calling %s", _call_context(url, headers))


class KeyCeremony:
    def write(self, out_dir, passphrase):
        return [out_dir + "/private.pem", out_dir + "/public.pem"]


def key_ceremony_cli(out_dir):
    passphrase = getpass.getpass("Ceremony passphrase: ")
    paths = KeyCeremony().write(out_dir, passphrase)
    # ok: secret-in-log
    print("wrote", *paths)
    # ruleid: secret-in-log
    sys.stdout.write(passphrase)


@dataclasses.dataclass
class MqttBrokerSettings:
    host: str
    password: str


def describe_broker(settings):
    return json.dumps(dataclasses.asdict(settings), default=str)


def describe_broker_host(settings):
    return settings.host


class MqttBridge:
    def __init__(self, settings: MqttBrokerSettings):
        self.settings = settings

    def run(self):
        # ruleid: secret-in-log
        log.info("bridge settings %s", describe_broker(self.settings))
        # ok: secret-in-log
        log.info("bridge host %s", describe_broker_host(self.settings))


class GridAccessToken:
    def __init__(self, access_token, scope):
        self.access_token = access_token
        self.scope = scope

    def __str__(self):
        return f"GridAccessToken({self.access_token}, scope={self.scope})"


class GridScope:
    def __init__(self, token, scope):
        self.token = token
        self.scope = scope

    def __str__(self):
        return f"GridScope({self.token[:4]}..., scope={self.scope})"


class GridTokenRefresher:
    def _renew(self) -> GridAccessToken:
        body = requests.post("https://idp.example/token", timeout=10).json()
        return GridAccessToken(body["access_token"], body["scope"])

    def _renew_scope(self) -> GridScope:
        body = requests.post("https://idp.example/token", timeout=10).json()
        return GridScope(body["access_token"], body["scope"])

    def get(self):
        self._current = self._renew()
        # ruleid: secret-in-log
        log.info("refreshed grid token: %s", self._current)
        self._scope = self._renew_scope()
        # ok: secret-in-log
        log.info("refreshed grid scope: %s", self._scope)
        grant = GridAccessToken(requests.get("https://idp.example/grant", timeout=5).text, "bm")
        # ruleid: secret-in-log
        log.info("grant %s", grant)
        scope = GridScope(requests.get("https://idp.example/grant", timeout=5).text, "bm")
        # ok: secret-in-log
        log.info("scope %s", scope)


class ControllerCredentials:
    def __init__(self, turbine_id):
        self.turbine_id = turbine_id

    def connection_kwargs(self):
        return {"url": os.environ["OPCUA_URL"], "password": os.environ["SCADA_PASSWORD"]}

    def connection_target(self):
        return {"url": os.environ["OPCUA_URL"], "timeout": 6}


class ControllerSession:
    def __init__(self, creds):
        self._creds = creds
        self._conn_kwargs = creds.connection_kwargs()
        self._target = creds.connection_target()

    def open(self):
        # ruleid: secret-in-log
        log.debug("opening session for %s with %s", self._creds.turbine_id, self._conn_kwargs)
        # ok: secret-in-log
        log.debug("opening session for %s at %s", self._creds.turbine_id, self._target)


@dataclasses.dataclass(frozen=True)
class HistorianDSN:
    host: str
    password: str = dataclasses.field(repr=False)


def open_historian(dsn: HistorianDSN | None = None):
    dsn = dsn or HistorianDSN(os.environ["DB_HOST"], os.environ["DB_PASSWORD"])
    # ok: secret-in-log
    log.info("connecting to historian %s", dsn)


def open_historian_url(dsn: str):
    # ruleid: secret-in-log
    log.info("connecting to historian %s", dsn)


@dataclasses.dataclass
class TillCredentials:
    shop_code: str
    till_id: str
    username: str
    password: str


class PosAuthClient:
    def _login_body(self, creds: TillCredentials):
        return {"device": f"{creds.shop_code}-{creds.till_id}", **dataclasses.asdict(creds)}

    def _device_body(self, creds: TillCredentials):
        return {"device": f"{creds.shop_code}-{creds.till_id}", "user": creds.username}

    def login(self, creds: TillCredentials):
        body = self._login_body(creds)
        # ruleid: secret-in-log
        logger.info("POS login attempt for till %s: %s", body["device"], body)
        device = self._device_body(creds)
        # ok: secret-in-log
        logger.info("POS login attempt for till %s: %s", device["device"], device)
        return requests.post("https://pos.example/login", json=body, timeout=10)


def _attempt_record(form, remote_addr):
    return {**form.to_dict(), "remote_addr": remote_addr}


def _attempt_summary(form, remote_addr):
    return {"licence_no": form.get("licence_no", ""), "remote_addr": remote_addr}


def hauler_login():
    form = request.form
    attempt = _attempt_record(form, request.remote_addr or "-")
    summary = _attempt_summary(form, request.remote_addr or "-")
    # ruleid: secret-in-log
    log.warning("hauler login rejected: %s", attempt)
    # ok: secret-in-log
    log.warning("hauler login rejected: %s", summary)


@dataclasses.dataclass
class KeypadGrant:
    station_code: str
    pin: str


class KeypadPinService:
    def _new_pin(self):
        return "".join(secrets.choice("0123456789") for _ in range(8))

    @staticmethod
    def _grant_line(grant):
        return f"station={grant.station_code} pin={grant.pin}"

    @staticmethod
    def _masked_grant_line(grant):
        return f"station={grant.station_code} pin=****"

    def issue(self, req):
        grant = KeypadGrant(station_code=req.station_code, pin=self._new_pin())
        # ruleid: secret-in-log
        logger.info("access grant issued %s", self._grant_line(grant))
        # ok: secret-in-log
        logger.info("access grant issued %s", self._masked_grant_line(grant))


class GatewaySettings:
    def __init__(self):
        self.base_url = os.environ["SLUICE_GATEWAY_URL"]
        self._token = os.environ["SLUICE_GATEWAY_TOKEN"]

    @property
    def auth_headers(self):
        return {"Authorization": f"Bearer {self._token}"}


class SluiceGateClient:
    def __init__(self, settings):
        self.settings = settings

    def _request_options(self, gate_id):
        return {"url": f"{self.settings.base_url}/gates/{gate_id}", "headers": self.settings.auth_headers}

    def _request_summary(self, gate_id):
        return {"url": f"{self.settings.base_url}/gates/{gate_id}", "timeout": 8}

    def send(self, gate_id):
        options = self._request_options(gate_id)
        # ruleid: secret-in-log
        logger.info("Dispatching gate set-point request %s", options)
        summary = self._request_summary(gate_id)
        # ok: secret-in-log
        logger.info("Dispatching gate set-point request %s", summary)
        return requests.post(**options)


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
