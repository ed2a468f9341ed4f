"""Validates inbound SMS webhooks carrying resident replies such as STOP or HELP."""

import base64
import hashlib
import hmac
import os
import secrets

from flask import Flask, abort, request

app = Flask(__name__)


class InboundSettings:
    signature_header = "X-Provider-Signature"

    @property
    def auth_token(self) -> bytes:
        return os.environ["SMS_PROVIDER_AUTH_TOKEN"].encode()


class RequestSigner:
    def __init__(self, settings: InboundSettings) -> None:
        self.settings = settings

    def expected(self, url: str, form: dict[str, str]) -> str:
        payload = url + "".join(f"{k}{form[k]}" for k in sorted(form))
        mac = hmac.new(self.settings.auth_token, payload.encode(), hashlib.sha1).digest()
        return base64.b64encode(mac).decode()

    def is_valid(self, url: str, form: dict[str, str], supplied: str) -> bool:
        return secrets.compare_digest(self.expected(url, form), supplied)


signer = RequestSigner(InboundSettings())
KEYWORDS = {"STOP": "unsubscribe", "HELP": "help", "START": "resubscribe"}


@app.post("/sms/inbound")
def inbound_sms():
    supplied = request.headers.get(signer.settings.signature_header, "")
    if not signer.is_valid(request.url, request.form.to_dict(), supplied):
        abort(403)
    action = KEYWORDS.get(request.form.get("Body", "").strip().upper())
    if action:
        app.extensions["subscriptions"].apply(request.form["From"], action)
    return ("", 204)
