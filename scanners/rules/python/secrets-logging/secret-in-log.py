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
