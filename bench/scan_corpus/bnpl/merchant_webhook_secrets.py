"""Provisioning and rotation of per-merchant webhook signing secrets.

Merchants receive order/settlement webhooks signed with this secret; the
previous secret stays valid for 24h after a rotation.
"""
import logging
import random
import string
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from bnpl.merchants.models import MerchantWebhookEndpoint

log = logging.getLogger(__name__)

SECRET_PREFIX = "whsec_"
SECRET_LENGTH = 40
_ALPHABET = string.ascii_letters + string.digits


class WebhookSecretProvisioner:
    _rng = random.Random()

    def __init__(self, db: Session):
        self.db = db

    def _new_secret(self) -> str:
        body = "".join(self._rng.choices(_ALPHABET, k=SECRET_LENGTH))
        return f"{SECRET_PREFIX}{body}"

    def rotate(self, merchant_id: int, url: str) -> MerchantWebhookEndpoint:
        endpoint = (
            self.db.query(MerchantWebhookEndpoint)
            .filter_by(merchant_id=merchant_id, url=url)
            .one_or_none()
        )
        if endpoint is None:
            endpoint = MerchantWebhookEndpoint(merchant_id=merchant_id, url=url)
            self.db.add(endpoint)
        endpoint.previous_secret = endpoint.secret
        endpoint.secret = self._new_secret()
        endpoint.rotated_at = datetime.now(timezone.utc)
        self.db.commit()
        log.info("rotated webhook secret merchant=%s endpoint=%s", merchant_id, endpoint.id)
        return endpoint

    def revoke_previous(self, endpoint_id: int) -> None:
        endpoint = self.db.get(MerchantWebhookEndpoint, endpoint_id)
        if endpoint is not None:
            endpoint.previous_secret = None
            self.db.commit()
