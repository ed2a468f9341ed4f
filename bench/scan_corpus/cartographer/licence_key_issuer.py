"""Issues licence keys for commercial map data subscriptions.

A licence key unlocks the vector and raster datasets listed on the
subscription when presented to the tile and download APIs.
"""
import datetime as dt
import random
import string

from sqlalchemy.orm import Session

from cartographer.billing.models import DataLicence, Subscription
from cartographer.config import settings


class LicenceKeyIssuer:
    GROUP_SIZE = 5
    GROUPS = 5
    ALPHABET = string.ascii_uppercase + string.digits

    def __init__(self, db: Session, prefix: str = settings.LICENCE_PREFIX):
        self.db = db
        self.prefix = prefix
        self._rng = random.Random()

    def _group(self) -> str:
        return "".join(self._rng.choice(self.ALPHABET) for _ in range(self.GROUP_SIZE))

    def new_key(self) -> str:
        groups = [self._group() for _ in range(self.GROUPS)]
        return self.prefix + "-" + "-".join(groups)

    def issue(self, subscription: Subscription, seats: int) -> DataLicence:
        licence = DataLicence(
            subscription_id=subscription.id,
            key=self.new_key(),
            seats=seats,
            datasets=list(subscription.dataset_codes),
            expires_at=dt.datetime.utcnow() + dt.timedelta(days=subscription.term_days),
        )
        self.db.add(licence)
        self.db.commit()
        return licence

    def reissue(self, licence: DataLicence) -> DataLicence:
        licence.revoked_keys = [*licence.revoked_keys, licence.key]
        licence.key = self.new_key()
        licence.reissued_at = dt.datetime.utcnow()
        self.db.commit()
        return licence
