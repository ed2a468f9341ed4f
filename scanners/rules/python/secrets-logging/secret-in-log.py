import logging
import os

import requests

from flask import request

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
