import logging

import httpx
from django.contrib.auth.hashers import make_password
from django.db import IntegrityError

from shop.models import Customer

logger = logging.getLogger(__name__)
log = logging.getLogger("billing")


# A Django form's whole cleaned data, where the helper it is handed to reads the password first
# in the file.
class SignupView:
    def _register(self, data):
        return Customer.objects.create(email=data["email"], password=make_password(data["password"]))

    def post(self, request):
        form = SignupForm(request.POST)
        if not form.is_valid():
            return None
        data = form.cleaned_data
        try:
            return self._register(data)
        except IntegrityError:
            # ruleid: secret-in-log
            logger.warning("duplicate signup: %r", data)
            # ok: secret-in-log
            logger.warning("duplicate signup for %s", data["email"])
            return None


# A charge body a helper builds with the card's number, logged by its key.
def _auth_body(card, order):
    return {"pan": card.pan, "amount": str(order.total), "reference": order.ref}


def authorise(card, order):
    body = _auth_body(card, order)
    # ruleid: secret-in-log
    log.info(f"authorising {order.ref} with card {body['pan']}")
    # ok: secret-in-log
    log.info(f"authorising {order.ref} for {body['amount']}")
    return httpx.post("https://acquirer.example/auth", json=body)


# Request arguments with an Authorization header built by a method, logged whole.
class LedgerClient:
    def _call_args(self, payload):
        return {
            "headers": {"Authorization": f"Bearer {fetch_bearer()}", "Accept": "application/json"},
            "json": payload,
        }

    def push(self, payload):
        args = self._call_args(payload)
        # ruleid: secret-in-log
        log.debug("ledger push: %s", args)
        # ok: secret-in-log
        log.debug("ledger push with headers %s", sorted(args.keys()))
        return httpx.post("https://ledger.example/v1/entries", **args)


# ... not one whose header is a literal or masked.
class PublicFeedClient:
    def _feed_args(self, payload):
        return {"headers": {"Authorization": "Anonymous", "Accept": "application/json"}, "json": payload}

    def push(self, payload):
        args = self._feed_args(payload)
        # ok: secret-in-log
        log.debug("feed push: %s", args)
        return httpx.post("https://feed.example/v1/items", **args)


class AuditedClient:
    def _audited_args(self, payload):
        return {"headers": {"Authorization": f"Bearer {mask_token(fetch_bearer())}"}, "json": payload}

    def push(self, payload):
        args = self._audited_args(payload)
        # ok: secret-in-log
        log.debug("audited push: %s", args)
        return args
