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
